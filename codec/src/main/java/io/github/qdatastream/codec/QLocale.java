package io.github.qdatastream.codec;

import org.jspecify.annotations.Nullable;

/**
 * A QLocale as it travels: the QString of {@code QLocale::name()} (for example {@code "de_DE"},
 * {@code "C"}). The value keeps the exact string Qt wrote ({@code null} for a null QString).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name {@code QLocale::name()}, or {@code null} for a null QString
 */
public record QLocale(@Nullable String name) {

    /** The C locale, {@code QLocale::c()}. */
    public static final QLocale C = new QLocale("C");

    /** Reads and writes a QLocale: its name as a QString. */
    public static final Codec<QLocale> CODEC = Codecs.QSTRING.map("QLocale", QLocale::new, QLocale::name);

    /**
     * {@return the locale of this name}
     *
     * @param name the name, as {@code QLocale::name()} gives it ({@code "de_DE"})
     */
    public static QLocale of(String name) {
        return new QLocale(name);
    }
}
