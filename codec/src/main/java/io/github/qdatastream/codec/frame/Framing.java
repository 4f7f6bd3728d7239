package io.github.qdatastream.codec.frame;

import io.github.qdatastream.codec.Limits;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * How blocks are delimited on a stream: an unsigned size prefix of {@code prefixBytes} (2 for a
 * {@code quint16}, 4 for a {@code quint32}) in {@code byteOrder}, counting the payload bytes that
 * follow it (not itself); optionally an end marker (the all-ones prefix {@code 0xFFFF} or
 * {@code 0xFFFFFFFF}, with no payload) that ends the stream; and the largest payload accepted.
 *
 * <pre>
 *   quint16 prefix, big-endian (FORTUNE, TRIP_REQUEST):
 *     +--------+----------------+
 *     | 00 0C  | 12 payload bytes|
 *     +--------+----------------+
 *   with end marker (TRIP_REPLY): ... blocks ... | FF FF |
 * </pre>
 *
 * <p>With an end marker, the marker is recognised before a block size is considered, so the
 * marker value is never a size: {@link #maxBlockSize()} is clamped to {@code 0xFFFE} for a quint16
 * prefix ({@code 0xFFFFFFFE} for quint32, further clamped by the array limit).
 *
 * <p>The limit is checked as soon as a header has arrived, before any byte of its body is
 * buffered. Defaults ({@link #uint16()}, {@link #uint32()}): every size a quint16 can carry
 * (65,535, or 65,534 with a marker); {@link Limits#DEFAULT_MAX_BYTES} (16 MiB) for quint32.
 *
 * <p>Immutable and thread-safe.
 *
 * @param prefixBytes 2 or 4
 * @param byteOrder the byte order of the prefix (QDataStream's default is big-endian)
 * @param endMarker whether the all-ones prefix ends the stream
 * @param maxBlockSize the largest payload accepted, in bytes
 */
public record Framing(int prefixBytes, ByteOrder byteOrder, boolean endMarker, long maxBlockSize) {

    /** The most a single block can hold in one Java array (also the upper bound for quint32 framings). */
    public static final long MAX_ARRAY_BLOCK = Integer.MAX_VALUE - 16;

    /** Default limit for a quint32 prefix: {@link Limits#DEFAULT_MAX_BYTES} (16 MiB). */
    public static final long DEFAULT_UINT32_MAX_BLOCK = Limits.DEFAULT_MAX_BYTES;

    /** The Fortune example: a big-endian quint16 size, then a QString; no end marker. */
    public static final Framing FORTUNE = uint16();

    /** A Trip Planner request: a big-endian quint16 size, then the request fields; no end marker. */
    public static final Framing TRIP_REQUEST = uint16();

    /**
     * The Trip Server's reply stream: big-endian quint16 sized blocks, ended by a bare
     * {@code 0xFFFF}; the largest payload is therefore {@code 0xFFFE}.
     */
    public static final Framing TRIP_REPLY = uint16().withEndMarker(true);

    /**
     * Checks the prefix width and clamps or rejects the limit as {@link #withMaxBlockSize(long)} describes.
     *
     * @throws IllegalArgumentException if {@code prefixBytes} is not 2 or 4, or the limit is negative or does not fit the prefix
     * @param prefixBytes 2 or 4
     * @param byteOrder the byte order of the prefix (QDataStream's default is big-endian)
     * @param endMarker whether the all-ones prefix ends the stream
     * @param maxBlockSize the largest payload accepted, in bytes
     */
    public Framing {
        if (prefixBytes != 2 && prefixBytes != 4) {
            throw new IllegalArgumentException("prefixBytes must be 2 or 4: " + prefixBytes);
        }
        Objects.requireNonNull(byteOrder, "byteOrder");
        if (maxBlockSize < 0) {
            throw new IllegalArgumentException("maxBlockSize < 0: " + maxBlockSize);
        }
        long prefixMax = prefixBytes == 2 ? 0xFFFFL : 0xFFFF_FFFFL;
        if (maxBlockSize > prefixMax) {
            throw new IllegalArgumentException("maxBlockSize " + maxBlockSize + " does not fit a "
                    + (prefixBytes * 8) + "-bit prefix (at most " + prefixMax + ")");
        }
        if (endMarker && maxBlockSize >= prefixMax) {
            maxBlockSize = prefixMax - 1;
        }
        if (maxBlockSize > MAX_ARRAY_BLOCK) {
            maxBlockSize = MAX_ARRAY_BLOCK;
        }
    }

    /** {@return a big-endian quint16 prefix, no end marker, every size up to 65,535 accepted} */
    public static Framing uint16() {
        return new Framing(2, ByteOrder.BIG_ENDIAN, false, 0xFFFF);
    }

    /** {@return a big-endian quint32 prefix, no end marker, blocks up to {@link #DEFAULT_UINT32_MAX_BLOCK}} */
    public static Framing uint32() {
        return new Framing(4, ByteOrder.BIG_ENDIAN, false, DEFAULT_UINT32_MAX_BLOCK);
    }

    /**
     * With another byte order for the size prefix.
     *
     * @param value the prefix byte order
     * @return a framing like this one with that byte order
     */
    public Framing withByteOrder(ByteOrder value) {
        return new Framing(prefixBytes, value, endMarker, maxBlockSize);
    }

    /**
     * With or without the end marker. Turning the marker off keeps the limit as it is (so
     * {@code TRIP_REPLY.withEndMarker(false)} still stops at 0xFFFE); raise it with
     * {@link #withMaxBlockSize(long)}.
     *
     * @param value whether an all-ones prefix ends the stream
     * @return a framing like this one with or without the marker
     */
    public Framing withEndMarker(boolean value) {
        return new Framing(prefixBytes, byteOrder, value, maxBlockSize);
    }

    /**
     * With another limit. Values at or above the end marker are clamped below it when the marker
     * is on; values a prefix cannot carry are an {@link IllegalArgumentException}.
     *
     * @param value the largest payload size accepted and written
     * @return a framing like this one with that limit
     * @throws IllegalArgumentException if the prefix cannot carry {@code value}
     */
    public Framing withMaxBlockSize(long value) {
        return new Framing(prefixBytes, byteOrder, endMarker, value);
    }

    /** {@return the prefix value that ends the stream ({@code 0xFFFF} or {@code 0xFFFFFFFF}), whether or not it is enabled} */
    public long markerValue() {
        return prefixBytes == 2 ? 0xFFFFL : 0xFFFF_FFFFL;
    }

    /**
     * The bytes one block of {@code payloadSize} takes on the wire.
     *
     * @param payloadSize the payload's size in bytes
     * @return the prefix and payload sizes together
     */
    public long frameSize(long payloadSize) {
        return prefixBytes + payloadSize;
    }

    @Override
    public String toString() {
        return "Framing[quint" + (prefixBytes * 8) + " " + (byteOrder == ByteOrder.BIG_ENDIAN ? "BE" : "LE")
                + (endMarker ? ", end marker 0x" + Long.toHexString(markerValue()).toUpperCase() : ", no end marker")
                + ", max " + maxBlockSize + "]";
    }
}
