package io.github.qdatastream.codec;

import org.jspecify.annotations.Nullable;

/**
 * A QLocale as it travels: the QString of {@code QLocale::name()} (for example {@code "de_DE"},
 * {@code "C"}). The value keeps the exact string Qt wrote ({@code null} for a null QString).
 */
public record QLocale(@Nullable String name) {

    public static final QLocale C = new QLocale("C");

    public static final Codec<QLocale> CODEC = Codecs.QSTRING.map("QLocale", QLocale::new, QLocale::name);

    public static QLocale of(String name) {
        return new QLocale(name);
    }
}
