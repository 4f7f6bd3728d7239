package io.github.qdatastream.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.netty.QDataStreamNullValue;
import io.github.qdatastream.netty.QDataStreamTransactionDecoder;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import io.github.qdatastream.testkit.CodecDecoders;
import io.github.qdatastream.testkit.FramingChecks;

/**
 * The Netty decoder for unframed values ({@link QDataStreamTransactionDecoder}) with a type from
 * {@link TypeGrammar}, fed the fuzzer's chunks as heap, direct, offset-slice and composite
 * buffers ({@link NettyFeed#shape}): it must pass on exactly the values, in order, and the error
 * that the sans-I/O transaction reader gives for the whole input (a null value as {@link QDataStreamNullValue}), release what it is given, and never throw
 * anything but a {@link QDataStreamException} through {@code exceptionCaught}.
 */
class NettyTransactionDecoderFuzzTest {

    @FuzzTest
    @DictionaryFile(resourcePath = "/io/github/qdatastream/fuzz/qdatastream.dict")
    void nettyPassesOnWhatTheTransactionReaderGives(byte[] data) {
        FuzzInput in = new FuzzInput(data);
        StreamOptions options = Rules.options(in);
        Codec<Object> codec = Types.codec(TypeGrammar.generate(in));
        Chunking chunking = Chunking.choose(in);
        byte[] stream = in.payload();

        FramingChecks.Outcome expected = FramingChecks.run(CodecDecoders.transactions(codec, options), Chunking.ALL_AT_ONCE.chunks(stream));
        List<Object> expectedValues = new ArrayList<>();
        for (FramingChecks.Step e : expected.steps()) {
            if (e instanceof FramingChecks.Unit d) {
                expectedValues.add(d.value());
            }
        }

        Recorder rec = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(new QDataStreamTransactionDecoder<>(codec, options), rec);
        NettyFeed.feedAndFinish(ch, stream, chunking);

        if (rec.error != null && !(rec.error instanceof QDataStreamException)) {
            throw new AssertionError("exceptionCaught with " + rec.error, rec.error);
        }
        String failure = rec.error == null ? null : rec.error.getClass().getSimpleName();
        boolean same = rec.values.size() == expectedValues.size()
                && java.util.Objects.equals(failure, expected.failure());
        for (int i = 0; same && i < expectedValues.size(); i++) {
            same = Rules.deepEquals(expectedValues.get(i), rec.values.get(i));
        }
        if (!same) {
            throw new AssertionError("Netty (" + chunking + ") differs from the transaction reader"
                    + "\n  reader: " + expected + "\n  netty:  values " + rec.values + ", error " + rec.error);
        }
    }

    /** Sits after the decoder and records what reaches it. */
    private static final class Recorder extends ChannelInboundHandlerAdapter {
        final List<Object> values = new ArrayList<>();
        Throwable error;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg == null) {
                throw new AssertionError("a null message");
            }
            values.add(msg == QDataStreamNullValue.INSTANCE ? null : msg);
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
