package io.github.qdatastream.netty;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.BlockReassembler;
import io.github.qdatastream.codec.frame.Event;
import io.github.qdatastream.codec.frame.Framing;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import java.util.List;
import java.util.Objects;

/**
 * Splits a TCP byte stream of size-prefixed QDataStream blocks into whole blocks, by driving the
 * codec's sans-I/O {@link BlockReassembler}: the same framing code as every other user of the
 * codec, with Netty only doing the I/O.
 *
 * <h2>Two modes</h2>
 * <ul>
 *   <li>{@link #payloads(Framing)} emits each block's payload (without its size prefix) as a
 *       {@link ByteBuf}, a retained slice of the cumulation, that the next handler must release;
 *   <li>{@link #messages(Framing, Codec, StreamOptions)} decodes each block with a
 *       {@link Codec} and emits the value; a block with bytes left over after the value is
 *       corrupt data.
 * </ul>
 *
 * <pre>
 * Framing.FORTUNE, messages(QSTRING), bytes arriving in three reads:
 *
 * BEFORE (reads)                                   AFTER (messages)
 * | 00 | 0A 00 00 00 06 00 | 48 00 69 00 21 |  --&gt;  "Hi!"
 *   size=10  QString: 6 bytes, "H" "i" "!"
 *
 * Framing.TRIP_REPLY, payloads():
 *
 * BEFORE                                            AFTER
 * | 00 03 | 01 02 03 | 00 01 | 09 | FF FF |   --&gt;  ByteBuf[01 02 03], ByteBuf[09],
 *                                                  then userEventTriggered(QDataStreamEndOfData.INSTANCE)
 * </pre>
 *
 * <h2>Copies</h2>
 * The decoder hands the codec's reassembler exactly the bytes it asks for ({@code NeedMoreData}'s
 * count: a size prefix, then the whole payload once {@code ByteToMessageDecoder}'s cumulation holds
 * it), so a payload is never gathered in a second buffer. {@link #payloads} passes each payload
 * on as a retained slice of the cumulation, {@link #messages} decodes it where it lies in a heap
 * cumulation. One message per {@code decode} call, into Netty's out list, so the end-of-data event
 * follows the last block in order without firing {@code channelRead} by hand.
 *
 * <h2>Limits and errors</h2>
 * The block size is checked against {@link Framing#maxBlockSize()} as soon as the size prefix
 * has arrived, before any byte of the block is buffered. On any {@link QDataStreamException}
 * (an oversized block: {@code SizeLimitExceededException}; bytes after the end marker or a block
 * the codec rejects: {@code CorruptDataException}; the peer closing inside a block, or before the
 * end marker of a framing that has one: {@code TruncatedInputException}) the decoder fires that
 * exception, unwrapped, through {@code exceptionCaught}, closes the channel, and discards
 * everything that arrives afterwards. The exception's message names the value, the limit and
 * the stream offset.
 *
 * <p>Not {@code @Sharable}: one decoder per channel.
 *
 * @param <T> what is emitted: {@link ByteBuf} payloads or decoded messages
 */
public final class QDataStreamFrameDecoder<T> extends SansIoDecoder {

    private final Framing framing;
    private final Codec<T> codec;
    private final StreamOptions options;
    private final BlockReassembler reassembler;
    private boolean endSeen;
    private long blocks;
    /** The stream offset of the cumulation's reader index. */
    private long readerOffset;
    /** Bytes from the reader index already fed to the reassembler, marked read once their event is handled. */
    private int fedAhead;

    private QDataStreamFrameDecoder(Framing framing, Codec<T> codec, StreamOptions options) {
        this.framing = Objects.requireNonNull(framing, "framing");
        this.codec = codec;
        this.options = options;
        this.reassembler = new BlockReassembler(framing);
    }

    /** A decoder that emits each block's payload as a {@link ByteBuf} (the receiver releases it). */
    public static QDataStreamFrameDecoder<ByteBuf> payloads(Framing framing) {
        return new QDataStreamFrameDecoder<>(framing, null, null);
    }

    /**
     * A decoder that emits each block decoded by {@code codec} with {@code options}; a block that
     * decodes to {@code null} (a null QString) is emitted as {@link QDataStreamNullValue#INSTANCE}.
     */
    public static <T> QDataStreamFrameDecoder<T> messages(Framing framing, Codec<T> codec, StreamOptions options) {
        return new QDataStreamFrameDecoder<>(framing, Objects.requireNonNull(codec, "codec"),
                Objects.requireNonNull(options, "options"));
    }

    public Framing framing() {
        return framing;
    }

    /** Blocks emitted so far. */
    public long blocks() {
        return blocks;
    }

    /** Whether the end marker has been read. */
    public boolean endOfDataSeen() {
        return endSeen;
    }

    /** Bytes received so far. */
    public long bytesReceived() {
        return reassembler.bytesFed();
    }

    @Override
    void decodeSome(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        for (;;) {
            Event e = reassembler.next();
            if (e instanceof Event.NeedMoreData need) {
                // Every byte fed so far was used (a size prefix): mark it read.
                consumeFed(in);
                // Exact for framed input: a prefix, then the whole payload. Feed it only once all of
                // it is here, so the reassembler never gathers a partial block in a buffer of its own.
                if (need.atLeast() > in.readableBytes()) {
                    return;
                }
                int n = (int) need.atLeast();
                if (in.hasArray()) {
                    reassembler.feed(in.array(), in.arrayOffset() + in.readerIndex(), n);
                } else {
                    reassembler.feed(in.nioBuffer(in.readerIndex(), n));
                }
                // The bytes stay readable in `in` until the event they complete is handled.
                fedAhead = n;
            } else if (e instanceof Event.Block b) {
                blocks++;
                out.add(codec == null ? payload(ctx, in, b, readerOffset) : QDataStreamNullValue.orMarker(decodeBlock(b)));
                consumeFed(in);
                return;
            } else {
                consumeFed(in);
                if (((Event.EndOfData) e).markerSeen() && !endSeen) {
                    endSeen = true;
                    // Every block before the marker was passed on by an earlier decode call.
                    ctx.fireUserEventTriggered(QDataStreamEndOfData.INSTANCE);
                }
                if (!in.isReadable()) {
                    return;
                }
                // Bytes after the marker: the reassembler raises its corrupt-data error.
                feedRest(in);
            }
        }
    }

    @Override
    void decodeEnd(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        // ByteToMessageDecoder has called decode until it made no progress: what is left is less
        // than the reassembler asked for. Hand it over, then say the peer closed.
        feedRest(in);
        reassembler.endOfInput();
        for (int before = -1; out.size() > before; ) {
            before = out.size();
            decodeSome(ctx, in, out);
        }
    }

    /**
     * The payload of {@code b} as a retained slice of the cumulation, where it still is (always,
     * as the decoder feeds); a copy otherwise.
     */
    private static ByteBuf payload(ChannelHandlerContext ctx, ByteBuf in, Event.Block b, long readerOffset) {
        long at = in.readerIndex() + (b.streamOffset() - readerOffset);
        if (at >= in.readerIndex() && at + b.length() <= in.writerIndex()) {
            return in.retainedSlice((int) at, b.length());
        }
        return ctx.alloc().buffer(b.length()).writeBytes(b.array(), b.offset(), b.length());
    }

    /** Marks the bytes fed for the event just handled as read. */
    private void consumeFed(ByteBuf in) {
        in.skipBytes(fedAhead);
        readerOffset += fedAhead;
        fedAhead = 0;
    }

    private void feedRest(ByteBuf in) {
        int n = in.readableBytes();
        if (n > 0) {
            reassembler.feed(in.nioBuffer());
            in.skipBytes(n);
            readerOffset += n;
        }
    }

    private T decodeBlock(Event.Block b) {
        return BlockDecoder.decodeExactly(codec, b.array(), b.offset(), b.length(), b.streamOffset(),
                framing.prefixBytes(), options);
    }
}
