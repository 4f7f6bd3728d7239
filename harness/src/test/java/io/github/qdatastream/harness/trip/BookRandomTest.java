package io.github.qdatastream.harness.trip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.protocol.TripRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The book's trips. The expected numbers are what the book's C++ Trip Server (interop/book/,
 * g++ and glibc) answers; BookServerInteropTest checks the two servers against each other on
 * many more requests.
 */
class BookRandomTest {

    private static List<Integer> durations(TripRequest q, BookRandom rand) {
        return TripAnswers.book(rand).apply(q).stream().map(TripReply::duration).toList();
    }

    @Test
    void berlinToMunichAtEightAsTheBooksServerOnLinux() {
        TripRequest q = TripRequest.search("Berlin", "München", QDate.of(LocalDate.of(2026, 12, 24)), QTime.of(8, 0, 0, 0), true);
        assertEquals(List.of(127, 99, 127, 138, 95, 149, 114), durations(q, BookRandom.GLIBC));
        assertEquals(durations(q, BookRandom.GLIBC), TripAnswers.book(q).stream().map(TripReply::duration).toList());
    }

    @Test
    void thePosixSampleRandIsStillThere() {
        TripRequest q = TripRequest.search("Berlin", "München", QDate.of(LocalDate.of(2026, 12, 24)), QTime.of(8, 0, 0, 0), true);
        assertEquals(List.of(154, 13, 18, 102), durations(q, BookRandom.POSIX));
    }

    @Test
    void glibcRandFirstValuesAfterTheDefaultSeed() {
        // glibc: srand(1) then rand() gives 1804289383, 846930886, 1681692777 (the well-known sequence)
        BookRandom.Generator g = BookRandom.GLIBC.seed(1);
        assertEquals(List.of(1804289383, 846930886, 1681692777), List.of(g.rand(), g.rand(), g.rand()));
        // srand(0) is srand(1) in glibc
        assertEquals(1804289383, BookRandom.GLIBC.seed(0).rand());
    }

    @Test
    void aNullOrInvalidTimeSeedsWithHourMinusOne() {
        // glibc's srand(6 * 3600 + 7 * 60 - 1) then rand() % 8 and rand() % 200: 1 trip of 136 minutes
        TripRequest nullTime = TripRequest.search("Berlin", "München", QDate.of(LocalDate.of(2026, 12, 24)), QTime.NULL, true);
        TripRequest invalid = TripRequest.search("Berlin", "München", QDate.of(LocalDate.of(2026, 12, 24)), QTime.ofMsecs(86_400_000), true);
        assertEquals(List.of(136), durations(nullTime, BookRandom.GLIBC));
        assertEquals(List.of(136), durations(invalid, BookRandom.GLIBC));
        // an empty request with a null time: srand(-1), 4294967295 as C's unsigned int
        TripRequest empty = TripRequest.search("", "", QDate.NULL, QTime.NULL, true);
        assertEquals(List.of(100, 24, 153), durations(empty, BookRandom.GLIBC));
    }
}
