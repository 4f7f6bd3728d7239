package io.github.qdatastream.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * QVariant's Qt-style conversions against real Qt 6.11: {@code values/qt6-conversions.txt} is written
 * by {@code interop/values/conversions.py} in the sid chroot (PyQt6 / Qt 6.11.2). Each line is a
 * variant Qt built and streamed, and what Qt's toBool/toInt/toUInt/toLongLong/toULongLong/toDouble/
 * toString give for it.
 */
class QVariantConversionsTest {

    static final StreamOptions QT_5_15 = StreamOptions.DEFAULT.withVersion(StreamVersion.Qt_5_15);

    record Row(String label, QVariant variant, String[] columns) {
        @Override
        public String toString() {
            return label;
        }
    }

    static List<Row> rows(String resource) throws IOException {
        List<Row> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                QVariantConversionsTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                out.add(new Row(f[0], QVariant.CODEC.decode(HexFormat.of().parseHex(f[1]), QT_5_15), f));
            }
        }
        return out;
    }

    static OptionalLong expectedLong(String column, boolean unsigned) {
        String[] p = column.split(":");
        if (p[1].equals("0")) {
            assertEquals("0", p[0], "Qt gives 0 when not ok");
            return OptionalLong.empty();
        }
        return OptionalLong.of(unsigned ? Long.parseUnsignedLong(p[0]) : Long.parseLong(p[0]));
    }

    @Test
    void theTableComesFromQt611AndCoversEverySourceKind() throws IOException {
        List<Row> rows = rows("values/qt6-conversions.txt");
        assertTrue(rows.size() >= 80, "rows: " + rows.size());
        for (String type : new String[]{"bool", "int", "uint", "qlonglong", "qulonglong", "short", "ushort", "char",
                "signed char", "uchar", "long", "double", "float", "QString", "QByteArray", "QChar", "QDate", "QTime",
                "QDateTime", "QStringList"}) {
            assertTrue(rows.stream().anyMatch(r -> type.equals(r.variant().typeName())), type);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyConversionIsTheOneQt611Performs() throws IOException {
        return rows("values/qt6-conversions.txt").stream().map(row -> DynamicTest.dynamicTest(row.label(), () -> {
            QVariant v = row.variant();
            String[] c = row.columns();
            assertEquals(c[2].equals("1"), v.toBool(), "toBool");
            OptionalLong i = expectedLong(c[3], false);
            assertEquals(i.isPresent() ? java.util.OptionalInt.of((int) i.getAsLong()) : java.util.OptionalInt.empty(),
                    v.convertToInt(), "toInt");
            assertEquals(expectedLong(c[4], false), v.convertToUInt(), "toUInt");
            assertEquals(expectedLong(c[5], false), v.convertToLongLong(), "toLongLong");
            assertEquals(expectedLong(c[6], true), v.convertToULongLong(), "toULongLong");
            String[] d = c[7].split(":");
            OptionalDouble expected = d[1].equals("1")
                    ? OptionalDouble.of(Double.longBitsToDouble(Long.parseUnsignedLong(d[0], 16))) : OptionalDouble.empty();
            assertEquals(expected, v.convertToDouble(), "toDouble");
            assertEquals(new String(HexFormat.of().parseHex(c[8]), StandardCharsets.UTF_8), v.toQString(), "toString");
            assertEquals(v.convertToInt().orElse(0), v.toInt(), "toInt without ok");
        }));
    }
}
