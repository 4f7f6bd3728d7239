package io.github.qdatastream.codec.frame;

import io.github.qdatastream.codec.CorruptDataException;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.TruncatedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Objects;

/**
 * Reads a {@link Decoder}'s units (blocks or values) from a byte source: a
 * {@link java.io.InputStream} (a socket's, a file's) or a {@link ReadableByteChannel}, blocking or
 * not. The read loop every user of a decoder would otherwise write, once.
 *
 * <pre>{@code
 * StreamReader<TripReply> in = StreamReader.of(socket.getInputStream(),
 *         new BlockDecoder<>(TripReply.FRAMING, TripReply.CODEC));
 * for (Event<TripReply> e = in.next(); e instanceof Event.Value<TripReply> v; e = in.next()) {
 *     show(v.value());
 * }                                            // the loop ends at Event.EndOfData
 * }</pre>
 *
 * <h2>Reading</h2>
 * {@link #next()} returns a unit as soon as the decoder has one, and reads only when the decoder
 * needs more bytes: then one read of up to the buffer's size (64 KiB by default), which takes
 * whatever the source has. What a read brings past the unit stays in the decoder for the next
 * call (the buffer is read in place and refilled only once the decoder has used or copied all
 * of it). The buffer is allocated once, at its fixed size; sizes announced by the input are the
 * decoder's to check, before it buffers anything for them.
 *
 * <h2>End of input</h2>
 * The source's end ({@code -1}) is the decoder's {@link Decoder#endOfInput() end of input}: at a
 * unit boundary {@link #next()} returns {@link Event.EndOfData} (for a framing with an end marker
 * only the marker is an end); inside a unit it throws the decoder's
 * {@link TruncatedInputException} with the number of bytes missing. Once the end marker has been
 * read nothing more is read from the source; bytes that arrived with the marker in the same read
 * make the next call throw {@link CorruptDataException}.
 *
 * <h2>Errors</h2>
 * Only the codec's {@link QDataStreamException}s (sticky, as the decoder's) and the source's own
 * {@link IOException}s escape. A {@link SocketTimeoutException} (or any {@code IOException}) is
 * passed through untouched and loses nothing: the bytes read before it are in the decoder, and
 * calling {@link #next()} again carries on where the read left off.
 *
 * <h2>Non-blocking channels</h2>
 * Over a channel in non-blocking mode, {@link #next()} returns {@link Event.NeedMoreData} when the
 * channel has nothing more for now (a read of 0 bytes): wait for {@code OP_READ} and call again.
 * Over an {@code InputStream} or a blocking channel it never does. An {@code InputStream} whose
 * {@code read(byte[], int, int)} returns 0 is asked for one byte with {@code read()}, which blocks
 * (so a zero-progress read never spins).
 *
 * <p>Not thread-safe: one per connection.
 *
 * @param <T> the decoder's unit: a {@link Block} or a value
 */
public final class StreamReader<T> {

    /** The read buffer's size unless one is given: large enough for a TCP receive window's worth. */
    public static final int DEFAULT_BUFFER_SIZE = 64 * 1024;

    /** What bytes come from; {@code read} as {@link InputStream#read(byte[], int, int)}, 0 only when nothing is there now. */
    private interface Source {
        int read(byte[] b, int off, int len) throws IOException;
    }

    private final Source source;
    private final Decoder<T> decoder;
    private final byte[] buf;
    private long reads;
    private long bytesRead;

    private StreamReader(Source source, Decoder<T> decoder, int bufferSize) {
        if (bufferSize < 1) {
            throw new IllegalArgumentException("bufferSize < 1: " + bufferSize);
        }
        this.source = source;
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.buf = new byte[bufferSize];
    }

    /**
     * A reader of {@code decoder}'s units from {@code in}, with a {@link #DEFAULT_BUFFER_SIZE} buffer.
     *
     * @param <T> the unit type
     * @param in the stream to read
     * @param decoder cuts the bytes into units
     * @return the reader
     */
    public static <T> StreamReader<T> of(InputStream in, Decoder<T> decoder) {
        return of(in, decoder, DEFAULT_BUFFER_SIZE);
    }

    /**
     * A reader of {@code decoder}'s units from {@code in}, reading up to {@code bufferSize} bytes at a time.
     *
     * @param <T> the unit type
     * @param in the stream to read
     * @param decoder cuts the bytes into units
     * @param bufferSize the most bytes one read asks for
     * @return the reader
     */
    public static <T> StreamReader<T> of(InputStream in, Decoder<T> decoder, int bufferSize) {
        Objects.requireNonNull(in, "in");
        return new StreamReader<>((b, off, len) -> {
            int n = in.read(b, off, len);
            if (n != 0) {
                return n;
            }
            // A stream that made no progress: one byte, blocking, or the end.
            int one = in.read();
            if (one < 0) {
                return -1;
            }
            b[off] = (byte) one;
            return 1;
        }, decoder, bufferSize);
    }

    /**
     * A reader of {@code decoder}'s units from {@code channel} (blocking or not), with a {@link #DEFAULT_BUFFER_SIZE} buffer.
     *
     * @param <T> the unit type
     * @param channel the channel to read
     * @param decoder cuts the bytes into units
     * @return the reader
     */
    public static <T> StreamReader<T> of(ReadableByteChannel channel, Decoder<T> decoder) {
        return of(channel, decoder, DEFAULT_BUFFER_SIZE);
    }

    /**
     * A reader of {@code decoder}'s units from {@code channel}, reading up to {@code bufferSize} bytes at a time.
     *
     * @param <T> the unit type
     * @param channel the channel to read
     * @param decoder cuts the bytes into units
     * @param bufferSize the most bytes one read asks for
     * @return the reader
     */
    public static <T> StreamReader<T> of(ReadableByteChannel channel, Decoder<T> decoder, int bufferSize) {
        Objects.requireNonNull(channel, "channel");
        return new StreamReader<>((b, off, len) -> channel.read(ByteBuffer.wrap(b, off, len)), decoder, bufferSize);
    }

    /**
     * The next unit ({@link Event.Value}; a {@link Block} is valid until the next call) or
     * {@link Event.EndOfData}, reading from the source as needed; {@link Event.NeedMoreData} only
     * from a non-blocking channel that has nothing more for now.
     *
     * @return the event
     * @throws TruncatedInputException the source ended inside a unit (exact missing byte count)
     * @throws QDataStreamException malformed input (the decoder's error; sticky)
     * @throws IOException the source's own error, untouched (a later call carries on)
     */
    public Event<T> next() throws IOException {
        for (;;) {
            Event<T> e = decoder.next();
            if (!(e instanceof Event.NeedMoreData)) {
                return e;
            }
            if (decoder.isEndOfInput()) {
                throw new IllegalStateException(decoder + " asks for bytes after the end of input");
            }
            // NeedMoreData: the decoder has used or copied every byte of buf, which is free again.
            int n = source.read(buf, 0, buf.length);
            if (n < 0) {
                decoder.endOfInput();
            } else if (n == 0) {
                return e;
            } else {
                reads++;
                bytesRead += n;
                decoder.feed(buf, 0, n);
            }
        }
    }

    /** {@return the decoder this reader feeds} */
    public Decoder<T> decoder() {
        return decoder;
    }

    /** {@return the number of reads that returned bytes so far} */
    public long reads() {
        return reads;
    }

    /** {@return bytes read from the source so far} */
    public long bytesRead() {
        return bytesRead;
    }
}
