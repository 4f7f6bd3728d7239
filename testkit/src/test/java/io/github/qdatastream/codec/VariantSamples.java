package io.github.qdatastream.codec;

import io.github.qdatastream.testkit.QtValues;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Prints random QVariants as this codec writes them, one {@code <stream version>\t<hex>} line
 * each, for the differential check against real Qt ({@code qvariant/qt_reads_back.py}):
 *
 * <pre>
 *   mvn -q -ntp -pl testkit -am test-compile
 *   java -cp codec/target/classes:testkit/target/classes:testkit/target/test-classes io.github.qdatastream.codec.VariantSamples 3000 \
 *     | /usr/bin/python3 codec/src/test/resources/io/github/qdatastream/codec/qvariant/qt_reads_back.py
 * </pre>
 *
 * Only Qt 4 and Qt 5 stream versions (Qt 5.15 is the Qt at hand), and no user types that a Qt
 * program would have to register first.
 */
public final class VariantSamples {

    private VariantSamples() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        StreamVersion[] versions = {StreamVersion.Qt_4_0, StreamVersion.Qt_4_2, StreamVersion.Qt_4_6,
                StreamVersion.Qt_5_0, StreamVersion.Qt_5_2, StreamVersion.Qt_5_15};
        int n = 0;
        for (long seed = 0; n < count; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            StreamVersion v = versions[r.nextInt(versions.length)];
            QVariant q = QtValues.variant(v, r, 3);
            String s = q.toString();
            if (s.contains("QList<int>") || s.contains("QMap<QString,QList<QDate>>")) {
                continue; // Qt knows these names only once a program registers them
            }
            if (!v.atLeast(StreamVersion.Qt_5_0) && s.contains("void")) {
                continue; // Qt 5 maps a Qt 4 stream's void id onto QMetaType::Void, which it cannot construct
            }
            System.out.println(v.name() + "\t" + HexFormat.of().formatHex(QVariant.CODEC.encode(q, StreamOptions.of(v))));
            n++;
        }
    }
}
