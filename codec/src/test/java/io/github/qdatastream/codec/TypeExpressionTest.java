package io.github.qdatastream.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeExpressionTest {

    @Test
    void parsesNestedTemplatesWithSpaces() {
        TypeExpression t = TypeExpression.parse(" QMap < QString , QList< qint32 > > ");
        assertEquals("QMap<QString,QList<qint32>>", t.toString());
        assertEquals("QMap", t.name());
        assertEquals(2, t.arguments().size());
    }

    @Test
    void qtAliasesBecomeTheSizedNamesAndContainers() {
        assertEquals("QList<QPair<qint32,QString>>", TypeExpression.parse("QList<QPair<int,QString>>").toString());
        assertEquals("QMap<QString,QVariant>", TypeExpression.parse("QVariantMap").toString());
        assertEquals("QHash<QString,QVariant>", TypeExpression.parse("QVariantHash").toString());
        assertEquals("QList<QVariant>", TypeExpression.parse("QVariantList").toString());
        assertEquals("QList<QString>", TypeExpression.parse("QStringList").toString());
        assertEquals("const char*", TypeExpression.parse("const char *").toString());
        assertEquals("quint32", TypeExpression.parse("unsigned  int").toString());
        assertEquals("QVector<quint64>", TypeExpression.parse("QVector<qulonglong>").toString());
        assertEquals("QMap<qint8,quint8>", TypeExpression.parse("QMultiMap<char,uchar>").toString());
        for (String s : List.of("ushort", "short", "double", "float", "bool", "QLinkedList<QDate>", "QSet<QTime>",
                "QHash<qint64,QByteArray>", "QVariant", "QColor", "QPolygonF", "QDateTime", "QUuid")) {
            TypeExpression.parse(s).codec();
        }
    }

    @Test
    void malformedExpressionsGiveThePosition() {
        assertMessage("QList<", "position 6");
        assertMessage("QList<int", "position 9");
        assertMessage("QMap<int>", "takes 2 template arguments");
        assertMessage("QList<int,int>", "takes 1");
        assertMessage("QList", "needs 1 template argument");
        assertMessage("qint32<int>", "not a template");
        assertMessage("QMap<QString,Nope>", "position 13");
        assertMessage("int>", "position 3");
        assertMessage("", "position 0");
        assertMessage("QList<,>", "position 6");
    }

    /**
     * A type name may be many words long ({@code unsigned long long} is three); every message that
     * shows it shows at most 100 characters of it. Found by CI fuzzing: a 2,000-character name
     * before {@code <} made a message of twice that.
     */
    @Test
    void longNamesAreClippedInEveryMessage() {
        String longName = "QV " + "w ".repeat(3000) + "x";
        for (String text : List.of(longName + "<int>", longName, "QList<" + longName + ">",
                "QPair<int> " + longName, "QList<int,int" + longName.replace(' ', '_') + ">")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TypeExpression.parse(text));
            assertTrue(e.getMessage().length() < 500, e.getMessage().length() + ": " + e.getMessage());
            assertTrue(e.getMessage().contains("position"), e.getMessage());
        }
        String template = "QPair" + " ".repeat(5000) + "<int>";
        assertMessage(template, "QPair takes 2 template arguments, found 1");
        String longTemplate = "QList x".repeat(1000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TypeExpression.parse(longTemplate + "<int>"));
        assertTrue(e.getMessage().contains("QList xQList xQList") && e.getMessage().contains("... is not a template"),
                e.getMessage());
    }

    private static void assertMessage(String text, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TypeExpression.parse(text));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void rawDataNamesFixedBytesWithoutALengthField() {
        TypeExpression t = TypeExpression.parse("QPair<rawData( 4 ), quint16>");
        assertEquals("QPair<rawData(4),quint16>", t.toString());
        byte[] wire = HexFormat.of().parseHex("a1b2c3d40005");
        Object v = t.codec().decode(wire);
        assertEquals(new QPair<>(QByteArray.of((byte) 0xa1, (byte) 0xb2, (byte) 0xc3, (byte) 0xd4), 5), v);
        assertEquals("a1b2c3d40005", HexFormat.of().formatHex(t.codec().encode(v)));
        assertEquals(0, TypeExpression.parse("rawData(0)").codec().decode(new byte[0]) instanceof QByteArray b ? b.size() : -1);
        assertThrows(TruncatedInputException.class, () -> TypeExpression.parse("rawData(5)").codec().decode(new byte[4]));
        assertThrows(IllegalArgumentException.class, () -> TypeExpression.parse("rawData(2)").codec().encode(QByteArray.of((byte) 1)));
    }

    @Test
    void malformedRawDataGivesThePosition() {
        for (String bad : List.of("rawData()", "rawData(x)", "rawData(4", "rawData(-1)", "rawData(99999999999999999999999)",
                "rawData(1073741825)", "rawData", "QList<rawData>")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TypeExpression.parse(bad), bad);
            assertTrue(e.getMessage().contains("position"), e.getMessage());
        }
        assertEquals("rawData(1073741824)", TypeExpression.parse("rawData(1073741824)").toString());
    }

    @Test
    void rawDataIsNoQVariantType() {
        assertEquals(null, VariantRegistry.DEFAULT.variantType("rawData(4)"));
    }

    @Test
    void nestingIsBounded() {
        String deep = "QList<".repeat(TypeExpression.MAX_DEPTH + 1) + "int" + ">".repeat(TypeExpression.MAX_DEPTH + 1);
        assertMessage(deep, "deeper than " + TypeExpression.MAX_DEPTH);
        String hostile = "QList<".repeat(100_000);
        assertThrows(IllegalArgumentException.class, () -> TypeExpression.parse(hostile));
        String ok = "QList<".repeat(TypeExpression.MAX_DEPTH) + "int" + ">".repeat(TypeExpression.MAX_DEPTH);
        TypeExpression.parse(ok).codec();
    }

    @Test
    void userTypesParseOnlyWithTheirRegistry() {
        assertThrows(IllegalArgumentException.class, () -> TypeExpression.parse("QList<Trip>"));
        VariantRegistry r = VariantRegistry.DEFAULT.withAlias("Trip", "QPair<QDate,quint16>");
        TypeExpression t = TypeExpression.parse("QList<Trip>", r);
        Codec<Object> c = t.codec(r);
        Object v = List.of(QPair.of(QDate.of(2026, 1, 1), 90));
        assertEquals(v, c.decode(c.encode(v)));
    }

    @Test
    void theCodecReadsTheWireOfTheNamedType() {
        Codec<Object> c = TypeExpression.parse("QMap<QString,QList<int>>").codec();
        byte[] b = Codecs.map(Codecs.QSTRING, Codecs.list(Codecs.QINT32))
                .encode(QMap.ofEntries(QPair.of("a", List.of(1, 2))));
        assertEquals(QMap.ofEntries(QPair.of("a", List.of(1, 2))), c.decode(b));
        assertEquals("00000001000000020061000000020000000100000002", HexFormat.of().formatHex(b));
    }
}
