package io.github.qdatastream.fuzz;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.github.qdatastream.codec.frame.Framing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import io.github.qdatastream.testkit.CodecDecoders;
import io.github.qdatastream.testkit.FramingChecks;

/** Checks shared by the protocol targets. */
final class ProtocolCheck {

    private ProtocolCheck() {
    }

    /**
     * Decodes {@code stream} as framed messages, whole and in the fuzzer's pieces, and re-encodes
     * every decoded message in a block that must decode to it again.
     */
    static <T> void framed(byte[] data, Framing framing, Codec<T> codec) {
        FuzzInput in = new FuzzInput(data);
        Chunking chunking = Chunking.choose(in);
        byte[] stream = in.payload();
        StreamOptions options = StreamOptions.DEFAULT;
        FramingChecks.Outcome whole = FramingChecks.run(CodecDecoders.blockValues(framing, codec, options), Chunking.ALL_AT_ONCE.chunks(stream));
        FramingChecks.Outcome split = FramingChecks.run(CodecDecoders.blockValues(framing, codec, options), chunking.chunks(stream));
        FramingChecks.assertSame(whole, split, chunking.toString());
        List<T> values = values(whole);
        byte[] again = new BlockEncoder<>(framing, codec, options).encodeStream(values);
        FramingChecks.Outcome reread = FramingChecks.run(CodecDecoders.blockValues(framing, codec, options), Chunking.ALL_AT_ONCE.chunks(again));
        if (reread.failure() != null || !Rules.deepEquals(values, values(reread))) {
            throw new AssertionError("re-encoded " + values + " as " + Rules.hex(again) + " but read back " + reread);
        }
        // Every field of these messages is lossless at Qt_4_0: a clean stream re-encodes byte for byte.
        if (whole.failure() == null && !Arrays.equals(stream, again)) {
            throw new AssertionError("a clean stream re-encodes differently\n  read:   " + Rules.hex(stream)
                    + "\n  wrote:  " + Rules.hex(again));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> values(FramingChecks.Outcome o) {
        List<T> out = new ArrayList<>();
        for (FramingChecks.Step e : o.steps()) {
            if (e instanceof FramingChecks.Unit d) {
                out.add((T) d.value());
            }
        }
        return out;
    }

    /** The same for values sent back to back without framing (Qt 5.7+ Fortune style). */
    static <T> void unframed(byte[] data, Codec<T> codec) {
        FuzzInput in = new FuzzInput(data);
        Chunking chunking = Chunking.choose(in);
        byte[] stream = in.payload();
        StreamOptions options = StreamOptions.DEFAULT;
        FramingChecks.Outcome whole = FramingChecks.run(CodecDecoders.transactions(codec, options), Chunking.ALL_AT_ONCE.chunks(stream));
        FramingChecks.Outcome split = FramingChecks.run(CodecDecoders.transactions(codec, options), chunking.chunks(stream));
        FramingChecks.assertSame(whole, split, chunking.toString());
        QDataWriter out = new QDataWriter(options);
        for (T value : ProtocolCheck.<T>values(whole)) {
            Rules.roundTrip(codec, value, options);
            codec.write(out, value);
        }
        if (whole.failure() == null && !Arrays.equals(stream, out.toByteArray())) {
            throw new AssertionError("a clean stream re-encodes differently\n  read:   " + Rules.hex(stream)
                    + "\n  wrote:  " + Rules.hex(out.toByteArray()));
        }
    }
}
