package io.github.qdatastream.harness.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.qdatastream.codec.QByteArray;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QMap;
import io.github.qdatastream.codec.QPair;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.QVariant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

    private static String json(String type, Object value) {
        return JsonValues.write(JsonValues.toJson(type, value));
    }

    private static Object value(String type, String json) {
        return JsonValues.fromJson(type, JsonValues.parse(json));
    }

    @Test
    void aRawVariantIsTypeIdAndHexAndReadsBack() {
        QVariant raw = QVariant.raw("MyType", 127, QByteArray.of((byte) 0, (byte) 0xab)).asUserType(true).withNull(true);
        String text = json("QVariant", raw);
        assertEquals("{\"type\":\"MyType\",\"user\":true,\"null\":true,\"id\":127,\"hex\":\"00ab\"}", text);
        assertEquals(raw, value("QVariant", text));
        assertEquals(QVariant.raw("QFont", -1, QByteArray.of()), value("QVariant", "{\"type\":\"QFont\",\"hex\":\"\"}"));
        QVariant named = QVariant.raw("invalid", -1, QByteArray.of()).asUserType(true);
        assertEquals(named, value("QVariant", json("QVariant", named)));
        // Nested raw variants have a JSON form too (encoding them is the caller's business).
        assertEquals("[" + text + "]", json("QVariantList", List.of(raw)));
    }

    @Test
    void anExponentBeyondIntRangeIsMalformedJsonNotANumberFormatException() {
        // Jackson reads decimals as BigDecimal here and throws NumberFormatException for this one.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonValues.parse("[-11e9999556044]"));
        assertEquals(IllegalArgumentException.class, e.getClass());
        assertTrue(e.getMessage().startsWith("malformed JSON: "), e.getMessage());
        assertTrue(e.getCause() instanceof NumberFormatException, String.valueOf(e.getCause()));
    }

    @Test
    void malformedRawVariantsAreRejectedWithThePath() {
        for (String bad : List.of("{\"type\":\"QFont\",\"hex\":\"0\"}", "{\"type\":\"QFont\",\"hex\":null}",
                "{\"type\":\"QFont\",\"hex\":\"00\",\"value\":1}", "{\"type\":\"invalid\",\"hex\":\"\"}",
                "{\"type\":\"QFont\",\"id\":64}", "{\"type\":\"QFont\",\"id\":-1,\"hex\":\"\"}",
                "{\"type\":\"QFont\",\"id\":4294967296,\"hex\":\"\"}", "{\"type\":\"\",\"hex\":\"\"}",
                "{\"type\":\"a\\u0000b\",\"hex\":\"\"}")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> value("QVariant", bad), bad);
            assertTrue(e.getMessage().startsWith("$"), e.getMessage());
        }
    }

    @Test
    void sixtyFourBitIntegersAreDecimalStrings() {
        assertEquals("\"-9223372036854775808\"", json("qint64", Long.MIN_VALUE));
        assertEquals("\"18446744073709551615\"", json("quint64", -1L));
        assertEquals(-1L, value("quint64", "\"18446744073709551615\""));
        assertEquals(5L, value("qint64", "5"));
        assertThrows(IllegalArgumentException.class, () -> value("quint64", "\"18446744073709551616\""));
        assertThrows(IllegalArgumentException.class, () -> value("qint64", "\"1e3\""));
    }

    @Test
    void floatingPointSpecialsAreStrings() {
        assertEquals("\"-0.0\"", json("double", -0.0));
        assertEquals("\"NaN\"", json("double", Double.NaN));
        assertEquals("\"NaN(0x7ff0000000000001)\"", json("double", Double.longBitsToDouble(0x7ff0000000000001L)));
        assertEquals("\"NaN(0x7fc00001)\"", json("float", Float.intBitsToFloat(0x7fc00001)));
        assertEquals("\"-Infinity\"", json("float", Float.NEGATIVE_INFINITY));
        assertEquals(0x7ff0000000000001L, Double.doubleToRawLongBits((Double) value("double", "\"NaN(0x7ff0000000000001)\"")));
        assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits((Float) value("float", "\"-0.0\"")));
        assertEquals(0.1f, value("float", "0.1"));
        assertEquals(1.5, value("double", "1.5"));
        assertThrows(IllegalArgumentException.class, () -> value("double", "\"NaN(0x0000000000000001)\""));
        assertThrows(IllegalArgumentException.class, () -> value("float", "1e60"));
    }

    @Test
    void nullAndEmptyStayApart() {
        assertEquals("null", json("QString", null));
        assertEquals("\"\"", json("QString", ""));
        assertEquals("null", json("QByteArray", null));
        assertEquals("\"\"", json("QByteArray", QByteArray.EMPTY));
        assertNull(value("QString", "null"));
        assertEquals("", value("QString", "\"\""));
        assertEquals(QByteArray.of((byte) 0, (byte) 0xff), value("const char*", "\"00FF\""));
    }

    @Test
    void loneSurrogatesAreEscaped() {
        assertEquals("\"a\\ud800b\"", json("QString", "a\ud800b"));
        assertEquals("a\ud800b", value("QString", "\"a\\ud800b\""));
        assertEquals('\udc00', value("QChar", "\"\\udc00\""));
    }

    @Test
    void mapsKeepWireOrderAndDuplicates() {
        QMap<String, Integer> m = QMap.ofEntries(QPair.of("b", 1), QPair.of("a", 2), QPair.of("a", 3));
        assertEquals("[[\"b\",1],[\"a\",2],[\"a\",3]]", json("QMap<QString,int>", m));
        assertEquals(m, value("QMap<QString,int>", "[[\"b\",1],[\"a\",2],[\"a\",3]]"));
    }

    @Test
    void datesOutsideTheCalendarUseJulianDays() {
        assertEquals("\"2026-12-24\"", json("QDate", QDate.of(2026, 12, 24)));
        assertEquals("{\"jd\":0}", json("QDate", QDate.ofJulianDay(0)));
        assertEquals("null", json("QDate", QDate.NULL));
        assertEquals(QDate.ofJulianDay(-5), value("QDate", "{\"jd\": -5}"));
        assertEquals("{\"ms\":4294967294}", json("QTime", QTime.ofMsecs(-2)));
        assertEquals("\"08:00:00.005\"", json("QTime", QTime.of(8, 0, 0, 5)));
        assertEquals(QTime.NULL, value("QTime", "null"));
        assertThrows(IllegalArgumentException.class, () -> value("QDate", "\"2026-02-30\""));
        assertThrows(IllegalArgumentException.class, () -> value("QTime", "\"24:00:00.000\""));
    }

    @Test
    void variantsCarryTheirTypeNullFlagAndUserFlag() {
        assertEquals("{\"type\":\"int\",\"value\":5}", json("QVariant", QVariant.of(5)));
        assertEquals("{\"type\":\"invalid\"}", json("QVariant", QVariant.INVALID));
        assertEquals("{\"type\":\"QString\",\"null\":true,\"value\":null}", json("QVariant", QVariant.of((String) null)));
        QVariant user = QVariant.of("QList<int>", List.of(1)).asUserType(true);
        assertEquals("{\"type\":\"QList<int>\",\"user\":true,\"value\":[1]}", json("QVariant", user));
        assertEquals(user, value("QVariant", "{\"type\":\"QList<int>\",\"user\":true,\"value\":[1]}"));
        assertEquals(QVariant.of("QVariantMap", QMap.ofEntries(QPair.of("k", QVariant.of(true)))),
                value("QVariant",
                        "{\"type\":\"QVariantMap\",\"value\":[[\"k\",{\"type\":\"bool\",\"value\":true}]]}"));
    }

    @Test
    void badInputNamesThePathAndWhatWasExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> value("QList<QMap<QString,qint8>>", "[[[\"a\", 1]], [[\"b\", 300]]]"));
        assertTrue(e.getMessage().startsWith("$[1][0][1]: qint8 out of range"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> value("QVariant", "{\"type\":\"Nope\",\"value\":1}"));
        assertTrue(e.getMessage().contains("$.type") && e.getMessage().contains("Nope"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> value("QPair<int,int>", "[1]"));
        assertTrue(e.getMessage().contains("[first, second]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> JsonValues.parse("[1,"));
        assertTrue(e.getMessage().startsWith("malformed JSON"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JsonValues.parse("1 2"));
        assertThrows(IllegalArgumentException.class, () -> JsonValues.parse("{\"type\":\"int\",\"type\":\"QString\"}"));
    }

    @Test
    void deeplyNestedVariantJsonIsRejectedNotAStackOverflow() {
        // 300 levels: within Jackson's nesting limit (1000), beyond JsonValues.MAX_DEPTH (256).
        JsonNode n = JsonValues.parse(nestedVariants(300));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonValues.fromJson("QVariant", n));
        assertTrue(e.getMessage().contains("deeper than " + JsonValues.MAX_DEPTH), e.getMessage());
        assertEquals(QVariant.of(1), value("QVariant", nestedVariants(0)));
        // 5000 levels: Jackson's own nesting limit rejects the text first, also as malformed JSON.
        e = assertThrows(IllegalArgumentException.class, () -> JsonValues.parse(nestedVariants(5000)));
        assertTrue(e.getMessage().startsWith("malformed JSON: "), e.getMessage());
    }

    private static String nestedVariants(int levels) {
        return "{\"type\":\"QVariant\",\"value\":".repeat(levels) + "{\"type\":\"int\",\"value\":1}" + "}".repeat(levels);
    }

    @Test
    void hugeExponentsAreRangeErrorsWithoutExpandingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> value("qint64", "1e999999999"));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> value("qint32", "-1e999999999"));
        assertThrows(IllegalArgumentException.class, () -> value("qint32", "1e-999999999"));
        assertThrows(IllegalArgumentException.class, () -> value("double", "1e999999999"));
        assertEquals(100, value("qint32", "1e2"));
    }
}
