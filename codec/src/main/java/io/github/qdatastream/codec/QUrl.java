package io.github.qdatastream.codec;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A QUrl as it travels: the bytes of {@code QUrl::toEncoded()}. Qt's documentation says a QUrl
 * is written as a QString; it is not: Qt writes a QByteArray (every stream version), and a null
 * QByteArray for an invalid or empty URL. This value keeps the exact bytes (or {@code null}), so
 * every URL survives decoding; Qt parses them as Latin-1 with {@code QUrl::setUrl}.
 *
 * <pre>
 *   QUrl("http://a/b c"): 00 00 00 0e | 68 74 74 70 3a 2f 2f 61 2f 62 25 32 30 63  ("http://a/b%20c")
 *   QUrl():               ff ff ff ff
 * </pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param encoded the encoded URL; {@code null} for the null byte array Qt writes for an invalid URL
 */
public record QUrl(@Nullable QByteArray encoded) {

    /** {@code QUrl()}: written as a null QByteArray. */
    public static final QUrl NULL = new QUrl(null);

    /** Reads and writes a QUrl: its encoded form as a QByteArray. */
    public static final Codec<QUrl> CODEC = Codecs.QBYTEARRAY.map("QUrl", QUrl::new, QUrl::encoded);

    /**
     * A URL from its encoded form (percent-encoded ASCII, as {@code QUrl::toEncoded()} gives).
     * The text must be Latin-1; it is not validated or normalized.
     *
     * @param encoded the encoded URL
     * @return the URL
     */
    public static QUrl of(String encoded) {
        Objects.requireNonNull(encoded, "encoded");
        return new QUrl(QByteArray.latin1(encoded));
    }

    /** {@return true for {@code QUrl()}, written as a null QByteArray} */
    public boolean isNull() {
        return encoded == null;
    }

    /** {@return the encoded URL as text (Latin-1, as Qt reads it), or {@code null}} */
    public @Nullable String text() {
        return encoded == null ? null : new String(encoded.array(), StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return "QUrl[" + text() + "]";
    }
}
