package io.github.qdatastream.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Small examples whose bytes were produced by real Qt 5.15 (PyQt5 {@code QDataStream} and a C++
 * check) while writing this codec; the golden vectors cover the full matrix.
 */
class FixedTypesExamplesTest {

    private static final StreamOptions QT1 = StreamOptions.of(StreamVersion.Qt_1_0);
    private static final StreamOptions QT2 = StreamOptions.of(StreamVersion.Qt_2_0);
    private static final StreamOptions QT3 = StreamOptions.of(StreamVersion.Qt_3_3);
    private static final StreamOptions QT4 = StreamOptions.of(StreamVersion.Qt_4_0);
    private static final StreamOptions QT5_0 = StreamOptions.of(StreamVersion.Qt_5_0);
    private static final StreamOptions QT5_15 = StreamOptions.of(StreamVersion.Qt_5_15);

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static <T> void wire(Codec<T> codec, T value, StreamOptions o, String hex) {
        assertArrayEquals(hex(hex), codec.encode(value, o), () -> codec.typeName() + " at " + o.version());
        assertEquals(value, codec.decode(hex(hex), o));
    }

    @Test
    void pointIsTwoQint32sAndTwoQint16sAtVersion1() {
        wire(QPoint.CODEC, new QPoint(1, -2), QT4, "00000001 fffffffe");
        wire(QPoint.CODEC, new QPoint(1, -2), QT1, "0001 fffe");
        assertThrows(IllegalArgumentException.class, () -> QPoint.CODEC.encode(new QPoint(40000, 0), QT1));
    }

    @Test
    void rectIsLeftTopRightBottom() {
        wire(QRect.CODEC, QRect.ofXywh(1, 2, 3, 4), QT4, "00000001 00000002 00000003 00000005");
        wire(QRect.CODEC, QRect.ofXywh(1, 2, 3, 4), QT1, "0001 0002 0003 0005");
        wire(QLine.CODEC, new QLine(1, 2, 3, 4), QT1, "0001 0002 0003 0004");
    }

    @Test
    void rectFIsXYWidthHeightAndFollowsFloatPrecision() {
        wire(QRectF.CODEC, new QRectF(1, 2, 3, 4), QT4,
                "3ff0000000000000 4000000000000000 4008000000000000 4010000000000000");
        wire(QPointF.CODEC, new QPointF(1.5, 2), StreamOptions.of(StreamVersion.Qt_4_6).withFloatPrecision(FloatPrecision.SINGLE),
                "3fc00000 40000000");
    }

    @Test
    void polygonIsAVectorOfPoints() {
        wire(QPolygon.CODEC, QPolygon.of(new QPoint(1, 2)), QT4, "00000001 00000001 00000002");
        wire(QPolygon.CODEC, QPolygon.of(new QPoint(1, 2)), QT1, "00000001 0001 0002");
    }

    @Test
    void urlIsAQByteArrayNotAQString() {
        wire(QUrl.CODEC, QUrl.of("http://a/b%20c"), QT5_15, "0000000e 687474703a2f2f612f6225323063");
        wire(QUrl.CODEC, QUrl.NULL, QT5_15, "ffffffff");
    }

    @Test
    void uuidSwapsItsFirstThreeFieldsLittleEndian() {
        UUID u = UUID.fromString("01020304-0506-0708-090a-0b0c0d0e0f10");
        wire(Codecs.QUUID, u, QT5_15, "0102030405060708090a0b0c0d0e0f10");
        wire(Codecs.QUUID, u, QT5_15.withByteOrder(ByteOrder.LITTLE_ENDIAN), "0403020106050807090a0b0c0d0e0f10");
    }

    @Test
    void localeIsItsName() {
        wire(QLocale.CODEC, QLocale.of("de_DE"), QT5_15, "0000000a 00640065005f00440045");
    }

    @Test
    void regExpAndRegularExpression() {
        wire(QRegExp.CODEC, new QRegExp("a+", 0, 1, false), QT5_15, "00000004 0061002b 00 01 00");
        wire(QRegularExpression.CODEC, new QRegularExpression("a+", 5), QT5_15, "00000004 0061002b 00000005");
        wire(QRegularExpression.CODEC, new QRegularExpression("a+", 5), QT1, "00000002 612b 00000005");
    }

    @Test
    void colorLayoutsAcrossVersions() {
        QColor c = QColor.rgba(10, 20, 30, 40);
        wire(QColor.CODEC, c, QT4, "01 2828 0a0a 1414 1e1e 0000");
        assertArrayEquals(hex("ff0a141e"), QColor.CODEC.encode(c, QT3));
        assertArrayEquals(hex("ff1e140a"), QColor.CODEC.encode(c, QT1));
        wire(QColor.CODEC, QColor.INVALID, QT3, "49000000");
        wire(QColor.CODEC, QColor.INVALID, QT4, "00 ffff 0000 0000 0000 0000");
        wire(QColor.CODEC, new QColor(QColor.EXTENDED_RGB, 0x3c00, 0x3e00, 0x3800, 0x3400, 0), QT5_15,
                "05 3c00 3e00 3800 3400 0000");
    }

    @Test
    void bitArrayIsCountThenLeastSignificantBitFirst() {
        wire(QBitArray.CODEC, QBitArray.parse("1111111111"), QT4, "0000000a ff03");
        wire(QBitArray.CODEC, QBitArray.EMPTY, QT4, "00000000");
        wire(QBitArray.CODEC, QBitArray.parse("1111111111"), StreamOptions.of(StreamVersion.Qt_6_0), "000000000000000a ff03");
    }

    @Test
    void dateTimeLayoutsAcrossVersions() {
        QDate d = QDate.of(2020, 1, 2);
        QTime t = QTime.of(3, 4, 5, 6);
        wire(QDateTime.CODEC, QDateTime.local(d, t), QT3, "002584e3 00a8888e");
        wire(QDateTime.CODEC, new QDateTime(d, t, QDateTime.TimeSpec.UTC, 0, null, 2), QT4, "002584e3 00a8888e 02");
        wire(QDateTime.CODEC, QDateTime.utc(d, t), QT5_0, "00000000002584e3 00a8888e 01");
        wire(QDateTime.CODEC, QDateTime.withOffset(d, t, 3600), QT5_15, "00000000002584e3 00a8888e 02 00000e10");
        wire(QDateTime.CODEC, QDateTime.inZone(d, t, QTimeZone.iana("Europe/Berlin")), QT5_15,
                "00000000002584e3 00a8888e 03 0000001a 004500750072006f00700065002f004200650072006c0069006e");
        // Qt 5 writes local time as QDateTimePrivate::LocalUnknown (-1) in the Qt 4 layout.
        assertArrayEquals(hex("002584e3 00a8888e ff"), QDateTime.CODEC.encode(QDateTime.local(d, t), QT4));
        wire(QDateTime.CODEC, QDateTime.NULL, QT5_15, "8000000000000000 ffffffff 00");
    }

    @Test
    void offsetFromUtcZoneCarriesAllItsFields() {
        // QTimeZone("UTC") as Qt 5.15 writes it.
        wire(QTimeZone.CODEC, QTimeZone.offsetFromUtc("UTC", 0, "UTC", "UTC", 0, "UTC"), QT5_15,
                "0000001a 004f0066006600730065007400460072006f006d005500740063 00000006 005500540043 00000000"
                        + " 00000006 005500540043 00000006 005500540043 00000000 00000006 005500540043");
    }

    @Test
    void qt3HasNoNullTimeStringOrByteArray() {
        assertArrayEquals(hex("00000000"), QTime.CODEC.encode(QTime.NULL, QT3));
        assertEquals(QTime.NULL, QTime.CODEC.decode(hex("00000000"), QT3));
        assertArrayEquals(hex("00000000"), Codecs.QSTRING.encode(null, QT2));
        assertArrayEquals(hex("ffffffff"), Codecs.QSTRING.encode(null, StreamOptions.of(StreamVersion.Qt_2_1)));
        assertArrayEquals(hex("00000000"), Codecs.QBYTEARRAY.encode(null, StreamOptions.of(StreamVersion.Qt_3_1)));
        assertArrayEquals(hex("ffffffff"), Codecs.QBYTEARRAY.encode(null, QT3));
    }

    @Test
    void qt1StringKeepsANulByteAsQt6Does() {
        wire(Codecs.QSTRING, "a\0b", QT1, "00000003 610062");
    }

    @Test
    void cStringLengthCountsTheNul() {
        wire(Codecs.CSTRING, QByteArray.latin1("ab"), QT4, "00000003 616200");
        wire(Codecs.CSTRING, null, QT4, "00000000");
        assertNull(Codecs.CSTRING.decode(hex("00000000")));
    }

    @Test
    void rawDataHasNoLength() {
        wire(Codecs.rawData(3), QByteArray.of((byte) 1, (byte) 2, (byte) 3), QT4, "010203");
        assertThrows(TruncatedInputException.class, () -> Codecs.rawData(3).decode(hex("0102")));
    }

    @Test
    void registryNamesEveryTypeAsQtSpellsIt() {
        assertEquals(QPoint.CODEC, QtTypes.byName("QPoint"));
        assertEquals(Codecs.CSTRING, QtTypes.byName("const char*"));
        assertEquals(Codecs.QINT32, QtTypes.byName("int"));
        assertNull(QtTypes.byName("QNoSuchType"));
    }
}
