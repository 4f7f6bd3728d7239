package io.github.qdatastream.netty;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.Block;
import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.BlockReassembler;
import io.github.qdatastream.codec.frame.Decoder;
import io.github.qdatastream.codec.frame.Event;
import io.github.qdatastream.codec.frame.Framing;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import java.util.List;
import java.util.Objects;

/**
 * Splits a TCP byte stream of size-prefixed QDataStream blocks into whole blocks, by driving the
 * codec's sans-I/O {@link BlockReassembler} (or {@link BlockDecoder}): the same framing code as
 * every other user of the codec, with Netty only doing the I/O.
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
 * {@link #payloads} hands the codec's {@link BlockReassembler} only each size prefix, then, once
 * {@code ByteToMessageDecoder}'s cumulation holds the whole payload the prefix announced, takes the
 * payload past it with {@link BlockReassembler#skipHeld} when {@link BlockReassembler#heldBodyWanted}
 * says the reassembler waits for that body (the payload is counted, not handed over:
 * no copy in, for heap and direct buffers alike) and passes it on as a retained slice of the
 * cumulation (no copy out). {@link #messages} hands its {@link BlockDecoder} each read whole:
 * blocks inside it are decoded where they lie (a heap buffer in place; a direct buffer is copied
 * once, as a {@code byte[]} reader needs), and the codec keeps the part of a block that has not all
 * arrived. Messages go into Netty's out list (no {@code channelRead} fired by hand); the end-of-data event and an
 * error wait until Netty has passed on the blocks before them.
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
 * <p>Holds one channel's partial block: not {@code @Sharable}; add a new instance to each channel's
 * pipeline. Netty calls it from the channel's event loop only.
 *
 * @param <T> what is emitted: {@link ByteBuf} payloads or decoded messages
 */
public final class QDataStreamFrameDecoder<T> extends SansIoDecoder<Object> {

    private final Framing framing;
    private final boolean payloads;
    /** The payloads mode's reassembler (null for messages), for {@link BlockReassembler#skipHeld}. */
    private final BlockReassembler reassembler;
    private boolean endSeen;
    private long blocks;
    /** The stream offset of the cumulation's reader index. */
    private long readerOffset;
    /** Bytes from the reader index already fed to the codec, marked read once their event is handled. */
    private int fedAhead;
    private long received;

    @SuppressWarnings("unchecked")
    private QDataStreamFrameDecoder(Framing framing, Decoder<?> decoder, boolean payloads) {
        super((Decoder<Object>) decoder);
        this.framing = Objects.requireNonNull(framing, "framing");
        this.payloads = payloads;
        this.reassembler = payloads ? (BlockReassembler) decoder : null;
    }

    /**
     * A decoder that emits each block's payload as a {@link ByteBuf} (the receiver releases it).
     *
     * @param framing how blocks are delimited, with the maximum block size
     * @return a new decoder, for one channel
     */
    public static QDataStreamFrameDecoder<ByteBuf> payloads(Framing framing) {
        return new QDataStreamFrameDecoder<>(framing, new BlockReassembler(framing), true);
    }

    /**
     * A decoder that emits each block decoded by {@code codec} with {@code options}; a block that
     * decodes to {@code null} (a null QString) is emitted as {@link QDataStreamNullValue#INSTANCE}.
     *
     * @param framing how blocks are delimited, with the maximum block size
     * @param codec decodes one block's payload
     * @param options the stream version, byte order, precision and limits
     * @param <T> the message type
     * @return a new decoder, for one channel
     */
    public static <T> QDataStreamFrameDecoder<T> messages(Framing framing, Codec<T> codec, StreamOptions options) {
        return new QDataStreamFrameDecoder<>(framing, new BlockDecoder<>(framing, Objects.requireNonNull(codec, "codec"),
                Objects.requireNonNull(options, "options")), false);
    }

    /** {@return the framing this decoder reads} */
    public Framing framing() {
        return framing;
    }

    /** {@return blocks emitted so far} */
    public long blocks() {
        return blocks;
    }

    /** {@return whether the end marker has been read} */
    public boolean endOfDataSeen() {
        return endSeen;
    }

    /** {@return bytes received so far (handed to the codec, or waiting in the cumulation for the rest of their unit)} */
    public long bytesReceived() {
        return received;
    }

    @Override
    void decodeSome(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        Decoder<Object> decoder = decoder();
        received = readerOffset + in.readableBytes();
        for (;;) {
            Event<Object> e = decoder.next();
            if (e instanceof Event.NeedMoreData<Object> need) {
                // Every byte fed so far was used or kept by the codec: mark it read.
                consumeFed(in);
                int n;
                if (payloads) {
                    // Exactly what is asked for (a prefix, then the whole payload), once all of it is
                    // here: the codec never gathers a block, and the payload is sliced where it lies.
                    if (need.atLeast() > in.readableBytes()) {
                        return;
                    }
                    n = (int) need.atLeast();
                    if (reassembler.heldBodyWanted() == n) {
                        // A size prefix was fed and its whole body is contiguous in the cumulation:
                        // the codec counts it without being handed it (no copy in, heap or direct),
                        // and it goes on as a retained slice.
                        reassembler.skipHeld(n);
                        blocks++;
                        out.add(in.retainedSlice(in.readerIndex(), n));
                        in.skipBytes(n);
                        readerOffset += n;
                        continue;
                    }
                } else {
                    // Everything: blocks inside it are decoded in place, the codec keeps a partial
                    // one (so Netty does not merge the next read into the cumulation).
                    n = in.readableBytes();
                    if (n == 0) {
                        return;
                    }
                }
                if (in.hasArray()) {
                    decoder.feed(in.array(), in.arrayOffset() + in.readerIndex(), n);
                } else {
                    decoder.feed(in.nioBuffer(in.readerIndex(), n));
                }
                // The bytes stay readable in `in` until the event they complete is handled.
                fedAhead = n;
            } else if (e instanceof Event.Value<Object> v) {
                blocks++;
                out.add(payloads ? payload(ctx, in, (Block) v.value()) : QDataStreamNullValue.orMarker(v.value()));
                consumeFed(in);
            } else {
                if (((Event.EndOfData<Object>) e).markerSeen() && !endSeen) {
                    endSeen = true;
                    fireAfter(ctx, out, QDataStreamEndOfData.INSTANCE);
                }
                consumeFed(in);
                if (!in.isReadable()) {
                    return;
                }
                // Bytes after the marker: the codec raises its corrupt-data error.
                feedRest(in);
            }
        }
    }

    @Override
    void decodeEnd(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        // ByteToMessageDecoder has called decode until it made no progress: what is left is less
        // than the codec asked for. Hand it over, then say the peer closed.
        feedRest(in);
        decoder().endOfInput();
        for (int before = -1; out.size() > before; ) {
            before = out.size();
            decodeSome(ctx, in, out);
        }
    }

    /**
     * The payload of {@code b} as a retained slice of the cumulation, where it still is (always,
     * as this decoder feeds); a copy otherwise.
     */
    private ByteBuf payload(ChannelHandlerContext ctx, ByteBuf in, Block b) {
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

    /** Hands the codec every readable byte it has not been fed yet, and marks all of them read. */
    private void feedRest(ByteBuf in) {
        int n = in.readableBytes() - fedAhead;
        if (n > 0) {
            decoder().feed(in.nioBuffer(in.readerIndex() + fedAhead, n));
        }
        fedAhead += Math.max(n, 0);
        consumeFed(in);
    }
}
