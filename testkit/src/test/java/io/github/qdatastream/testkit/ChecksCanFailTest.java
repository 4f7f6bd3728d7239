package io.github.qdatastream.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.codec.protocol.Fortune;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Each check of the testkit fails on a codec or decoder that breaks its rule, and passes on the codec's own. */
class ChecksCanFailTest {

    private static final StreamOptions O = StreamOptions.DEFAULT;
    private static final Codec<Integer> INT = Codec.of("qint32", in -> in.readInt32(), (out, v) -> out.writeInt32(v));

    @Test
    void theCodecsOwnCodecsPass() {
        CodecChecks.check(INT, -1, O);
        CodecChecks.check(Fortune.CODEC, new Fortune("You might have mail."), O);
        CodecChecks.forAll(QtGen.options(), o -> QtGen.qstrings(o.version()), io.github.qdatastream.codec.Codecs.QSTRING);
    }

    @Test
    void aCodecThatAnswersATruncatedInputWithAValueFails() {
        Codec<Integer> sloppy = Codec.of("qint32", in -> {
            try {
                return in.readInt32();
            } catch (TruncatedInputException e) {
                return 0;
            }
        }, (out, v) -> out.writeInt32(v));
        AssertionError e = assertThrows(AssertionError.class, () -> CodecChecks.check(sloppy, 7, O));
        // the message docs/testkit.md shows
        assertEquals("qint32 at Qt_4_0: cut after 0 of 4 bytes decodes to 0 instead of failing\n  bytes: 00000007", e.getMessage());
    }

    @Test
    void aCodecThatThrowsSomethingElseOnACutIsNotExcused() {
        Codec<Integer> wrong = Codec.of("qint32", in -> {
            if (in.remaining() < 4) throw new IllegalStateException("short");
            return in.readInt32();
        }, (out, v) -> out.writeInt32(v));
        assertThrows(IllegalStateException.class, () -> CodecChecks.everyCutIsTruncated(wrong, 7, O));
    }

    @Test
    void aCodecThatChangesTheValueFails() {
        Codec<Integer> offByOne = Codec.of("qint32", in -> in.readInt32() + 1, (out, v) -> out.writeInt32(v));
        AssertionError e = assertThrows(AssertionError.class, () -> CodecChecks.roundTrip(offByOne, 7, O));
        assertTrue(e.getMessage().contains("round trip changed the value"), e.getMessage());
    }

    private static byte[] fortunes(String... texts) {
        return new BlockEncoder<>(Framing.FORTUNE, Fortune.CODEC).encodeStream(List.of(texts).stream().map(Fortune::new).toList());
    }

    @Test
    void theCodecsOwnDecodersPassEverySplit() {
        byte[] stream = fortunes("a", "", "You might have mail.");
        Supplier<FramingChecks.Decoder> blocks = () -> CodecDecoders.blocks(Framing.FORTUNE);
        FramingChecks.Outcome whole = FramingChecks.assertAnySplitIsTheWhole(stream, blocks,
                Splits.headerBoundaries(stream, Framing.FORTUNE));
        assertEquals(3, whole.steps().size() - 1);
        assertNull(whole.failure());
        FramingChecks.assertAnySplitIsTheWhole(stream, () -> CodecDecoders.blockValues(Framing.FORTUNE, Fortune.CODEC, O));
        // cut off inside the last block: the truncated error, the same for every split
        byte[] cut = java.util.Arrays.copyOf(stream, stream.length - 3);
        FramingChecks.Outcome truncated = FramingChecks.assertAnySplitIsTheWhole(cut, blocks);
        assertEquals("TruncatedInputException", truncated.failure());
    }

    /** Wraps the block reassembler, changing what {@code next} says. */
    private abstract static class Faulty implements FramingChecks.Decoder {
        final FramingChecks.Decoder d = CodecDecoders.blocks(Framing.FORTUNE);

        @Override
        public void feed(byte[] array, int offset, int length) {
            d.feed(array, offset, length);
        }

        @Override
        public void endOfInput() {
            d.endOfInput();
        }

        @Override
        public long bytesConsumed() {
            return d.bytesConsumed();
        }

        @Override
        public boolean exactNeed() {
            return true;
        }
    }

    @Test
    void aDecoderWhoseHintIsNotExactFails() {
        byte[] stream = fortunes("You might have mail.");
        AssertionError e = assertThrows(AssertionError.class, () -> FramingChecks.run(new Faulty() {
            @Override
            public FramingChecks.Step next() {
                FramingChecks.Step s = d.next();
                return s instanceof FramingChecks.NeedMore n && n.atLeast() > 1 ? new FramingChecks.NeedMore(n.atLeast() + 1) : s;
            }
        }, Splits.splitAt(stream, 4, 5)));
        assertTrue(e.getMessage().contains("fewer bytes than asked for"), e.getMessage());
    }

    @Test
    void aDecoderThatLosesABlockOnASplitFails() {
        byte[] stream = fortunes("a", "b");
        Supplier<FramingChecks.Decoder> dropsAfterAShortFeed = () -> new Faulty() {
            int feeds;

            @Override
            public void feed(byte[] array, int offset, int length) {
                feeds++;
                super.feed(array, offset, length);
            }

            @Override
            public FramingChecks.Step next() {
                FramingChecks.Step s = d.next();
                return feeds > 1 && s instanceof FramingChecks.Unit ? d.next() : s;
            }
        };
        assertThrows(AssertionError.class, () -> FramingChecks.assertAnySplitIsTheWhole(stream, dropsAfterAShortFeed));
    }

    @Test
    void aDecoderWhoseErrorIsNotStickyFails() {
        byte[] stream = HexFormat.of().parseHex("ffffffff"); // a Fortune block size over the limit
        AssertionError e = assertThrows(AssertionError.class, () -> FramingChecks.run(new Faulty() {
            boolean failed;

            @Override
            public FramingChecks.Step next() {
                if (failed) return new FramingChecks.End(0, false);
                try {
                    return d.next();
                } catch (QDataStreamException x) {
                    failed = true;
                    throw x;
                }
            }
        }, Splits.whole(stream)));
        assertTrue(e.getMessage().contains("did not fail"), e.getMessage());
    }

    @Test
    void theCodecsOwnDecodersPassBufferFeeds() {
        byte[] stream = fortunes("a", "", "You might have mail.");
        FramingChecks.Outcome whole = FramingChecks.run(CodecDecoders.blocks(Framing.FORTUNE), Splits.whole(stream));
        for (Splits.Feed how : Splits.Feed.values()) {
            List<Splits.Chunk> bytes = Splits.oneByteAtATime(stream).stream().map(c -> c.fedAs(how)).toList();
            FramingChecks.assertSame(whole, FramingChecks.run(CodecDecoders.blocks(Framing.FORTUNE), bytes), how.toString());
        }
    }

    @Test
    void aDecoderThatIgnoresAHeapBuffersPositionFails() {
        byte[] stream = fortunes("You might have mail.");
        // a heap chunk's buffer starts at Splits.PAD inside its array: reading from 0 takes the garbage
        FramingChecks.Decoder fromArrayStart = new Faulty() {
            @Override
            public void feed(java.nio.ByteBuffer src) {
                int n = src.remaining();
                d.feed(src.array(), 0, n);
                src.position(src.limit());
            }

            @Override
            public FramingChecks.Step next() {
                return d.next();
            }
        };
        List<Splits.Chunk> heap = Splits.splitAt(stream, 4).stream().map(c -> c.fedAs(Splits.Feed.HEAP_BUFFER)).toList();
        FramingChecks.Outcome whole = FramingChecks.run(CodecDecoders.blocks(Framing.FORTUNE), Splits.whole(stream));
        assertThrows(AssertionError.class, () -> FramingChecks.assertSame(whole, FramingChecks.run(fromArrayStart, heap), "heap"));
    }

    @Test
    void aDecoderThatLeavesABufferUnreadFails() {
        byte[] stream = fortunes("a");
        FramingChecks.Decoder leavesIt = new Faulty() {
            @Override
            public void feed(java.nio.ByteBuffer src) {
                d.feed(src.duplicate());
            }

            @Override
            public FramingChecks.Step next() {
                return d.next();
            }
        };
        AssertionError e = assertThrows(AssertionError.class, () -> FramingChecks.run(leavesIt,
                Splits.whole(stream).stream().map(c -> c.fedAs(Splits.Feed.DIRECT_BUFFER)).toList()));
        assertTrue(e.getMessage().contains("left 8 of 8 bytes remaining"), e.getMessage());
    }

    @Test
    void theFuzzHelperLetsOnlyTheCodecsRejectionsThrough() {
        assertNull(QtFuzz.decode(INT, new byte[3], O));
        assertEquals(-1, QtFuzz.decode(INT, HexFormat.of().parseHex("ffffffff"), O));
        Codec<Integer> buggy = Codec.of("qint32", in -> {
            throw new ArrayIndexOutOfBoundsException(4);
        }, (out, v) -> out.writeInt32(v));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> QtFuzz.decode(buggy, new byte[8], O));
    }
}
