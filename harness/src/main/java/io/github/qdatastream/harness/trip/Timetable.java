package io.github.qdatastream.harness.trip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A daily timetable the Trip server answers real queries from: a list of train connections,
 * read from CSV or JSON.
 *
 * <p>CSV: a header line {@code from,to,departure,duration,changes,trainType}, then one
 * connection per line ({@code Berlin,München,08:12,254,0,ICE}); {@code #} starts a comment.
 * JSON: an array of objects with the same keys ({@code "departure": "08:12"}).
 *
 * <p>A departure query ('D') returns the connections leaving at or after the requested time,
 * earliest first; an arrival query ('A') returns those arriving at or before it, latest arrival
 * last. City names match ignoring case. At most {@link #MAX_TRIPS} trips are returned.
 *
 * <p>Immutable once loaded, and thread-safe.
 */
public final class Timetable {

    /** At most this many trips per answer (the book sends 0 to 7). */
    public static final int MAX_TRIPS = 7;

    /**
     * One train connection of the daily timetable.
     *
     * @param from the departure station
     * @param to the arrival station
     * @param departure the daily departure time
     * @param duration the journey's minutes, a quint16
     * @param changes the number of changes, a quint8
     * @param trainType the train type, such as {@code ICE}
     */
    public record Connection(String from, String to, LocalTime departure, int duration, int changes, String trainType) {
        /**
         * Checks that the quint16 and quint8 fields fit.
         *
         * @param from the departure station
         * @param to the arrival station
         * @param departure the daily departure time
         * @param duration the journey's minutes, a quint16
         * @param changes the number of changes, a quint8
         * @param trainType the train type, such as {@code ICE}
         * @throws IllegalArgumentException if {@code duration} or {@code changes} does not fit its Qt type
         */
        public Connection {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(departure, "departure");
            Objects.requireNonNull(trainType, "trainType");
            if (duration < 0 || duration > 0xFFFF) throw new IllegalArgumentException("duration out of quint16 range: " + duration);
            if (changes < 0 || changes > 0xFF) throw new IllegalArgumentException("changes out of quint8 range: " + changes);
        }

        /** Minutes after midnight of the arrival (may pass midnight). */
        int arrivalMinute() {
            return departure.getHour() * 60 + departure.getMinute() + duration;
        }
    }

    private final List<Connection> connections;

    /**
     * A timetable of these connections.
     *
     * @param connections the connections, copied
     */
    public Timetable(List<Connection> connections) {
        this.connections = List.copyOf(connections);
    }

    /** {@return every connection, in the order given} */
    public List<Connection> connections() {
        return connections;
    }

    /** {@return the small timetable {@code qds demo} uses (Berlin, München, Hamburg)} */
    public static Timetable demo() {
        try (var in = Timetable.class.getResourceAsStream("demo-timetable.csv")) {
            if (in == null) throw new IllegalStateException("demo-timetable.csv missing from the class path");
            return parseCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Loads a {@code .json} file as JSON and anything else as CSV.
     *
     * @param file the timetable file
     * @return the timetable
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if its content is malformed
     */
    public static Timetable load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? parseJson(text) : parseCsv(text);
    }

    /**
     * Parses a CSV timetable.
     *
     * @param text the CSV lines: from, to, departure, duration, changes, train type
     * @return the timetable
     * @throws IllegalArgumentException naming the first malformed line
     */
    public static Timetable parseCsv(String text) {
        List<Connection> list = new ArrayList<>();
        String[] lines = text.split("\\R");
        boolean header = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (header) {
                header = false;
                if (line.toLowerCase(Locale.ROOT).startsWith("from,")) continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 6) {
                throw new IllegalArgumentException("timetable line " + (i + 1) + ": expected 6 fields "
                        + "(from,to,departure,duration,changes,trainType), got " + f.length + ": " + line);
            }
            try {
                list.add(new Connection(f[0].strip(), f[1].strip(), LocalTime.parse(f[2].strip()),
                        Integer.parseInt(f[3].strip()), Integer.parseInt(f[4].strip()), f[5].strip()));
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException("timetable line " + (i + 1) + ": " + e.getMessage() + ": " + line, e);
            }
        }
        return new Timetable(list);
    }

    /**
     * Parses a JSON timetable.
     *
     * @param text a JSON array of connections
     * @return the timetable
     * @throws IllegalArgumentException if the JSON is malformed or not an array of connections
     */
    public static Timetable parseJson(String text) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("timetable JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) throw new IllegalArgumentException("timetable JSON: expected an array of connections");
        List<Connection> list = new ArrayList<>();
        for (JsonNode n : root) {
            try {
                list.add(new Connection(n.path("from").asText(), n.path("to").asText(),
                        LocalTime.parse(n.path("departure").asText()), n.path("duration").asInt(-1),
                        n.path("changes").asInt(0), n.path("trainType").asText("")));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("timetable JSON: " + e.getMessage() + ": " + n, e);
            }
        }
        return new Timetable(list);
    }

    /**
     * The connections answering a request, in the order they are sent.
     *
     * @param from the departure station
     * @param to the arrival station
     * @param time the approximate time
     * @param arrival true if {@code time} is the arrival time, false if the departure
     * @return at most {@link #MAX_TRIPS} connections
     */
    public List<Connection> query(String from, String to, LocalTime time, boolean arrival) {
        int minute = time.getHour() * 60 + time.getMinute();
        List<Connection> matching = new ArrayList<>();
        for (Connection c : connections) {
            if (!c.from().equalsIgnoreCase(from) || !c.to().equalsIgnoreCase(to)) continue;
            if (arrival ? c.arrivalMinute() <= minute : c.departure().compareTo(time) >= 0) matching.add(c);
        }
        if (arrival) {
            matching.sort(Comparator.comparingInt(Connection::arrivalMinute));
            return List.copyOf(matching.subList(Math.max(0, matching.size() - MAX_TRIPS), matching.size()));
        }
        matching.sort(Comparator.comparing(Connection::departure));
        return List.copyOf(matching.subList(0, Math.min(MAX_TRIPS, matching.size())));
    }
}
