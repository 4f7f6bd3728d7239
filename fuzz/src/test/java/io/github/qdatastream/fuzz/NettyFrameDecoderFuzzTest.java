package io.github.qdatastream.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.netty.QDataStreamEndOfData;
import io.github.qdatastream.netty.QDataStreamFrameDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import io.github.qdatastream.testkit.CodecDecoders;
import io.github.qdatastream.testkit.FramingChecks;

/**
 * The Netty frame decoder ({@code QDataStreamFrameDecoder.payloads}) in every framing, fed the
 * fuzzer's chunks as heap, direct, offset-slice and composite buffers ({@link NettyFeed#shape}):
 * it must emit exactly the blocks, end-of-data event and error that the sans-I/O reassembler
 * gives for the whole input, release what it is given,
 * and never throw anything but a {@link QDataStreamException} through {@code exceptionCaught}.
 */
class NettyFrameDecoderFuzzTest {

    @FuzzTest
    @DictionaryFile(resourcePath = "/io/github/qdatastream/fuzz/qdatastream.dict")
    void nettyEmitsWhatTheReassemblerGives(byte[] data) {
        FuzzInput in = new FuzzInput(data);
        Framing framing = Decoders.framing(in);
        Chunking chunking = Chunking.choose(in);
        byte[] stream = in.payload();

        FramingChecks.Outcome expected = FramingChecks.run(CodecDecoders.blocks(framing), Chunking.ALL_AT_ONCE.chunks(stream));
        List<String> expectedBlocks = new ArrayList<>();
        boolean expectedMarker = false;
        for (FramingChecks.Step e : expected.steps()) {
            if (e instanceof FramingChecks.Unit d) {
                expectedBlocks.add(java.util.HexFormat.of().formatHex((byte[]) d.value()));
            } else if (e instanceof FramingChecks.End end && end.markerSeen()) {
                expectedMarker = true;
            }
        }

        Recorder rec = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(QDataStreamFrameDecoder.payloads(framing), rec);
        NettyFeed.feedAndFinish(ch, stream, chunking);

        String failure = rec.error == null ? null : rec.error.getClass().getSimpleName();
        if (rec.error != null && !(rec.error instanceof QDataStreamException)) {
            throw new AssertionError("exceptionCaught with " + rec.error, rec.error);
        }
        if (!rec.blocks.equals(expectedBlocks) || rec.marker != expectedMarker
                || !java.util.Objects.equals(failure, expected.failure())) {
            throw new AssertionError("Netty (" + chunking + ") differs from the reassembler on " + framing
                    + "\n  reassembler: " + expected + "\n  netty:       blocks " + rec.blocks + ", end marker "
                    + rec.marker + ", error " + rec.error);
        }
    }

    /** Sits after the decoder and records what reaches it. */
    private static final class Recorder extends ChannelInboundHandlerAdapter {
        final List<String> blocks = new ArrayList<>();
        boolean marker;
        Throwable error;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf b = (ByteBuf) msg;
            try {
                if (marker) {
                    throw new AssertionError("a block after the end-of-data event");
                }
                blocks.add(java.util.HexFormat.of().formatHex(ByteBufUtil.getBytes(b)));
            } finally {
                b.release();
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt == QDataStreamEndOfData.INSTANCE) {
                if (marker) {
                    throw new AssertionError("two end-of-data events");
                }
                marker = true;
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (error != null) {
                throw new AssertionError("a second exception " + cause + " after " + error);
            }
            error = cause;
        }
    }
}
