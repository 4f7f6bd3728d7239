package io.github.qdatastream.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Strict QVariant accessors, their Optional twins, typed map/list views and explicit-type factories. */
class QVariantTypedAccessTest {

    static final StreamOptions QT_5_15 = StreamOptions.DEFAULT.withVersion(StreamVersion.Qt_5_15);

    static VariantMap mapFromQt() throws IOException {
        try (InputStream in = QVariantTypedAccessTest.class.getResourceAsStream("values/qt5-variantmap.hex")) {
            byte[] bytes = HexFormat.of().parseHex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
            return QVariant.CODEC.decode(bytes, QT_5_15).getMap();
        }
    }

    @Test
    void aQVariantMapWrittenByQtReadsWithTypedGetters() throws IOException {
        VariantMap m = mapFromQt();
        assertEquals("Trip Server", m.getString("name"));
        assertEquals(6178, m.getUShort("port"));
        assertEquals(0.75, m.getDouble("ratio"));
        assertTrue(m.getBool("enabled"));
        assertEquals(QDate.of(2026, 12, 24), m.getDate("started"));
        assertEquals("127.0.0.1", m.getMap("server").getString("host"));
        assertEquals(30, m.getMap("server").getInt("timeout"));
        assertEquals(List.of("a", "b"), m.getMap("server").get("tags", Codecs.QSTRINGLIST));
        VariantList trips = m.getList("trips");
        assertEquals(2, trips.size());
        assertEquals(88, trips.getMap(1).getUShort("minutes"));
        assertEquals("IC", trips.getMap(1).getString("train"));
    }

    @Test
    void aWrongTypeInANestedMapNamesThePathAndTheTypeItHolds() throws IOException {
        VariantMap m = mapFromQt();
        CorruptDataException e = assertThrows(CorruptDataException.class, () -> m.getList("trips").getMap(0).getInt("minutes"));
        assertEquals("wrong type: QVariantMap[\"trips\"][0][\"minutes\"] holds ushort, not qint32", e.getMessage());
        assertEquals(Status.READ_CORRUPT_DATA, e.status());
        CorruptDataException missing = assertThrows(CorruptDataException.class, () -> m.getMap("server").getString("user"));
        assertTrue(missing.getMessage().startsWith("missing value: QVariantMap[\"server\"][\"user\"]: no such key"),
                missing.getMessage());
        assertThrows(CorruptDataException.class, () -> m.getList("trips").getMap(2));
        assertEquals(Optional.empty(), m.findInt("port"));
        assertEquals(Optional.of("Trip Server"), m.findString("name"));
        assertEquals(Optional.empty(), m.findString("nope"));
    }

    @Test
    void strictAccessorsReturnTheValueOnlyForTheirOwnType() {
        assertEquals(7, QVariant.of(7).getInt());
        assertEquals(OptionalInt.of(7), QVariant.of(7).findInt());
        CorruptDataException e = assertThrows(CorruptDataException.class, () -> QVariant.of("7").getInt());
        assertEquals("wrong type: QVariant holds QString, not qint32", e.getMessage());
        assertEquals(OptionalInt.empty(), QVariant.of("7").findInt());
        // ushort is not int, and a long variant's value is not an int's
        assertThrows(CorruptDataException.class, () -> QVariant.of(Codecs.QUINT16, 7).getInt());
        assertEquals(7, QVariant.of(Codecs.QUINT16, 7).getUShort());
        assertThrows(CorruptDataException.class, () -> QVariant.of(7L).getInt());
        assertEquals(7L, QVariant.of(7L).getLongLong());
        assertTrue(assertThrows(CorruptDataException.class, () -> QVariant.INVALID.getString()).getMessage()
                .contains("the invalid QVariant"));
        assertNull(QVariant.of((String) null).getString());
        assertEquals(Optional.empty(), QVariant.of((String) null).findString());
        QVariant raw = QVariant.raw("QFont", 64, QByteArray.of((byte) 1));
        assertTrue(assertThrows(CorruptDataException.class, () -> raw.get(Codecs.QBYTEARRAY)).getMessage().contains("QFont"));
        assertEquals(Optional.empty(), raw.find(Codecs.QBYTEARRAY));
    }

    @Test
    void theTypeOfAFactoryVariantDecidesItsBytes() throws IOException {
        QVariant ushort = QVariant.of(Codecs.QUINT16, 0xFFFF);
        assertEquals("ushort", ushort.typeName());
        // Qt 5.15's QVariant(ushort 65535) from the golden vectors: id 36 and two bytes, not int's id 2 and four
        QVariantGoldenTest.Vector golden = QVariantGoldenTest.vectors().stream()
                .filter(v -> v.version() == StreamVersion.Qt_5_15 && v.label().equals("ushort")).findFirst().orElseThrow();
        assertArrayEquals(golden.bytes(), QVariant.CODEC.encode(ushort, QT_5_15));
        assertEquals(9, QVariant.CODEC.encode(QVariant.of(0xFFFF), QT_5_15).length);
        QVariant list = QVariant.of(Codecs.list(Codecs.QINT32), List.of(1, 2));
        assertEquals("QList<int>", list.typeName()); // as Qt 5.15 names QVariant::fromValue(QList<int>)
        assertEquals("QVariantMap", QVariant.of(QVariant.MAP_CODEC, new QMap<>(List.of())).typeName());
        assertEquals("QStringList", QVariant.of(Codecs.QSTRINGLIST, List.of("a")).typeName());
        assertThrows(IllegalArgumentException.class, () -> QVariant.of(Codecs.QUINT16, 70000));
        assertThrows(IllegalArgumentException.class, () -> QVariant.of(Codecs.QUINT8, -1));
        assertTrue(QVariant.of(Codecs.QSTRING, null).isNull());
        // a round trip keeps the type
        assertEquals(ushort, QVariant.CODEC.decode(QVariant.CODEC.encode(ushort, QT_5_15), QT_5_15).withNull(false));
    }

    @Test
    void conversionsAreSeparateFromStrictAccess() {
        QVariant text = QVariant.of(" 42 ");
        assertEquals(42, text.toInt());
        assertThrows(CorruptDataException.class, text::getInt);
        assertEquals("1e+05", QVariant.of(100000.0).toQString());
        assertThrows(UnsupportedOperationException.class, () -> QVariant.of(QUrl.CODEC, QUrl.CODEC.decode(
                QUrl.CODEC.encode(QUrl.CODEC.decode(HexFormat.of().parseHex("ffffffff"))))).toInt());
    }
}
