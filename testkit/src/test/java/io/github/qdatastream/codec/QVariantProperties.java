package io.github.qdatastream.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.qdatastream.testkit.QtValues;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QVariantProperties {

    private static StreamOptions options(int versionIndex, boolean little, boolean single) {
        StreamOptions o = StreamOptions.of(QtValues.VERSIONS.get(versionIndex));
        if (little) o = o.withByteOrder(ByteOrder.LITTLE_ENDIAN);
        if (single) o = o.withFloatPrecision(FloatPrecision.SINGLE);
        return o;
    }

    @Test
    void everyVariantSurvivesWireToValueToWire() {
        qt().withExamples(3000).forAll(longs().all(), integers().between(0, QtValues.VERSIONS.size() - 1))
                .checkAssert((seed, vi) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    StreamOptions o = options(vi, r.nextInt(4) == 0, r.nextInt(4) == 0);
                    QVariant v = QtValues.variant(o.version(), r, 3);
                    byte[] bytes = QVariant.CODEC.encode(v, o);
                    QVariant back = QVariant.CODEC.decode(bytes, o);
                    assertArrayEquals(bytes, QVariant.CODEC.encode(back, o), () -> "seed " + seed + " " + v);
                    assertEquals(back, QVariant.CODEC.decode(QVariant.CODEC.encode(back, o), o));
                });
    }

    @Test
    void everyTypeIdOfEveryNumberingRoundTripsOrIsNamedAsUnreadable() {
        for (StreamVersion version : new StreamVersion[]{StreamVersion.Qt_3_3, StreamVersion.Qt_4_0,
                StreamVersion.Qt_4_2, StreamVersion.Qt_5_0, StreamVersion.Qt_5_15, StreamVersion.Qt_6_0, StreamVersion.Qt_6_10}) {
            StreamOptions o = StreamOptions.of(version);
            for (Map.Entry<Long, String> e : VariantTypes.all(version).entrySet()) {
                long id = e.getKey();
                String name = e.getValue();
                TypeExpression t = VariantRegistry.DEFAULT.variantType(name);
                if (t == null) {
                    byte[] bytes = new QDataWriter(o).writeUInt32(id).writeInt8(0).writeInt32(0).toByteArray();
                    CorruptDataException x = assertThrows(CorruptDataException.class,
                            () -> QVariant.CODEC.decode(bytes, o), () -> version + " " + name);
                    assertTrue(x.getMessage().contains(name) && x.getMessage().contains("id " + id), x.getMessage());
                    continue;
                }
                for (int i = 0; i < 20; i++) {
                    SplittableRandom r = new SplittableRandom(id * 1000 + i);
                    QVariant v = QVariant.of(name, QtValues.value(t, version, r));
                    byte[] bytes = QVariant.CODEC.encode(v, o);
                    assertEquals(id, new QDataReader(bytes, o).readUInt32(), () -> version + " " + name);
                    QVariant back = QVariant.CODEC.decode(bytes, o);
                    assertEquals(name, back.typeName());
                    assertEquals(id, back.typeId());
                    assertArrayEquals(bytes, QVariant.CODEC.encode(back, o), () -> version + " " + v);
                }
            }
        }
    }

    @Test
    void truncationAtEveryCutIsTruncatedInput() {
        qt().withExamples(400).forAll(longs().all(), integers().between(0, QtValues.VERSIONS.size() - 1))
                .checkAssert((seed, vi) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    StreamOptions o = options(vi, r.nextBoolean(), false);
                    byte[] bytes = QVariant.CODEC.encode(QtValues.variant(o.version(), r, 2), o);
                    for (int cut = 0; cut < bytes.length; cut++) {
                        byte[] part = Arrays.copyOf(bytes, cut);
                        TruncatedInputException e = assertThrows(TruncatedInputException.class,
                                () -> QVariant.CODEC.decode(part, o), () -> "seed " + seed + " " + HexFormat.of().formatHex(part));
                        assertTrue(e.missing() > 0);
                    }
                });
    }

    @Test
    void nestingDeeperThanTheLimitIsSizeLimitExceeded() {
        qt().withExamples(60).forAll(integers().between(1, 40), integers().between(0, 3)).checkAssert((limit, vi) -> {
            StreamVersion version = new StreamVersion[]{StreamVersion.Qt_4_0, StreamVersion.Qt_4_2,
                    StreamVersion.Qt_5_15, StreamVersion.Qt_6_7}[vi];
            StreamOptions o = StreamOptions.of(version).withLimits(Limits.DEFAULT.withMaxDepth(limit));
            QVariant v = QVariant.of(7);
            for (int i = 1; i < limit; i++) v = QVariant.of("QVariantList", java.util.List.of(v));
            byte[] ok = QVariant.CODEC.encode(v, o);
            assertEquals(v, QVariant.CODEC.decode(ok, o));
            byte[] deeper = QVariant.CODEC.encode(QVariant.of("QVariant", v), o);
            SizeLimitExceededException e = assertThrows(SizeLimitExceededException.class,
                    () -> QVariant.CODEC.decode(deeper, o));
            assertEquals((long) limit, e.limit());
        });
    }

    @Test
    void mutatedBytesDecodeOrRaiseTheProtocolErrorAndDecodedValuesAreStable() {
        qt().withExamples(5000).forAll(longs().all(), integers().between(0, QtValues.VERSIONS.size() - 1))
                .checkAssert((seed, vi) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    StreamOptions o = options(vi, r.nextBoolean(), r.nextInt(4) == 0)
                            .withLimits(new Limits(4096, 512, 16));
                    byte[] bytes = QVariant.CODEC.encode(QtValues.variant(o.version(), r, 3), o);
                    if (r.nextInt(5) == 0) {
                        bytes = new byte[r.nextInt(40)];
                        r.nextBytes(bytes);
                    } else {
                        for (int i = r.nextInt(1, 4); i > 0 && bytes.length > 0; i--) {
                            bytes[r.nextInt(bytes.length)] = (byte) (r.nextBoolean() ? r.nextInt(256) : 0xff);
                        }
                    }
                    QVariant v;
                    try {
                        v = QVariant.CODEC.decode(bytes, o);
                    } catch (QDataStreamException expected) {
                        return;
                    }
                    byte[] again = QVariant.CODEC.encode(v, o);
                    assertArrayEquals(again, QVariant.CODEC.encode(QVariant.CODEC.decode(again, o), o));
                });
    }
}
