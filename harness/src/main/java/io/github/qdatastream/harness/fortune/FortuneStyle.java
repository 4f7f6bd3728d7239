package io.github.qdatastream.harness.fortune;

import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.github.qdatastream.codec.protocol.Fortune;

/**
 * The two wire styles of Qt's Fortune example.
 *
 * <p>An enum: immutable and thread-safe.
 */
public enum FortuneStyle {
    /** Qt 4: {@code quint16 size} then the QString (QDataStream::Qt_4_0). */
    QT4,
    /** Qt 5.7+: the QString alone; the client reads it with a transaction ({@code startTransaction}/{@code commitTransaction}). */
    QT57;

    /**
     * What the server writes for {@code fortune}.
     *
     * @param fortune the fortune's text
     * @return the bytes on the wire
     */
    public byte[] encode(String fortune) {
        return this == QT4
                ? new BlockEncoder<>(Fortune.FRAMING, Fortune.CODEC).encode(new Fortune(fortune))
                : Fortune.CODEC.encode(new Fortune(fortune), StreamOptions.DEFAULT);
    }

    /**
     * Parses a style as the command line gives it.
     *
     * @param s {@code qt4} (or {@code 4}) or {@code qt57} (or {@code qt5}, {@code 5.7}, {@code 57}), in any case
     * @return the style
     * @throws IllegalArgumentException for any other text
     */
    public static FortuneStyle parse(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "qt4", "4" -> QT4;
            case "qt57", "qt5", "5.7", "57" -> QT57;
            default -> throw new IllegalArgumentException("unknown fortune style '" + s + "': expected qt4 or qt57");
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
