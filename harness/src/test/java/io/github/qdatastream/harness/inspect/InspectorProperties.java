package io.github.qdatastream.harness.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.VariantRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary bytes, in arbitrary chunks, for every protocol and a few type lists: the inspector
 * never throws (the proxy's decoder and {@code qds inspect} rely on it), and the lines do not
 * depend on how the bytes were cut.
 */
class InspectorProperties {

    private static final List<Protocol> PROTOCOLS = List.of(Protocol.TRIP_REQUEST, Protocol.TRIP_REPLY, Protocol.FORTUNE_QT4,
            Protocol.FORTUNE_QT57, Protocol.custom("quint32", List.of("QVariant", "QList<QString>"), 4096),
            Protocol.custom(null, List.of("QMap<QString,QVariant>"), 0), Protocol.custom("quint16", List.of("QPair<qint8,QByteArray>"), 0));

    private static String lines(Protocol p, byte[] bytes, SplittableRandom cuts) {
        StringBuilder b = new StringBuilder();
        FieldPrinter printer = new FieldPrinter(new java.io.PrintWriter(new java.io.StringWriter()), false, false);
        Inspector in = new Inspector(p, StreamOptions.DEFAULT, VariantRegistry.DEFAULT, f -> b.append(printer.text(f)).append('\n'));
        int i = 0;
        while (i < bytes.length) {
            int n = cuts == null ? bytes.length - i : Math.min(bytes.length - i, 1 + cuts.nextInt(16));
            in.feed(bytes, i, n);
            i += n;
        }
        in.finish();
        return b.toString();
    }

    @Test
    void arbitraryBytesNeverThrowAndTheCutsDoNotMatter() {
        qt().withExamples(1500).forAll(longs().all(), integers().between(0, PROTOCOLS.size() - 1), integers().between(0, 200))
                .checkAssert((seed, pi, length) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    byte[] bytes = new byte[length];
                    for (int k = 0; k < length; k++) {
                        // mostly small values, so that sizes and counts are often plausible
                        bytes[k] = (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : r.nextInt(3));
                    }
                    Protocol p = PROTOCOLS.get(pi);
                    String whole = lines(p, bytes, null);
                    assertEquals(whole, lines(p, bytes, new SplittableRandom(seed ^ 0x5DEECE66DL)), p.name() + " " + java.util.HexFormat.of().formatHex(bytes));
                });
    }
}
