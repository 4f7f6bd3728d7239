package io.github.qdatastream.codec.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.Codecs;
import io.github.qdatastream.codec.CorruptDataException;
import io.github.qdatastream.codec.Limits;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QMap;
import io.github.qdatastream.codec.QPair;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.QVariant;
import io.github.qdatastream.codec.SizeLimitExceededException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.StreamVersion;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.TypeExpression;
import io.github.qdatastream.codec.VariantRegistry;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

    static final MethodHandles.Lookup L = MethodHandles.lookup();

    record Stop(String city, @QType("quint16") int minutes) {}

    record Route(@QType("quint8") int id, @QType("QList<Stop>") List<Stop> stops, Stop first,
                 @QType("QMap<QString,Stop>") QMap<String, Stop> byName, @QType("QPair<qint16,Stop>") QPair<Short, Stop> pair,
                 List<Integer> plain, QVariant extra) {}

    record Tree(String label, List<Tree> children) {}

    record Everything(byte b, short s, int i, long l, boolean z, float f, double d, char c, String str,
                      @QType("quint8") int u8, @QType("quint16") Integer u16, @QType("quint32") long u32,
                      @QType("quint64") long u64, QDate date, QTime time, @QType("QStringList") List<String> names,
                      @QType("rawData(2)") io.github.qdatastream.codec.QByteArray magic) {}

    /** Each component written by the codec of its type expression, one after the other. */
    static byte[] byExpressions(StreamOptions o, String[] types, Object[] values) {
        QDataWriter w = new QDataWriter(o);
        for (int i = 0; i < types.length; i++) {
            TypeExpression.parse(types[i]).codec().write(w, values[i]);
        }
        return w.toByteArray();
    }

    @Test
    void componentsAreWrittenInDeclarationOrderByTheirTypeExpressions() {
        Codec<Everything> c = RecordCodec.of(Everything.class, L);
        Everything e = new Everything((byte) -1, (short) -2, 3, -4L, true, 1.5f, -2.25, 'é', "Zürich", 255, 65535,
                4_000_000_000L, -1L, QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), List.of("a", "b"),
                io.github.qdatastream.codec.QByteArray.of((byte) 0xCA, (byte) 0xFE));
        String[] types = {"qint8", "qint16", "qint32", "qint64", "bool", "float", "double", "QChar", "QString",
                "quint8", "quint16", "quint32", "quint64", "QDate", "QTime", "QStringList", "rawData(2)"};
        Object[] values = Arrays.stream(Everything.class.getRecordComponents()).map(rc -> {
            try {
                return rc.getAccessor().invoke(e);
            } catch (ReflectiveOperationException x) {
                throw new AssertionError(x);
            }
        }).toArray();
        for (StreamVersion v : new StreamVersion[]{StreamVersion.Qt_4_0, StreamVersion.Qt_5_15, StreamVersion.Qt_6_0}) {
            StreamOptions o = StreamOptions.DEFAULT.withVersion(v);
            byte[] bytes = c.encode(e, o);
            assertArrayEquals(byExpressions(o, types, values), bytes, v.toString());
            assertEquals(e, c.decode(bytes, o));
        }
        assertEquals("Everything", c.typeName());
    }

    @Test
    void nestedRecordsAndContainersOfRecordsRoundTrip() {
        Codec<Route> c = RecordCodec.of(Route.class, L);
        Stop a = new Stop("Berlin", 0);
        Stop b = new Stop("München", 276);
        Route r = new Route(7, List.of(a, b), a, QMap.ofEntries(new QPair<>("b", b)), new QPair<>((short) -3, b),
                List.of(1, 2), QVariant.of(5));
        byte[] bytes = c.encode(r);
        assertEquals(r, c.decode(bytes));
        // QList<Stop> is a QList of (QString, quint16) pairs on the wire
        Codec<Object> stops = TypeExpression.parse("QList<QPair<QString,quint16>>").codec();
        QDataReader in = new QDataReader(bytes);
        in.readUInt8();
        assertEquals(List.of(new QPair<>("Berlin", 0), new QPair<>("München", 276)), stops.read(in));
    }

    @Test
    void aRecordThatContainsItselfRoundTripsAndItsDepthIsBounded() {
        Codec<Tree> c = RecordCodec.of(Tree.class, L);
        Tree t = new Tree("root", List.of(new Tree("a", List.of()), new Tree("b", List.of(new Tree("c", List.of())))));
        assertEquals(t, c.decode(c.encode(t)));
        Tree deep = new Tree("leaf", List.of());
        for (int i = 0; i < 10; i++) deep = new Tree("n" + i, List.of(deep));
        byte[] bytes = c.encode(deep);
        StreamOptions shallow = StreamOptions.DEFAULT.withLimits(Limits.DEFAULT.withMaxDepth(5));
        QDataStreamException e = assertThrows(QDataStreamException.class, () -> c.decode(bytes, shallow));
        assertInstanceOf(SizeLimitExceededException.class, e);
        assertTrue(e.getMessage().contains("Tree.children"), e.getMessage());
    }

    @Test
    void recordsAreQVariantUserTypesByName() {
        Codec<Stop> stop = RecordCodec.of(Stop.class, L);
        VariantRegistry registry = VariantRegistry.DEFAULT.with(stop.typeName(), stop);
        Codec<QVariant> variants = registry.variantCodec();
        QVariant v = QVariant.of(stop, new Stop("Köln", 12));
        assertEquals("Stop", v.typeName());
        StreamOptions o = StreamOptions.DEFAULT.withVersion(StreamVersion.Qt_5_15);
        byte[] bytes = variants.encode(v, o);
        QVariant back = variants.decode(bytes, o);
        assertEquals(new Stop("Köln", 12), back.get(stop));
        // user type id 1024, the null flag, then the name "Stop" and the record's components
        assertEquals(1024, new QDataReader(bytes, o).readUInt32());
        // and a QList<Stop> of a registered record type is a type expression like any other
        assertEquals(List.of(new Stop("x", 1)), TypeExpression.parse("QList<Stop>", registry).codec(registry)
                .decode(Codecs.list(stop).encode(List.of(new Stop("x", 1)))));
    }

    record BadWidth(@QType("quint16") short minutes) {}

    record BadList(@QType("QList<qint32>") List<Long> values) {}

    record BadName(@QType("QStrin") String s) {}

    record BadRecordType(@QType("qint32") Stop stop) {}

    @QTypes({"qint32"})
    record BadCount(int a, int b) {}

    record Raw(List<?> values) {}

    @Test
    void derivationNamesTheComponentWhoseJavaTypeDoesNotFit() {
        assertEquals("BadWidth.minutes: quint16 is int (or Integer) in Java, not short",
                assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(BadWidth.class, L)).getMessage());
        assertEquals("BadList.values element: qint32 is int (or Integer) in Java, not Long",
                assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(BadList.class, L)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(BadName.class, L)).getMessage()
                .startsWith("BadName.s: bad type expression at position 0: unknown type name 'QStrin'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(BadRecordType.class, L)).getMessage()
                .startsWith("BadRecordType.stop: qint32 is int (or Integer) in Java, not Stop"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(BadCount.class, L)).getMessage()
                .startsWith("BadCount: 1 type expressions for 2 components"));
        String raw = assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(Raw.class, L)).getMessage();
        assertTrue(raw.startsWith("Raw.values element: Java type ?"), raw);
    }

    @Test
    void badBytesFailWithTheCodecsExceptionsNamingTheComponent() {
        Codec<Stop> c = RecordCodec.of(Stop.class, L);
        byte[] ok = c.encode(new Stop("Berlin", 5));
        TruncatedInputException t = assertThrows(TruncatedInputException.class,
                () -> c.decode(Arrays.copyOf(ok, ok.length - 1)));
        assertTrue(t.getMessage().startsWith("Stop.minutes: truncated input: "), t.getMessage());
        assertEquals(1, t.missing());
        byte[] odd = ok.clone();
        odd[3] = 3; // an odd QString byte count
        CorruptDataException e = assertThrows(CorruptDataException.class, () -> c.decode(odd));
        assertTrue(e.getMessage().startsWith("Stop.city: corrupt data: QString"), e.getMessage());
        byte[] huge = {0x7f, 0, 0, 0};
        SizeLimitExceededException s = assertThrows(SizeLimitExceededException.class, () -> c.decode(huge));
        assertTrue(s.getMessage().startsWith("Stop.city: size limit exceeded"), s.getMessage());
        Codec<Route> route = RecordCodec.of(Route.class, L);
        TruncatedInputException nested = assertThrows(TruncatedInputException.class, () -> route.decode(new byte[]{7, 0, 0, 0, 1, 0, 0, 0, 4, 0}));
        assertTrue(nested.getMessage().startsWith("Route.stops: Stop.city: truncated input"), nested.getMessage());
    }

    record Checked(@QType("quint8") int value) {
        Checked {
            if (value == 13) throw new IllegalArgumentException("13 is unlucky");
        }
    }

    @Test
    void aConstructorThatRefusesDecodedValuesIsCorruptDataAndWriteErrorsNameTheComponent() {
        Codec<Checked> c = RecordCodec.of(Checked.class, L);
        CorruptDataException e = assertThrows(CorruptDataException.class, () -> c.decode(new byte[]{13}));
        assertTrue(e.getMessage().contains("13 is unlucky"), e.getMessage());
        Codec<Stop> stop = RecordCodec.of(Stop.class, L);
        IllegalArgumentException w = assertThrows(IllegalArgumentException.class, () -> stop.encode(new Stop("x", 70000)));
        assertTrue(w.getMessage().startsWith("Stop.minutes: "), w.getMessage());
    }
}
