package io.github.qdatastream.harness.trip;

import io.github.qdatastream.codec.protocol.TripReply;

/**
 * Printing trips as the Trip Planner's table does, or as JSON.
 *
 * <p>Holds no state; thread-safe.
 */
public final class Trips {

    private Trips() {
    }

    /**
     * One table row: date, departure, arrival, duration, changes, train type.
     *
     * @param t the trip
     * @return the row's text
     */
    public static String describe(TripReply t) {
        return String.format("%s  %s -> %s  %d hr %02d min  %d change(s)  %s",
                t.date().toLocalDate().map(Object::toString).orElse(t.date().toString()),
                t.departureTime().toLocalTime().map(Object::toString).orElse("?"),
                t.arrivalTime().toLocalTime().map(Object::toString).orElse("?"),
                t.duration() / 60, t.duration() % 60, t.changes(), t.trainType());
    }

    /**
     * The same fields as the real-Qt peer prints them (interop/peers/trip_client.py).
     *
     * @param t the trip
     * @return one line of JSON
     */
    public static String json(TripReply t) {
        return "{\"date\": \"" + t.date().toLocalDate().map(Object::toString).orElse("") + "\", \"departure\": \""
                + t.departureTime().toLocalTime().map(x -> x.toString().substring(0, 5)).orElse("") + "\", \"arrival\": \""
                + t.arrivalTime().toLocalTime().map(x -> x.toString().substring(0, 5)).orElse("") + "\", \"duration\": "
                + t.duration() + ", \"changes\": " + t.changes() + ", \"trainType\": \"" + escape(t.trainType()) + "\"}";
    }

    private static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }
}
