package io.github.qdatastream.codec;

import org.jspecify.annotations.Nullable;

/**
 * A QRegExp (Qt 4/5). Wire format: QString pattern, quint8 case sensitivity
 * ({@code Qt::CaseSensitivity}: 0 insensitive, 1 sensitive), quint8 pattern syntax
 * ({@code QRegExp::PatternSyntax}: 0 RegExp, 1 Wildcard, 2 FixedString, 3 RegExp2, 4
 * WildcardUnix, 5 W3CXmlSchema11), quint8 minimal (read as a bool: any non-zero byte is true,
 * as in Qt).
 *
 * <pre>
 *   QRegExp("a+", Qt::CaseInsensitive, QRegExp::Wildcard):
 *   00 00 00 04 00 61 00 2b | 00 | 01 | 00
 * </pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param pattern the pattern, or {@code null} for a null QString
 * @param caseSensitivity {@code Qt::CaseSensitivity}, a quint8
 * @param patternSyntax {@code QRegExp::PatternSyntax}, a quint8
 * @param minimal whether matching is minimal (non-greedy)
 */
public record QRegExp(@Nullable String pattern, int caseSensitivity, int patternSyntax, boolean minimal) {

    /** Reads and writes a QRegExp: pattern, case sensitivity, syntax, minimal. */
    public static final Codec<QRegExp> CODEC = Codec.of("QRegExp",
            in -> new QRegExp(in.readString(), in.readUInt8(), in.readUInt8(), in.readBool()),
            (out, r) -> out.writeString(r.pattern).writeUInt8(r.caseSensitivity).writeUInt8(r.patternSyntax)
                    .writeBool(r.minimal));

    /**
     * Checks that the two enums fit a quint8.
     *
     * @param pattern the pattern; null for a null QString
     * @param caseSensitivity {@code Qt::CaseSensitivity} (0 insensitive, 1 sensitive)
     * @param patternSyntax {@code QRegExp::PatternSyntax}
     * @param minimal true for non-greedy matching
     * @throws IllegalArgumentException if an enum does not fit a quint8
     */
    public QRegExp {
        if (caseSensitivity < 0 || caseSensitivity > 0xFF) {
            throw new IllegalArgumentException("caseSensitivity is a quint8: " + caseSensitivity);
        }
        if (patternSyntax < 0 || patternSyntax > 0xFF) {
            throw new IllegalArgumentException("patternSyntax is a quint8: " + patternSyntax);
        }
    }

    /**
     * {@return {@code QRegExp(pattern)}: case sensitive, RegExp syntax, greedy}
     *
     * @param pattern the pattern
     */
    public static QRegExp of(String pattern) {
        return new QRegExp(pattern, 1, 0, false);
    }
}
