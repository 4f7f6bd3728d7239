package io.github.qdatastream.fuzz;

import io.github.qdatastream.codec.frame.Framing;
import java.nio.ByteOrder;

/**
 * Framing choices from the fuzzer's data. The decoders themselves are the testkit's
 * {@link io.github.qdatastream.testkit.CodecDecoders}, checked by
 * {@link io.github.qdatastream.testkit.FramingChecks}.
 */
final class Decoders {

    private Decoders() {
    }

    /** Prefix width and byte order, end marker, and a limit: default, small, or zero. */
    static Framing framing(FuzzInput in) {
        Framing f = in.flag() ? Framing.uint32() : Framing.uint16();
        if (in.flag()) {
            f = f.withByteOrder(ByteOrder.LITTLE_ENDIAN);
        }
        f = f.withEndMarker(in.flag());
        int limit = in.choose(4);
        int small = in.choose16();
        if (limit == 1) {
            f = f.withMaxBlockSize(Math.min(small, f.maxBlockSize()));
        } else if (limit == 2) {
            f = f.withMaxBlockSize(0);
        }
        return f;
    }

    static FuzzInput.Builder framingChoices(FuzzInput.Builder b, Framing f) {
        return b.flag(f.prefixBytes() == 4).flag(f.byteOrder() == ByteOrder.LITTLE_ENDIAN).flag(f.endMarker())
                .choice(0).choose16(0);
    }
}
