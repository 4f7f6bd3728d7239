package io.github.qdatastream.harness.trip;

import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.protocol.TripRequest;
import io.github.qdatastream.codec.QTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How a Trip server answers: the book's random trips, or a real {@link Timetable}.
 *
 * <p>Holds no mutable state; thread-safe.
 */
public final class TripAnswers {

    private TripAnswers() {
    }

    /**
     * The book's answer: {@code rand() % 8} trips on the requested date at the requested time,
     * each {@code rand() % 200} minutes, 1 change, "InterCity"; seeded from the request as the
     * book does, with glibc's {@code rand()} (see {@link BookRandom}).
     *
     * @param q the request
     * @return the trips, 0 to 7
     */
    public static List<TripReply> book(TripRequest q) {
        return book(BookRandom.GLIBC).apply(q);
    }

    /**
     * The book's answers with the given C library's {@code rand()}.
     *
     * @param rand the {@code rand()} to draw from
     * @return the answering function
     */
    public static Function<TripRequest, List<TripReply>> book(BookRandom rand) {
        return q -> {
            BookRandom.Generator random = seeded(rand, q);
            return book(q, random, random.rand() % 8);
        };
    }

    /**
     * The book's answer with exactly {@code n} trips (for load tests that need long replies).
     *
     * @param q the request
     * @param n the number of trips
     * @return the trips
     */
    public static List<TripReply> book(TripRequest q, int n) {
        return book(q, seeded(BookRandom.GLIBC, q), n);
    }

    /** {@code std::srand(from.length() * 3600 + to.length() * 60 + time.hour())}; a null or invalid QTime's hour is -1. */
    private static BookRandom.Generator seeded(BookRandom rand, TripRequest q) {
        int hour = q.time().toLocalTime().map(LocalTime::getHour).orElse(-1);
        return rand.forRequest(text(q.from()), text(q.to()), hour);
    }

    private static List<TripReply> book(TripRequest q, BookRandom.Generator random, int n) {
        List<TripReply> trips = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            trips.add(new TripReply(q.date(), q.time(), random.rand() % 200, 1, "InterCity"));
        }
        return trips;
    }

    /**
     * Answers from a timetable.
     *
     * @param timetable the connections to answer from
     * @return the answering function
     */
    public static Function<TripRequest, List<TripReply>> from(Timetable timetable) {
        return q -> {
            LocalTime time = q.time().toLocalTime().orElse(LocalTime.MIDNIGHT);
            List<TripReply> trips = new ArrayList<>();
            for (Timetable.Connection c : timetable.query(text(q.from()), text(q.to()), time, !q.isDeparture())) {
                trips.add(new TripReply(q.date(), QTime.of(c.departure()), c.duration(), c.changes(), c.trainType()));
            }
            return trips;
        };
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
