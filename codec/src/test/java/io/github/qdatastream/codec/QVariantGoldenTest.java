package io.github.qdatastream.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * QVariant against real Qt 5.15: {@code qvariant/qt5-qvariants.txt} is written by
 * {@code qvariant/generate_qvariants.py} (PyQt5). Every vector decodes to the type Qt named and
 * re-encodes to the same bytes; a type without a codec in this library is rejected as corrupt data.
 */
class QVariantGoldenTest {

    record Vector(StreamVersion version, String label, String typeName, int metaType, byte[] bytes) {
        @Override
        public String toString() {
            return version + " " + label;
        }
    }

    static final VariantRegistry REGISTRY = VariantRegistry.DEFAULT.with("PyQt_PyObject", Codecs.QBYTEARRAY);

    static List<Vector> vectors() throws IOException {
        List<Vector> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                QVariantGoldenTest.class.getResourceAsStream("qvariant/qt5-qvariants.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                out.add(new Vector(StreamVersion.parse(f[0]), f[1], f[2].equals("-") ? null : f[2],
                        Integer.parseInt(f[3]), HexFormat.of().parseHex(f[4])));
            }
        }
        return out;
    }

    @Test
    void theVectorsCoverEveryStreamVersionGroup() throws IOException {
        List<Vector> v = vectors();
        assertTrue(v.size() > 200, "vectors: " + v.size());
        for (String version : new String[]{"Qt_3_3", "Qt_4_0", "Qt_4_2", "Qt_4_6", "Qt_5_0", "Qt_5_15"}) {
            assertTrue(v.stream().anyMatch(x -> x.version().name().equals(version)), version);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQtVariantDecodesToItsTypeAndReencodesIdentically() throws IOException {
        Codec<QVariant> codec = REGISTRY.variantCodec();
        return vectors().stream().map(v -> DynamicTest.dynamicTest(v.toString(), () -> {
            StreamOptions o = StreamOptions.of(v.version());
            if (v.typeName() != null && REGISTRY.variantType(v.typeName()) == null) {
                CorruptDataException e = assertThrows(CorruptDataException.class, () -> codec.decode(v.bytes(), o));
                assertTrue(e.getMessage().contains(v.typeName()), e.getMessage());
                return;
            }
            QVariant decoded = codec.decode(v.bytes(), o);
            assertEquals(v.typeName(), decoded.typeName());
            assertArrayEquals(v.bytes(), codec.encode(decoded, o), () -> "re-encoding " + decoded);
            assertEquals(decoded, codec.decode(codec.encode(decoded, o), o));
        }));
    }

    @TestFactory
    Stream<DynamicTest> aVariantBuiltInJavaEncodesAsQtDoes() throws IOException {
        // The same values as the generator, built in Java.
        List<Object[]> cases = List.of(
                new Object[]{"int", QVariant.of(-7)},
                new Object[]{"bool", QVariant.of(true)},
                new Object[]{"double", QVariant.of(1.25)},
                new Object[]{"qlonglong", QVariant.of(-5_000_000_000L)},
                new Object[]{"float", QVariant.of("float", 1.5f)},
                new Object[]{"long", QVariant.of("long", -3L)},
                new Object[]{"short", QVariant.of("short", (short) -2)},
                new Object[]{"char", QVariant.of("char", (byte) 65)},
                new Object[]{"schar", QVariant.of("signed char", (byte) -5)},
                new Object[]{"uchar", QVariant.of("uchar", 200)},
                new Object[]{"string", QVariant.of("München")},
                new Object[]{"string-null", QVariant.of((String) null)},
                new Object[]{"invalid", QVariant.INVALID},
                new Object[]{"list-empty", QVariant.of("QVariantList", List.of())},
                new Object[]{"qstringlist", QVariant.of("QStringList", List.of("a", "", "b"))},
                new Object[]{"date", QVariant.of("QDate", QDate.of(2026, 12, 24))},
                new Object[]{"time", QVariant.of("QTime", QTime.of(8, 0, 0, 5))});
        List<Vector> all = vectors();
        List<DynamicTest> tests = new ArrayList<>();
        for (Object[] c : cases) {
            for (Vector v : all) {
                if (!v.label().equals(c[0])) continue;
                QVariant value = (QVariant) c[1];
                if (v.label().equals("date") && v.version() == StreamVersion.Qt_3_3) continue;
                tests.add(DynamicTest.dynamicTest(v.toString(), () -> assertEquals(
                        HexFormat.of().formatHex(v.bytes()),
                        HexFormat.of().formatHex(REGISTRY.variantCodec().encode(value, StreamOptions.of(v.version()))))));
            }
        }
        assertTrue(tests.size() > 80, "matched " + tests.size());
        return tests.stream();
    }
}
