package io.github.qdatastream.codec.frame;

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
 * QDataWriter out = enc.newWriter();
 * for (TripReply t : trips) enc.write(out, t);
 * enc.writeEndMarker(out);
 * socket.write(ByteBuffer.wrap(out.buffer(), 0, out.size()));
 * }</pre>
 *
 * <h2>Which options are used</h2>
 * One rule: <b>payloads are always written with the encoder's options</b> (the constructor's,
 * {@link StreamOptions#DEFAULT} if none), and the prefix always in the framing's byte order.
 * {@link #encode} and {@link #encodeStream} make writers with those options; {@link #write} appends
 * to a writer the caller made, which must have been made with the same options
 * ({@link #newWriter()} makes one): a writer with other options is an
 * {@link IllegalArgumentException} before anything is written, never a silent mix of versions or
 * byte orders in one stream.
 *
 * <p>Stateless apart from its configuration: thread-safe.
 *
 * @param <T> the message type
 */
public final class BlockEncoder<T> {

    private final Framing framing;
    private final Codec<T> codec;
    private final StreamOptions options;
    private final boolean wide;
    private final long maxBlock;
    /** Whether the prefix's byte order differs from the writer's (the options'), so the size is swapped. */
    private final boolean swap;

    /**
     * An encoder.
     *
     * @param framing the size prefix (width, byte order, maximum) and the end marker
     * @param codec writes one value as a block's payload
     * @param options the options every payload is written with (see the class comment)
     */
    public BlockEncoder(Framing framing, Codec<T> codec, StreamOptions options) {
        this.framing = Objects.requireNonNull(framing, "framing");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.options = Objects.requireNonNull(options, "options");
        this.wide = framing.prefixBytes() == 4;
        this.maxBlock = framing.maxBlockSize();
        this.swap = framing.byteOrder() != options.byteOrder();
    }

    /**
     * An encoder that writes payloads with {@link StreamOptions#DEFAULT}.
     *
     * @param framing the size prefix and limit
     * @param codec writes one payload
     */
    public BlockEncoder(Framing framing, Codec<T> codec) {
        this(framing, codec, StreamOptions.DEFAULT);
    }

    /** {@return a writer with this encoder's options, for {@link #write}} */
    public QDataWriter newWriter() {
        return new QDataWriter(options);
    }

    /**
     * Appends one block holding {@code value} to {@code out}: the payload with this encoder's
     * options, the prefix in the framing's byte order.
     *
     * @throws IllegalArgumentException if {@code out} was made with other options (nothing is
     *     written), or if the payload is larger than {@link Framing#maxBlockSize()} ({@code out}
     *     then holds a partial block and must be {@link QDataWriter#reset() reset})
     * @param out the writer to append to, made with {@link #newWriter()}
     * @param value the payload's value
     * @return {@code out}
     */
    public QDataWriter write(QDataWriter out, T value) {
        // Kept small, the rare cases (other options, a quint32 prefix, a block over the limit) in
        // methods of their own: the JIT then inlines this method, and the codec's write in it, into
        // the caller's loop. Compiled on its own first with every case in it, it came to just over
        // the JIT's size limit for inlining a compiled method (InlineSmallCode, 2500 bytes), and each
        // block cost a call (docs/performance.md).
        if (out.options() != options) {
            checkOptions(out.options());
        }
        if (wide) {
            return writeWide(out, value);
        }
        int at = out.size();
        out.writeInt16(0);
        codec.write(out, value);
        int size = out.size() - at - 2;
        if (size > maxBlock) {
            throw tooLarge(size);
        }
        return out.setUInt16At(at, swap ? Short.reverseBytes((short) size) : size);
    }

    /** {@link #write} with a quint32 prefix. */
    private QDataWriter writeWide(QDataWriter out, T value) {
        int at = out.size();
        out.writeInt32(0);
        codec.write(out, value);
        int size = out.size() - at - 4;
        if (size > maxBlock) {
            throw tooLarge(size);
        }
        return out.setUInt32At(at, swap ? Integer.reverseBytes(size) : size);
    }

    private void checkOptions(StreamOptions o) {
        if (!o.equals(options)) {
            throw new IllegalArgumentException("the writer's options " + o + " are not the encoder's " + options
                    + "; make the writer with BlockEncoder.newWriter()");
        }
    }

    private IllegalArgumentException tooLarge(long size) {
        return new IllegalArgumentException(codec.typeName() + " block of " + size
                + " bytes exceeds the framing's maximum of " + framing.maxBlockSize() + " bytes (" + framing
                + "); split the message or use a larger framing");
    }

    /**
     * Appends the end marker ({@code 0xFFFF} or {@code 0xFFFFFFFF}: all ones, the same in either
     * byte order).
     *
     * @throws IllegalStateException if the framing has no end marker
     * @param out the writer to append to
     * @return {@code out}
     */
    public QDataWriter writeEndMarker(QDataWriter out) {
        if (!framing.endMarker()) {
            throw new IllegalStateException("the framing has no end marker: " + framing);
        }
        return wide ? out.writeUInt32(0xFFFF_FFFFL) : out.writeUInt16(0xFFFF);
    }

    /**
     * One block holding {@code value}.
     *
     * @param value the payload's value
     * @return the prefix and payload
     * @throws IllegalArgumentException if the payload is larger than {@link Framing#maxBlockSize()}
     */
    public byte[] encode(T value) {
        return write(newWriter(), value).toByteArray();
    }

    /**
     * A whole stream: one block per value, in order, then the end marker if the framing has one.
     *
     * @param values the values, one block each
     * @return the blocks and the end marker
     * @throws IllegalArgumentException if a payload is larger than {@link Framing#maxBlockSize()}
     */
    public byte[] encodeStream(Iterable<? extends T> values) {
        QDataWriter out = newWriter();
        for (T v : values) {
            write(out, v);
        }
        if (framing.endMarker()) {
            writeEndMarker(out);
        }
        return out.toByteArray();
    }

    /** {@return the framing blocks are written in} */
    public Framing framing() {
        return framing;
    }

    /** {@return the codec that writes each payload} */
    public Codec<T> codec() {
        return codec;
    }

    /** {@return the options every payload is written with} */
    public StreamOptions options() {
        return options;
    }

    /** {@return the byte order the prefix is written in (the framing's, whatever the writer's)} */
    public ByteOrder prefixByteOrder() {
        return framing.byteOrder();
    }
}
