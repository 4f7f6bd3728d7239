package io.github.qdatastream.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.github.qdatastream.testkit.FrameStreams;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.codec.protocol.Fortune;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The frame decoder fed a stream as Netty delivers it in practice: cut at random points, each
 * piece a pooled heap buffer, a pooled direct buffer, a slice at a non-zero offset, or a
 * {@link CompositeByteBuf} of heap and direct parts. Whatever the pieces, it must report what
 * the reference model ({@link FrameStreams#model}) says for the whole stream, and release every
 * buffer it was given ({@link NoLeaks} and a reference-count check).
 */
@ExtendWith(NoLeaks.class)
class FrameDecoderCompositionProperties {

    @Test
    void payloadsOfAnyCompositionAreTheWholeStreamsBlocks() {
        qt().withExamples(300).forAll(FrameStreams.streams(), longs().all())
                .checkAssert((s, seed) -> {
                    List<String> got = run(QDataStreamFrameDecoder.payloads(s.framing()), s.bytes(), seed);
                    assertEquals(expected(s.framing(), s.bytes()), got, s + ", seed " + seed);
                });
    }

    @Test
    void messagesOfAnyCompositionAreTheWholeStreamsValues() {
        qt().withExamples(100).forAll(FrameStreams.payloads(60).map(b -> new Fortune(HexFormat.of().formatHex(b))),
                        longs().all())
                .checkAssert((fortune, seed) -> {
                    List<Fortune> sent = List.of(fortune, new Fortune(""), fortune);
                    byte[] stream = new BlockEncoder<>(Framing.FORTUNE, Fortune.CODEC).encodeStream(sent);
                    List<String> got = run(QDataStreamFrameDecoder.messages(Framing.FORTUNE, Fortune.CODEC,
                            StreamOptions.DEFAULT), stream, seed);
                    assertEquals(sent.stream().map(f -> "value " + f).toList(), got);
                });
    }

    /** The model's events in the decoder's terms: no stream offsets on blocks, no event for a plain close. */
    static List<String> expected(Framing framing, byte[] stream) {
        List<String> out = new ArrayList<>();
        for (String e : FrameStreams.model(framing, stream, false)) {
            if (e.startsWith("block @")) {
                String hex = e.substring(e.indexOf(' ', 7) + 1);
                out.add("block " + hex);
            } else if (e.startsWith("end @")) {
                if (e.endsWith(" marker")) {
                    out.add("end marker");
                }
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** Writes the stream in random pieces of random composition, closes the channel, and returns what came out. */
    static List<String> run(SansIoDecoder decoder, byte[] stream, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Recorder rec = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(decoder, rec);
        List<ByteBuf> fed = new ArrayList<>();
        for (int off = 0; off < stream.length && ch.isOpen(); ) {
            int n = Math.min(stream.length - off, 1 + rnd.nextInt(rnd.nextBoolean() ? 8 : 400));
            ByteBuf piece = piece(rnd, stream, off, n);
            fed.add(piece);
            ch.writeInbound(piece);
            off += n;
        }
        ch.finishAndReleaseAll();
        for (ByteBuf b : fed) {
            assertEquals(0, b.refCnt(), "every buffer written to the channel is released");
        }
        return rec.events;
    }

    /** {@code stream[off, off + n)} as one of the buffer shapes Netty hands a decoder. */
    static ByteBuf piece(SplittableRandom rnd, byte[] stream, int off, int n) {
        ByteBufAllocator alloc = ByteBufAllocator.DEFAULT;
        switch (rnd.nextInt(4)) {
            case 0:
                return alloc.heapBuffer(n).writeBytes(stream, off, n);
            case 1:
                return alloc.directBuffer(n).writeBytes(stream, off, n);
            case 2: {
                // A view at a non-zero index of a larger buffer (an array offset for a heap buffer).
                ByteBuf whole = (rnd.nextBoolean() ? alloc.heapBuffer(n + 7) : alloc.directBuffer(n + 7))
                        .writeZero(3).writeBytes(stream, off, n).writeZero(4);
                ByteBuf slice = whole.retainedSlice(3, n);
                whole.release();
                return slice;
            }
            default: {
                CompositeByteBuf c = alloc.compositeBuffer();
                for (int at = off, end = off + n; at < end; ) {
                    int k = Math.min(end - at, 1 + rnd.nextInt(Math.max(1, n / 2)));
                    ByteBuf part = rnd.nextBoolean() ? alloc.heapBuffer(k) : alloc.directBuffer(k);
                    c.addComponent(true, part.writeBytes(stream, at, k));
                    at += k;
                }
                return c;
            }
        }
    }

    /** Writes down what reaches the end of the pipeline, releasing payloads. */
    static final class Recorder extends ChannelInboundHandlerAdapter {
        final List<String> events = new ArrayList<>();

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof ByteBuf b) {
                try {
                    events.add("block " + HexFormat.of().formatHex(ByteBufUtil.getBytes(b)));
                } finally {
                    b.release();
                }
            } else {
                events.add("value " + msg);
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            events.add(evt == QDataStreamEndOfData.INSTANCE ? "end marker" : "event " + evt);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            events.add(cause instanceof QDataStreamException e ? FrameStreams.error(e) : "unexpected " + cause);
        }
    }
}
