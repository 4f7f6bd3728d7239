package io.github.qdatastream.harness.inspect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.VariantRegistry;
import io.github.qdatastream.harness.json.JsonValues;
import io.github.qdatastream.harness.proxy.FaultProxy;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.Instant;

/**
 * {@code qds proxy --decode}: decodes what the proxy forwards, per connection and direction, with
 * an {@link Inspector} each, and prints every field with the time, the connection and the
 * direction (text, optionally also JSON lines to a file). Printing never stops forwarding: the
 * proxy's bytes are already on their way when the tap sees them. A direction without a protocol
 * (null: a Fortune client's, which sends nothing) is only counted.
 */
public final class DecodingTap implements FaultProxy.Tap {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final Protocol up;
    private final Protocol down;
    private final StreamOptions options;
    private final VariantRegistry registry;
    private final FieldPrinter text;
    private final FieldPrinter json; // may be null
    private final Clock clock;
    private final Object lock = new Object();

    public DecodingTap(Protocol up, Protocol down, StreamOptions options, VariantRegistry registry,
                       PrintWriter out, boolean colour, PrintWriter jsonLog, Clock clock) {
        this.up = up;
        this.down = down;
        this.options = options;
        this.registry = registry;
        this.text = out == null ? null : new FieldPrinter(out, false, colour);
        this.json = jsonLog == null ? null : new FieldPrinter(jsonLog, true, false);
        this.clock = clock;
    }

    /** The protocols of each direction for a --decode name: trip is trip-request up and trip-reply down. */
    public static Protocol[] directions(String name) {
        return switch (name) {
            case "trip" -> new Protocol[] {Protocol.TRIP_REQUEST, Protocol.TRIP_REPLY};
            case "trip-request" -> new Protocol[] {Protocol.TRIP_REQUEST, null};
            case "trip-reply" -> new Protocol[] {null, Protocol.TRIP_REPLY};
            case "fortune-qt4" -> new Protocol[] {null, Protocol.FORTUNE_QT4};
            case "fortune-qt57" -> new Protocol[] {null, Protocol.FORTUNE_QT57};
            default -> throw new IllegalArgumentException("unknown --decode protocol '" + name
                    + "': expected trip, trip-request, trip-reply, fortune-qt4 or fortune-qt57 (or --framing/--types)");
        };
    }

    @Override
    public Stream open(long connection, boolean isUp, InetSocketAddress client) {
        String dir = isUp ? "up" : "down";
        Protocol p = isUp ? up : down;
        if (!isUp) note(connection, dir, "connection from " + (client == null ? "?" : client.getAddress().getHostAddress() + ":" + client.getPort()), 0);
        Inspector[] inspector = new Inspector[1];
        long[] bytes = new long[1];
        java.util.List<Field> pending = new java.util.ArrayList<>();
        if (p != null) inspector[0] = new Inspector(p, options, registry, pending::add);
        return new Stream() {
            @Override
            public void bytes(byte[] b, int off, int len) {
                bytes[0] += len;
                if (inspector[0] != null) {
                    try {
                        inspector[0].feed(b, off, len);
                        print(connection, dir, pending);
                    } catch (RuntimeException e) {
                        note(connection, dir, "decoder failed: " + e, bytes[0]);
                        inspector[0] = null;
                    }
                }
            }

            @Override
            public void end() {
                if (inspector[0] != null) {
                    try {
                        inspector[0].finish();
                        print(connection, dir, pending);
                    } catch (RuntimeException e) {
                        note(connection, dir, "decoder failed: " + e, bytes[0]);
                    }
                }
                note(connection, dir, "closed after " + bytes[0] + " byte(s)" + (p == null && bytes[0] > 0 ? " (not decoded)" : ""), bytes[0]);
            }
        };
    }

    private String local(Instant t) {
        return LocalTime.ofInstant(t, clock.getZone()).format(TIME);
    }

    private ObjectNode prefixJson(Instant time, long connection, String dir) {
        ObjectNode o = JsonValues.MAPPER.createObjectNode();
        o.put("time", time.toString());
        o.put("connection", connection);
        o.put("direction", dir);
        return o;
    }

    /** Prints the fields a feed produced (whole blocks, together, with one time) and clears the list. */
    private void print(long connection, String dir, java.util.List<Field> fields) {
        if (fields.isEmpty()) return;
        Instant time = Instant.now(clock);
        synchronized (lock) {
            if (text != null) {
                text.prefix(local(time) + " #" + connection + " " + (dir.equals("up") ? "up  " : "down") + " ");
                fields.forEach(text);
                text.flush();
            }
            if (json != null) {
                json.jsonPrefix(prefixJson(time, connection, dir));
                fields.forEach(json);
                json.flush();
            }
        }
        fields.clear();
    }

    private void note(long connection, String dir, String message, long bytes) {
        Instant time = Instant.now(clock);
        synchronized (lock) {
            if (text != null) {
                text.prefix("");
                text.flush();
                PrintWriter w = text.writer();
                w.println(local(time) + " #" + connection + " " + (dir.equals("up") ? "up  " : "down") + " " + message);
                w.flush();
            }
            if (json != null) {
                ObjectNode o = prefixJson(time, connection, dir);
                o.put("kind", "connection");
                o.put("event", message);
                o.put("bytes", bytes);
                json.writer().println(JsonValues.write(o));
                json.writer().flush();
            }
        }
    }
}
