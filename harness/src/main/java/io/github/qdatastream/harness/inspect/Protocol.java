package io.github.qdatastream.harness.inspect;

import io.github.qdatastream.codec.frame.Framing;
import java.util.List;
import java.util.Locale;

/**
 * What {@code qds inspect} and {@code qds proxy --decode} read: a framing (or none) and the
 * fields of each block or record, named. The four protocols of the Qt examples, or a user's own
 * ({@code --framing quint16|quint32 --types ...}, or {@code --types ...} alone).
 *
 * @param name    the protocol's name on the command line, or "custom"
 * @param framing the size prefix of each block, or null: records of {@code types} back to back
 * @param types   the type expression of each field, in order
 * @param names   each field's name
 */
public record Protocol(String name, Framing framing, List<String> types, List<String> names) {

    public static final Protocol TRIP_REQUEST = new Protocol("trip-request", Framing.TRIP_REQUEST,
            List.of("quint8", "QString", "QString", "QDate", "QTime", "quint8"),
            List.of("requestType", "from", "to", "date", "time", "timeKind"));
    public static final Protocol TRIP_REPLY = new Protocol("trip-reply", Framing.TRIP_REPLY,
            List.of("QDate", "QTime", "quint16", "quint8", "QString"),
            List.of("date", "departure", "duration", "changes", "trainType"));
    public static final Protocol FORTUNE_QT4 = new Protocol("fortune-qt4", Framing.FORTUNE, List.of("QString"), List.of("fortune"));
    public static final Protocol FORTUNE_QT57 = new Protocol("fortune-qt57", null, List.of("QString"), List.of("fortune"));

    public static final List<Protocol> KNOWN = List.of(TRIP_REQUEST, TRIP_REPLY, FORTUNE_QT4, FORTUNE_QT57);

    public Protocol {
        types = List.copyOf(types);
        names = List.copyOf(names);
        if (types.isEmpty()) throw new IllegalArgumentException("no types");
        if (names.size() != types.size()) throw new IllegalArgumentException("one name per type");
    }

    /** A known protocol by its name. */
    public static Protocol named(String name) {
        for (Protocol p : KNOWN) {
            if (p.name.equals(name.toLowerCase(Locale.ROOT))) return p;
        }
        throw new IllegalArgumentException("unknown protocol '" + name + "': expected trip-request, trip-reply, fortune-qt4 or fortune-qt57");
    }

    /** A user's own: {@code framing} quint16, quint32 or null (none), and the types of each block. */
    public static Protocol custom(String framing, List<String> types, long maxBlockSize) {
        Framing f = null;
        if (framing != null) {
            f = switch (framing) {
                case "quint16" -> Framing.uint16();
                case "quint32" -> Framing.uint32();
                default -> throw new IllegalArgumentException("unknown framing '" + framing + "': expected quint16 or quint32");
            };
            if (maxBlockSize > 0) f = f.withMaxBlockSize(Math.min(maxBlockSize, f.maxBlockSize()));
        }
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < types.size(); i++) names.add("#" + i);
        return new Protocol("custom", f, types, names);
    }

    /** The name of the size field's type. */
    String sizeType() {
        return framing.prefixBytes() == 2 ? "quint16" : "quint32";
    }
}
