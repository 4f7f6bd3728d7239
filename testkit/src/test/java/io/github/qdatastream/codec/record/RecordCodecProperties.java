package io.github.qdatastream.codec.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QMap;
import io.github.qdatastream.codec.QPair;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.QVariant;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.StreamVersion;
import io.github.qdatastream.codec.TypeExpression;
import io.github.qdatastream.testkit.QtValues;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Derived record codecs, as laws over random shapes and values. */
class RecordCodecProperties {

    record R1(Object a) {}
    record R2(Object a, Object b) {}
    record R3(Object a, Object b, Object c) {}
    record R4(Object a, Object b, Object c, Object d) {}
    record R6(Object a, Object b, Object c, Object d, Object e, Object f) {}

    static final List<Class<? extends Record>> SHAPES = List.of(R1.class, R2.class, R3.class, R4.class, R6.class);

    static StreamOptions options(SplittableRandom r) {
        StreamVersion v = QtValues.VERSIONS.get(r.nextInt(QtValues.VERSIONS.size()));
        StreamOptions o = StreamOptions.of(v);
        return r.nextInt(4) == 0 ? o.withByteOrder(ByteOrder.LITTLE_ENDIAN) : o;
    }

    /**
     * A record of 1 to 6 components, each of a random type expression (nested containers, QVariant,
     * every leaf): the derived codec writes exactly the components' codecs one after the other, and
     * reads back the record.
     */
    @Test
    void aDerivedCodecOfAnyShapeIsItsComponentsCodecsInDeclarationOrder() {
        qt().withExamples(600).forAll(longs().all(), integers().between(0, SHAPES.size() - 1)).checkAssert((seed, shape) -> {
            SplittableRandom r = new SplittableRandom(seed);
            StreamOptions o = options(r);
            Class<? extends Record> type = SHAPES.get(shape);
            RecordComponent[] comps = type.getRecordComponents();
            String[] types = new String[comps.length];
            Object[] values = new Object[comps.length];
            QDataWriter expected = new QDataWriter(o);
            for (int i = 0; i < comps.length; i++) {
                types[i] = QtValues.typeText(r, 3);
                TypeExpression t = TypeExpression.parse(types[i]);
                values[i] = QtValues.value(t, o.version(), r);
                t.codec().write(expected, values[i]);
            }
            Record value = construct(type, values);
            @SuppressWarnings("unchecked")
            Codec<Record> codec = (Codec<Record>) RecordCodec.builder(type).lookup(MethodHandles.lookup()).types(types).build();
            byte[] bytes = codec.encode(value, o);
            assertArrayEquals(expected.toByteArray(), bytes, () -> "seed " + seed + " " + List.of(types));
            Record back = codec.decode(bytes, o);
            assertArrayEquals(bytes, codec.encode(back, o), () -> "seed " + seed + " " + List.of(types));
        });
    }

    record Stop(String city, @QType("quint16") int minutes, QTime at) {}

    record Leg(@QType("quint8") int changes, Stop from, Stop to, @QType("QVector<Stop>") List<Stop> via,
               @QType("QHash<qint32,Stop>") QMap<Integer, Stop> index, QDate date, @QType("quint32") long distance,
               QVariant note) {}

    /** Nested records and containers of records, with random values: wire to record to wire is the identity. */
    @Test
    void nestedRecordsRoundTripAtEveryStreamVersion() {
        Codec<Leg> codec = RecordCodec.of(Leg.class, MethodHandles.lookup());
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            StreamOptions o = options(r);
            List<Stop> via = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) via.add(stop(r, o.version()));
            List<QPair<Integer, Stop>> index = new ArrayList<>();
            for (int i = r.nextInt(3); i > 0; i--) index.add(new QPair<>(r.nextInt(), stop(r, o.version())));
            Leg leg = new Leg(r.nextInt(256), stop(r, o.version()), stop(r, o.version()), via, new QMap<>(index),
                    (QDate) QtValues.value(TypeExpression.parse("QDate"), o.version(), r),
                    r.nextLong(1L << 32), QtValues.variant(o.version(), r, 2));
            byte[] bytes = codec.encode(leg, o);
            Leg back = codec.decode(bytes, o);
            assertArrayEquals(bytes, codec.encode(back, o), () -> "seed " + seed);
            assertEquals(leg.via(), back.via());
            assertEquals(leg.index(), back.index());
            QDataReader in = new QDataReader(bytes, o);
            assertEquals(leg.changes(), in.readUInt8());
        });
    }

    static Stop stop(SplittableRandom r, StreamVersion v) {
        return new Stop(QtValues.string(r), r.nextInt(65536),
                (QTime) QtValues.value(TypeExpression.parse("QTime"), v, r));
    }

    static Record construct(Class<? extends Record> type, Object[] values) {
        try {
            Class<?>[] params = new Class<?>[values.length];
            java.util.Arrays.fill(params, Object.class);
            var c = type.getDeclaredConstructor(params);
            return c.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
