package io.github.qdatastream.codec;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An immutable QByteArray value. A null QByteArray (written as length {@code 0xFFFFFFFF}) is
 * represented by a Java {@code null} reference, as a null QString is by a {@code null} String; an
 * empty one by {@link #EMPTY}.
 */
public final class QByteArray implements Comparable<QByteArray> {

    public static final QByteArray EMPTY = new QByteArray(new byte[0]);

    private final byte[] bytes;

    private QByteArray(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of {@code bytes}. */
    public static QByteArray of(byte... bytes) {
        return bytes.length == 0 ? EMPTY : new QByteArray(bytes.clone());
    }

    /** A copy of {@code length} bytes of {@code bytes} from {@code offset}. */
    public static QByteArray of(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        return length == 0 ? EMPTY : new QByteArray(Arrays.copyOfRange(bytes, offset, offset + length));
    }

    /** Wraps {@code bytes} without copying; the caller must not change them afterwards. */
    public static QByteArray wrap(byte[] bytes) {
        return new QByteArray(bytes);
    }

    /** The bytes of {@code text} in ISO-8859-1 ({@code QByteArray("abc")}); each char must be below 256. */
    public static QByteArray latin1(String text) {
        byte[] b = new byte[text.length()];
        for (int i = 0; i < b.length; i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                throw new IllegalArgumentException("not Latin-1 at index " + i + ": U+" + Integer.toHexString(c));
            }
            b[i] = (byte) c;
        }
        return new QByteArray(b);
    }

    /** Parses lowercase or uppercase hex digits. */
    public static QByteArray fromHex(String hex) {
        return wrap(HexFormat.of().parseHex(hex));
    }

    public int size() {
        return bytes.length;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    public byte get(int index) {
        return bytes[index];
    }

    /** {@return a copy of the bytes} */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** {@return lowercase hex, as {@code QByteArray::toHex()}} */
    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    /** The internal array, not copied; for codecs in this library only. */
    byte[] array() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QByteArray other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public int compareTo(QByteArray o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        return "QByteArray[" + toHex() + "]";
    }
}
