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

    /** The empty, non-null byte array. */
    public static final QByteArray EMPTY = new QByteArray(new byte[0]);

    private final byte[] bytes;

    private QByteArray(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * {@return a byte array holding a copy of {@code bytes}}
     *
     * @param bytes the bytes
     */
    public static QByteArray of(byte... bytes) {
        return bytes.length == 0 ? EMPTY : new QByteArray(bytes.clone());
    }

    /**
     * {@return a byte array holding a copy of {@code length} bytes of {@code bytes} from {@code offset}}
     *
     * @param bytes the array
     * @param offset the first byte to copy
     * @param length how many bytes to copy
     * @throws IndexOutOfBoundsException if the range lies outside {@code bytes}
     */
    public static QByteArray of(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        return length == 0 ? EMPTY : new QByteArray(Arrays.copyOfRange(bytes, offset, offset + length));
    }

    /**
     * Wraps {@code bytes} without copying; the caller must not change them afterwards.
     *
     * @param bytes the bytes, from now on owned by the result
     * @return the byte array
     */
    public static QByteArray wrap(byte[] bytes) {
        return new QByteArray(bytes);
    }

    /**
     * {@return the bytes of {@code text} in ISO-8859-1 ({@code QByteArray("abc")})}
     *
     * @param text the text; each char must be below 256
     * @throws IllegalArgumentException if a char is not Latin-1
     */
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

    /**
     * Parses lowercase or uppercase hex digits.
     *
     * @param hex an even number of hex digits
     * @return the bytes
     * @throws IllegalArgumentException if {@code hex} is not hex
     */
    public static QByteArray fromHex(String hex) {
        return wrap(HexFormat.of().parseHex(hex));
    }

    /** {@return the number of bytes} */
    public int size() {
        return bytes.length;
    }

    /** {@return true if there are no bytes} */
    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /**
     * {@return the byte at {@code index}}
     *
     * @param index from 0 to {@code size() - 1}
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
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
