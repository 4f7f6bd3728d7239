package io.github.qdatastream.codec.frame;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.StreamOptions;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes values as size-prefixed blocks (a {@link BlockEncoder}'s) to an {@link OutputStream}:
 * the counterpart of {@link StreamReader}. Blocks are gathered in one reused buffer and written
 * once it holds {@code flushThreshold} bytes, on {@link #flush()}, and after the end marker; a
 * block is never written in part.
 *
 * <pre>{@code
 * StreamWriter<TripReply> out = new StreamWriter<>(socket.getOutputStream(),
 *         Framing.TRIP_REPLY, TripReply.CODEC, StreamOptions.DEFAULT);
 * for (TripReply t : trips) out.write(t);
 * out.writeEndMarker();                        // writes and flushes
 * }</pre>
 *
 * <p>Only the stream's own {@link IOException}s and, for a value too large for the framing, the
 * encoder's {@link IllegalArgumentException} escape (the blocks before it are kept and nothing of
 * the oversized one is). Not thread-safe.
 *
 * @param <T> the value type
 */
public final class StreamWriter<T> implements Flushable {

    /** Buffered bytes that make {@link #write} pass the blocks on, unless a threshold is given. */
    public static final int DEFAULT_FLUSH_THRESHOLD = 8 * 1024;

    private final OutputStream out;
    private final BlockEncoder<T> encoder;
    private final QDataWriter buffer;
    private final int flushThreshold;

    /**
     * A writer of {@code codec}'s values in {@code framing}'s blocks, payloads written with {@code options}.
     *
     * @param out the stream the blocks go to
     * @param framing the size prefix, end marker and limit
     * @param codec writes one payload
     * @param options the stream options payloads are written with
     */
    public StreamWriter(OutputStream out, Framing framing, Codec<T> codec, StreamOptions options) {
        this(out, framing, codec, options, DEFAULT_FLUSH_THRESHOLD);
    }

    /**
     * As {@link #StreamWriter(OutputStream, Framing, Codec, StreamOptions)}, passing blocks on once {@code flushThreshold} bytes are buffered.
     *
     * @param out the stream the blocks go to
     * @param framing the size prefix, end marker and limit
     * @param codec writes one payload
     * @param options the stream options payloads are written with
     * @param flushThreshold buffered bytes at which {@link #write} passes the blocks on
     */
    public StreamWriter(OutputStream out, Framing framing, Codec<T> codec, StreamOptions options, int flushThreshold) {
        if (flushThreshold < 1) {
            throw new IllegalArgumentException("flushThreshold < 1: " + flushThreshold);
        }
        this.out = Objects.requireNonNull(out, "out");
        this.encoder = new BlockEncoder<>(framing, codec, options);
        this.buffer = new QDataWriter(options, Math.min(flushThreshold, 64 * 1024) + 64);
        this.flushThreshold = flushThreshold;
    }

    /**
     * Appends one block holding {@code value}, writing the buffered blocks to the stream once
     * they reach the threshold (not flushing the stream).
     *
     * @param value the payload's value
     * @return this writer
     * @throws IllegalArgumentException the payload is larger than the framing allows; nothing of it is kept
     * @throws IOException if writing to the stream fails
     */
    public StreamWriter<T> write(T value) throws IOException {
        int good = buffer.size();
        try {
            encoder.write(buffer, value);
        } catch (IllegalArgumentException e) {
            // The writer holds the blocks before it and part of this one: pass on only the former.
            out.write(buffer.buffer(), 0, good);
            buffer.reset();
            throw e;
        }
        if (buffer.size() >= flushThreshold) {
            drain();
        }
        return this;
    }

    /**
     * Appends the framing's end marker, then writes everything and flushes the stream.
     *
     * @throws IOException if writing to the stream fails
     * @throws IllegalStateException if the framing has no end marker
     */
    public void writeEndMarker() throws IOException {
        encoder.writeEndMarker(buffer);
        flush();
    }

    /** Writes the buffered blocks and flushes the stream. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        if (buffer.size() > 0) {
            out.write(buffer.buffer(), 0, buffer.size());
            buffer.reset();
        }
    }
}
