package io.github.qdatastream.codec;

import org.jspecify.annotations.Nullable;

/**
 * A QRegularExpression. Wire format: QString pattern, quint32 pattern options
 * ({@code QRegularExpression::PatternOptions}: 0x1 case insensitive, 0x2 dot matches everything,
 * 0x4 multiline, 0x8 extended syntax, 0x10 inverted greediness, 0x20 dont capture, 0x40 use
 * Unicode properties, ...). Qt ignores unknown option bits with a warning; this value keeps all 32.
 *
 * <pre>
 *   QRegularExpression("a+", CaseInsensitiveOption | MultilineOption):
 *   00 00 00 04 00 61 00 2b | 00 00 00 05
 * </pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param pattern the pattern, or {@code null} for a null QString
 * @param options the quint32 as an unsigned value
 */
public record QRegularExpression(@Nullable String pattern, long options) {

    /** Reads and writes a QRegularExpression: pattern, then the options as a quint32. */
    public static final Codec<QRegularExpression> CODEC = Codec.of("QRegularExpression",
            in -> new QRegularExpression(in.readString(), in.readUInt32()),
            (out, r) -> out.writeString(r.pattern).writeUInt32(r.options));

    /**
     * Checks that the options fit a quint32.
     *
     * @param pattern the pattern; null for a null QString
     * @param options {@code QRegularExpression::PatternOptions} flags
     * @throws IllegalArgumentException if the options do not fit a quint32
     */
    public QRegularExpression {
        if (options < 0 || options > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("options is a quint32: " + options);
        }
    }

    /**
     * {@return the expression with no options}
     *
     * @param pattern the pattern
     */
    public static QRegularExpression of(String pattern) {
        return new QRegularExpression(pattern, 0);
    }
}
