package io.github.qdatastream.harness.trip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.protocol.TripRequest;
import io.github.qdatastream.harness.net.ServerSettings;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimetableTest {

    private static final String CSV = """
            # comment
            from,to,departure,duration,changes,trainType
            Berlin,München,06:02,247,0,ICE
            Berlin,München,08:32,276,0,ICE
            Berlin,München,09:29,380,1,IC
            Berlin,Hamburg,07:37,104,0,ICE
            """;

    @Test
    void departureQueriesReturnTrainsLeavingAtOrAfterTheTimeEarliestFirst() {
        Timetable t = Timetable.parseCsv(CSV);
        List<Timetable.Connection> got = t.query("berlin", "MÜNCHEN", LocalTime.of(8, 0), false);
        assertEquals(List.of(LocalTime.of(8, 32), LocalTime.of(9, 29)), got.stream().map(Timetable.Connection::departure).toList());
    }

    @Test
    void arrivalQueriesReturnTrainsArrivingByTheTime() {
        Timetable t = Timetable.parseCsv(CSV);
        // 06:02 + 247 min = 10:09; 08:32 + 276 = 13:08; 09:29 + 380 = 15:49.
        List<Timetable.Connection> got = t.query("Berlin", "München", LocalTime.of(13, 8), true);
        assertEquals(List.of(LocalTime.of(6, 2), LocalTime.of(8, 32)), got.stream().map(Timetable.Connection::departure).toList());
    }

    @Test
    void jsonAndCsvTimetablesAreEquivalent() {
        String json = """
                [{"from": "Berlin", "to": "München", "departure": "06:02", "duration": 247, "changes": 0, "trainType": "ICE"},
                 {"from": "Berlin", "to": "München", "departure": "08:32", "duration": 276, "changes": 0, "trainType": "ICE"},
                 {"from": "Berlin", "to": "München", "departure": "09:29", "duration": 380, "changes": 1, "trainType": "IC"},
                 {"from": "Berlin", "to": "Hamburg", "departure": "07:37", "duration": 104, "changes": 0, "trainType": "ICE"}]
                """;
        assertEquals(Timetable.parseCsv(CSV).connections(), Timetable.parseJson(json).connections());
    }

    @Test
    void malformedLinesAreRejectedWithTheLineNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Timetable.parseCsv("from,to,departure,duration,changes,trainType\nBerlin,München,8h,1,0,ICE\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Timetable.parseCsv("Berlin,München,08:00,70000,0,ICE"));
        assertThrows(IllegalArgumentException.class, () -> Timetable.parseJson("{\"not\": \"an array\"}"));
    }

    @Test
    void theTripServerAnswersFromTheTimetable() throws Exception {
        try (TripServer server = TripServer.start(ServerSettings.loopback(0), TripAnswers.from(Timetable.parseCsv(CSV)))) {
            QDate date = QDate.of(2026, 12, 24);
            List<TripReply> got = new BlockingTripClient(server.address())
                    .search(TripRequest.search("Berlin", "München", date, QTime.of(8, 0, 0, 0), true));
            assertEquals(List.of(new TripReply(date, QTime.of(8, 32, 0, 0), 276, 0, "ICE"),
                    new TripReply(date, QTime.of(9, 29, 0, 0), 380, 1, "IC")), got);
            assertEquals(List.of(), new BlockingTripClient(server.address())
                    .search(TripRequest.search("Berlin", "Paris", date, QTime.of(8, 0, 0, 0), true)));
        }
    }

    @Test
    void theBookAnswerIsReproducibleAndWithinTheBooksRanges() {
        for (int i = 0; i < 200; i++) {
            TripRequest q = TripReliabilityTests.request(i);
            List<TripReply> a = TripAnswers.book(q);
            assertEquals(a, TripAnswers.book(q));
            assertTrue(a.size() <= 7);
            for (TripReply t : a) {
                assertTrue(t.duration() < 200);
                assertEquals(1, t.changes());
                assertEquals("InterCity", t.trainType());
                assertEquals(q.date(), t.date());
                assertEquals(q.time(), t.departureTime());
            }
        }
    }
}
