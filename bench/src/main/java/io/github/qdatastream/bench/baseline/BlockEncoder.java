package io.github.qdatastream.bench.baseline;

import io.github.qdatastream.codec.frame.Framing;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.StreamOptions;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Writes values as size-prefixed blocks, as the Fortune and Trip examples do: it reserves the
 * prefix, writes the value, then patches the prefix with the payload size (no seek, no second
 * buffer). Many blocks, and the end marker, can go into one writer and be sent with one write.
 *
 * <pre>{@code
 * BlockEncoder<TripReply> enc = new BlockEncoder<>(Framing.TRIP_REPLY, TripReply.CODEC);
 * QDataWriter out = new QDataWriter();
 * for (TripReply t : trips) enc.write(out, t);
 * enc.writeEndMarker(out);
 * socket.write(ByteBuffer.wrap(out.buffer(), 0, out.size()));
 * }</pre>
 *
 * <p>Stateless apart from its configuration: thread-safe.
 *
 * @param <T> the message type
 */
public final class BlockEncoder<T> {

    private final Framing framing;
    private final Codec<T> codec;
    private final StreamOptions options;

    /**
     * An encoder.
     *
     * @param framing the size prefix (width, byte order, maximum) and the end marker
     * @param codec writes one value as a block's payload
     * @param options the options {@link #encode} and {@link #encodeStream} write payloads with
     */
    public BlockEncoder(Framing framing, Codec<T> codec, StreamOptions options) {
        this.framing = Objects.requireNonNull(framing, "framing");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** An encoder with {@link StreamOptions#DEFAULT} for {@link #encode} and {@link #encodeStream}. */
    public BlockEncoder(Framing framing, Codec<T> codec) {
        this(framing, codec, StreamOptions.DEFAULT);
    }

    /**
     * Appends one block holding {@code value} to {@code out}, encoded with {@code out}'s options;
     * the prefix uses the framing's byte order.
     *
     * @throws IllegalArgumentException if the payload is larger than {@link Framing#maxBlockSize()};
     *     {@code out} then holds a partial block and must be {@link QDataWriter#reset() reset}
     */
    public QDataWriter write(QDataWriter out, T value) {
        int at = out.size();
        if (framing.prefixBytes() == 2) {
            out.writeUInt16(0);
        } else {
            out.writeUInt32(0);
        }
        codec.write(out, value);
        long size = out.size() - at - framing.prefixBytes();
        if (size > framing.maxBlockSize()) {
            throw new IllegalArgumentException(codec.typeName() + " block of " + size
                    + " bytes exceeds the framing's maximum of " + framing.maxBlockSize() + " bytes (" + framing
                    + "); split the message or use a larger framing");
        }
        boolean swap = framing.byteOrder() != out.options().byteOrder();
        if (framing.prefixBytes() == 2) {
            out.setUInt16At(at, swap ? Short.reverseBytes((short) size) & 0xFFFF : (int) size);
        } else {
            out.setUInt32At(at, swap ? Integer.reverseBytes((int) size) & 0xFFFF_FFFFL : size);
        }
        return out;
    }

    /**
     * Appends the end marker ({@code 0xFFFF} or {@code 0xFFFFFFFF}: all ones, the same in either
     * byte order).
     *
     * @throws IllegalStateException if the framing has no end marker
     */
    public QDataWriter writeEndMarker(QDataWriter out) {
        if (!framing.endMarker()) {
            throw new IllegalStateException("the framing has no end marker: " + framing);
        }
        return framing.prefixBytes() == 2 ? out.writeUInt16(0xFFFF) : out.writeUInt32(0xFFFF_FFFFL);
    }

    /** One block holding {@code value}. */
    public byte[] encode(T value) {
        return write(new QDataWriter(options), value).toByteArray();
    }

    /**
     * A whole stream: one block per value, in order, then the end marker if the framing has one.
     */
    public byte[] encodeStream(Iterable<? extends T> values) {
        QDataWriter out = new QDataWriter(options);
        for (T v : values) {
            write(out, v);
        }
        if (framing.endMarker()) {
            writeEndMarker(out);
        }
        return out.toByteArray();
    }

    /** @return the framing blocks are written in */
    public Framing framing() {
        return framing;
    }

    /** @return the codec that writes each payload */
    public Codec<T> codec() {
        return codec;
    }

    /** The byte order the prefix is written in (the framing's, whatever the writer's). */
    public ByteOrder prefixByteOrder() {
        return framing.byteOrder();
    }
}
