package io.github.qdatastream.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.qdatastream.codec.*;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for every Qt value type this codec reads and writes, at every stream
 * version, byte order and float precision, for property tests of your own messages (and this
 * project's own): null as well as empty strings and byte arrays, boundary integers, non-BMP text
 * and lone surrogates, dates far before and after the common range, NaNs with payloads.
 *
 * <p>Every generator that takes a {@link StreamOptions} (or {@link StreamVersion}) produces only
 * values that the codec can write at those options <em>and</em> read back equal: a null QString
 * only from {@code Qt_2_1} on, a null QByteArray only from {@code Qt_3_3} on, Julian days that fit
 * a quint32 before {@code Qt_5_0}, qint16 coordinates at {@code Qt_1_0}, float-exact doubles
 * with single precision, the spec fields each QDateTime layout carries, and so on. {@link #BY_TYPE}
 * maps each {@link QtTypes} primary name to its generator.
 *
 * <pre>{@code
 * record Reading(String sensor, double value) { ... }
 * Gen<Reading> readings(StreamOptions o) {
 *     return QtGen.qstrings(o.version()).zip(QtGen.doubles(o), Reading::new);
 * }
 * CodecChecks.forAll(QtGen.options(), o -> readings(o), Reading.CODEC);
 * }</pre>
 *
 * <p>Stateless and thread-safe; the generators are immutable, {@link #BY_TYPE} is unmodifiable.
 */
public final class QtGen {

    private QtGen() {
    }

    // ------------------------------------------------------------------ options

    /** {@return every {@link StreamVersion}, shrinking towards the oldest} */
    public static Gen<StreamVersion> versions() {
        return Generate.pick(List.of(StreamVersion.values()));
    }

    /** {@return big and little endian} */
    public static Gen<ByteOrder> byteOrders() {
        return Generate.pick(List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN));
    }

    /** {@return every version, both byte orders, both float precisions, default limits} */
    public static Gen<StreamOptions> options() {
        return versions().zip(byteOrders(), Generate.pick(List.of(FloatPrecision.values())),
                (v, o, p) -> StreamOptions.of(v).withByteOrder(o).withFloatPrecision(p));
    }

    // ------------------------------------------------------------------ primitives

    /** {@return every qint8, as a Java {@code byte}} */
    public static Gen<Byte> qint8s() {
        return integers().between(Byte.MIN_VALUE, Byte.MAX_VALUE).map(Integer::byteValue);
    }

    /** {@return every quint8, {@code 0} to {@code 255}} */
    public static Gen<Integer> quint8s() {
        return integers().between(0, 0xFF);
    }

    /** {@return every qint16, as a Java {@code short}} */
    public static Gen<Short> qint16s() {
        return integers().between(Short.MIN_VALUE, Short.MAX_VALUE).map(Integer::shortValue);
    }

    /** {@return every quint16, {@code 0} to {@code 65535}} */
    public static Gen<Integer> quint16s() {
        return integers().between(0, 0xFFFF);
    }

    /** {@return every qint32, the boundaries included} */
    public static Gen<Integer> qint32s() {
        return integers().all();
    }

    /** {@return every quint32, {@code 0} to {@code 2^32 - 1}, as a Java {@code long}} */
    public static Gen<Long> quint32s() {
        return longs().between(0, 0xFFFF_FFFFL);
    }

    /** {@return every qint64 (also every quint64's bit pattern)} */
    public static Gen<Long> qint64s() {
        return longs().all();
    }

    /** {@return {@code false} and {@code true}} */
    public static Gen<Boolean> bools() {
        return Generate.booleans();
    }

    /** {@return any 64-bit pattern, with the interesting ones (zeros, infinities, NaNs, extremes) mixed in} */
    public static Gen<Double> anyDoubles() {
        Gen<Double> special = Generate.pick(List.of(0.0, -0.0, 1.0, -1.5, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, Double.longBitsToDouble(0x7ff0000000000001L)));
        return longs().all().map(Double::longBitsToDouble).mix(special, 30);
    }

    /** {@return any 32-bit pattern (signalling NaNs included), with the interesting ones mixed in} */
    public static Gen<Float> anyFloats() {
        Gen<Float> special = Generate.pick(List.of(0.0f, -0.0f, 1.0f, Float.NaN, Float.POSITIVE_INFINITY,
                Float.NEGATIVE_INFINITY, Float.MIN_VALUE, Float.MAX_VALUE, Float.intBitsToFloat(0x7f800001)));
        return integers().all().map(Float::intBitsToFloat).mix(special, 30);
    }

    /**
     * Doubles a {@code double} field carries exactly at these options: any 64-bit pattern, or with
     * single precision from {@code Qt_4_6} on ({@link #singlePrecisionDoubles}) the floats widened as the
     * codec reads them back.
     *
     * @param o the stream options
     * @return the generator
     */
    public static Gen<Double> doubles(StreamOptions o) {
        if (singlePrecisionDoubles(o)) {
            return anyFloats().map(QtGen::widen);
        }
        return anyDoubles();
    }

    /**
     * Floats a {@code float} field carries exactly at these options (any 32-bit pattern, at every option).
     *
     * @param o the stream options
     * @return the generator
     */
    public static Gen<Float> floats(StreamOptions o) {
        return anyFloats();
    }

    /**
     * A float widened to double as the codec's single-precision path reads it back: Java's cast,
     * except that a NaN keeps its sign and payload (shifted into the top bits), as x86 and Qt do.
     */
    private static double widen(float f) {
        if (!Float.isNaN(f)) {
            return f;
        }
        int b = Float.floatToRawIntBits(f);
        long sign = (long) (b >>> 31) << 63;
        long payload = (long) (b & 0x7F_FFFF) << 29;
        return Double.longBitsToDouble(sign | 0x7FF0_0000_0000_0000L | payload);
    }

    /**
     * Whether a {@code double} is written as a float at these options (single precision from Qt_4_6).
     *
     * @param o the stream options
     * @return whether doubles lose precision on the wire
     */
    public static boolean singlePrecisionDoubles(StreamOptions o) {
        return o.floatPrecision() == FloatPrecision.SINGLE && o.version().atLeast(StreamVersion.Qt_4_6);
    }

    /** {@return every UTF-16 unit, lone surrogates included} */
    public static Gen<Character> qchars() {
        return Generate.characters(0, 0xFFFF);
    }

    // ------------------------------------------------------------------ strings and bytes

    /** {@return UTF-16 text of up to 12 units including lone surrogates (not for Qt_1_0)} */
    public static Gen<String> utf16Strings() {
        return lists().of(Generate.characters(0, 0xFFFF)).ofSizeBetween(0, 12).map(QtGen::join);
    }

    /** {@return Latin-1 text of up to 12 characters, what a Qt_1_0 QString carries} */
    public static Gen<String> latin1Strings() {
        return lists().of(Generate.characters(0, 0xFF)).ofSizeBetween(0, 12).map(QtGen::join);
    }

    /**
     * QStrings that survive at {@code v}: Latin-1 at Qt_1_0; null only from Qt_2_1 on.
     *
     * @param v the stream version
     * @return a generator of strings, one in ten null where the version can carry it
     */
    public static Gen<@Nullable String> qstrings(StreamVersion v) {
        Gen<@Nullable String> text = v == StreamVersion.Qt_1_0 ? latin1Strings() : utf16Strings();
        if (v.before(StreamVersion.Qt_2_1)) {
            return text;
        }
        return text.mix(Generate.constant((String) null), 10);
    }

    /**
     * Byte arrays of any bytes, shrinking to shorter and zero-filled.
     *
     * @param maxLength the longest array
     * @return a generator of arrays of {@code 0} to {@code maxLength} bytes
     */
    public static Gen<byte[]> byteArrays(int maxLength) {
        return Generate.byteArrays(integers().between(0, maxLength), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
    }

    /**
     * QByteArrays of up to 16 bytes that survive at {@code v}: null only from Qt_3_3 on.
     *
     * @param v the stream version
     * @return a generator of byte arrays, one in ten null where the version can carry it
     */
    public static Gen<@Nullable QByteArray> qbyteArrays(StreamVersion v) {
        Gen<@Nullable QByteArray> bytes = byteArrays(16).map((byte[] b) -> QByteArray.of(b));
        if (v.before(StreamVersion.Qt_3_3)) {
            return bytes;
        }
        return bytes.mix(Generate.constant((QByteArray) null), 10);
    }

    /**
     * {@return {@code const char*} values: null, or up to 16 bytes without a trailing-NUL requirement (NULs inside allowed)}
     */
    public static Gen<@Nullable QByteArray> cstrings() {
        return byteArrays(16).map((byte[] b) -> QByteArray.of(b)).mix(Generate.constant((QByteArray) null), 10);
    }

    /**
     * QStringLists of up to five {@link #qstrings} elements.
     *
     * @param v the stream version
     * @return the generator
     */
    public static Gen<List<@Nullable String>> qstringLists(StreamVersion v) {
        return lists().of(qstrings(v)).ofSizeBetween(0, 5);
    }

    // ------------------------------------------------------------------ date and time

    /**
     * QDates that survive at {@code v}: before Qt_5_0 null or a Julian day in [1, 2^32 - 1]; after, any
     * qint64 Julian day, half of them in the range Qt calls valid, and null.
     *
     * @param v the stream version
     * @return the generator
     */
    public static Gen<QDate> qdates(StreamVersion v) {
        if (v.before(StreamVersion.Qt_5_0)) {
            return longs().between(1, 0xFFFF_FFFFL).map(QDate::new).mix(Generate.constant(QDate.NULL), 10);
        }
        Gen<QDate> typical = longs().between(QDate.MIN_JD, QDate.MAX_JD).map(QDate::new);
        return longs().all().map(QDate::new).mix(typical, 50).mix(Generate.constant(QDate.NULL), 10);
    }

    /**
     * QTimes that survive at {@code v}: valid times of day, any millisecond count, and null; before
     * Qt_4_0 midnight (0) reads back as null, so it is left out.
     *
     * @param v the stream version
     * @return the generator
     */
    public static Gen<QTime> qtimes(StreamVersion v) {
        Gen<QTime> valid = integers().between(0, QTime.MSECS_PER_DAY - 1).map(QTime::new);
        Gen<QTime> any = integers().all().map(QTime::new).mix(valid, 70).mix(Generate.constant(QTime.NULL), 10);
        if (v.before(StreamVersion.Qt_4_0)) {
            return any.map(t -> t.msecs() == 0 ? QTime.NULL : t);
        }
        return any;
    }

    private static final List<String> ZONE_IDS = List.of("Europe/Berlin", "America/New_York", "UTC", "Asia/Kolkata",
            "Etc/GMT+5", "");

    /**
     * Every QTimeZone wire form (IANA id, offset from UTC with name, abbreviation, territory and
     * comment, the invalid zone, UTC, local time, ahead of UTC), with strings that survive at {@code v}.
     *
     * @param v the stream version
     * @return the generator
     */
    public static Gen<QTimeZone> qtimeZones(StreamVersion v) {
        Gen<String> ids = Generate.pick(ZONE_IDS).mix(qstrings(v), 30)
                .map(s -> isZoneMarker(s) ? "x" + s : s);
        Gen<QTimeZone> iana = ids.map(QTimeZone::iana);
        Gen<QTimeZone> offset = ids.zip(integers().all(), qstrings(v), qstrings(v),
                (id, off, name, abbr) -> QTimeZone.offsetFromUtc(id, off, name, abbr, 0, null))
                .zip(integers().all(), qstrings(v), (z, territory, comment) -> QTimeZone.offsetFromUtc(z.id(),
                        z.offsetSeconds(), z.name(), z.abbreviation(), territory, comment));
        Gen<QTimeZone> fixed = Generate.pick(List.of(QTimeZone.INVALID, QTimeZone.UTC, QTimeZone.LOCAL_TIME));
        Gen<QTimeZone> ahead = integers().all().map(QTimeZone::aheadOfUtc);
        return iana.mix(offset, 30).mix(fixed, 20).mix(ahead, 15);
    }

    /** The ids Qt's QTimeZone stream uses as markers of the other kinds (qtimezone.cpp), not IANA ids. */
    private static final List<String> ZONE_MARKERS = List.of("OffsetFromUtc", "-No Time Zone Specified!",
            "AheadOfUtcBy", "QTimeZone::UTC", "QTimeZone::LocalTime");

    private static boolean isZoneMarker(@Nullable String s) {
        return s != null && ZONE_MARKERS.contains(s);
    }

    /** Whether {@code v} writes QDateTime in Qt 4's layout (a spec byte): Qt_4_0 up to Qt_5_1, except Qt_5_0. */
    private static boolean qt4DateTimeLayout(StreamVersion v) {
        return v.atLeast(StreamVersion.Qt_4_0) && v.before(StreamVersion.Qt_5_2)
                && v.wireNumber() != StreamVersion.Qt_5_0.wireNumber();
    }

    /** The time spec Qt 4's spec byte stands for (QDateTimePrivate::Spec). */
    private static QDateTime.TimeSpec specOfQt4(int b) {
        return switch (b) {
            case 2 -> QDateTime.TimeSpec.UTC;
            case 3 -> QDateTime.TimeSpec.OFFSET_FROM_UTC;
            case 4 -> QDateTime.TimeSpec.TIME_ZONE;
            default -> QDateTime.TimeSpec.LOCAL_TIME;
        };
    }

    /**
     * QDateTimes carrying exactly the fields the layout of {@code v} has.
     *
     * @param v the stream version
     * @return the generator
     */
    public static Gen<QDateTime> qdateTimes(StreamVersion v) {
        Gen<QDate> dates = qdates(v);
        Gen<QTime> times = qtimes(v);
        if (v.before(StreamVersion.Qt_4_0)) {
            return dates.zip(times, QDateTime::local);
        }
        if (qt4DateTimeLayout(v)) {
            return dates.zip(times, integers().between(-1, 4),
                    (d, t, b) -> new QDateTime(d, t, specOfQt4(b), 0, null, b));
        }
        Gen<QDateTime.TimeSpec> specs = Generate.enumValues(QDateTime.TimeSpec.class);
        if (v.before(StreamVersion.Qt_5_2)) {
            return dates.zip(times, specs, (d, t, s) -> new QDateTime(d, t, s, 0, null, null));
        }
        return dates.zip(times, specs, integers().all(), qtimeZones(v), (d, t, s, off, z) -> switch (s) {
            case OFFSET_FROM_UTC -> QDateTime.withOffset(d, t, off);
            case TIME_ZONE -> QDateTime.inZone(d, t, z);
            default -> new QDateTime(d, t, s, 0, null, null);
        });
    }

    // ------------------------------------------------------------------ other value types

    /** {@return QBitArrays of up to 40 bits} */
    public static Gen<QBitArray> qbitArrays() {
        return lists().of(Generate.booleans()).ofSizeBetween(0, 40).map(bits -> {
            boolean[] b = new boolean[bits.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = bits.get(i);
            }
            return QBitArray.of(b);
        });
    }

    /**
     * QUrls that survive at {@code v} (the null byte array only from Qt_3_3 on, as for QByteArray), any
     * bytes as well as common URLs.
     *
     * @param v the stream version
     * @return the generator
     */
    public static Gen<QUrl> qurls(StreamVersion v) {
        Gen<QUrl> common = Generate.pick(List.of("https://qt.io/a%20b", "file:///tmp/x", "mailto:a@b.c", ""))
                .map(QUrl::of);
        return qbyteArrays(v).map(QUrl::new).mix(common, 40);
    }

    /** {@return QUuids of any 128 bits} */
    public static Gen<UUID> quuids() {
        return longs().all().zip(longs().all(), UUID::new);
    }

    /**
     * QLocales: common names and any QString that survives at {@code v}.
     *
     * @param v the stream version
     * @return the generator
     */
    public static Gen<QLocale> qlocales(StreamVersion v) {
        return Generate.pick(List.of("C", "de_DE", "en_US", "sr_Latn_RS", "zh_Hant_TW")).mix(qstrings(v), 30)
                .map(QLocale::new);
    }

    /**
     * QRegExps (Qt 5's, as written in Qt 5 streams) with any pattern, case sensitivity, syntax and minimal flag.
     *
     * @param v the stream version
     * @return the generator
     */
    public static Gen<QRegExp> qregExps(StreamVersion v) {
        return qstrings(v).zip(quint8s(), quint8s(), Generate.booleans(), QRegExp::new);
    }

    /**
     * QRegularExpressions with any pattern and any quint32 of option flags.
     *
     * @param v the stream version
     * @return the generator
     */
    public static Gen<QRegularExpression> qregularExpressions(StreamVersion v) {
        return qstrings(v).zip(quint32s(), QRegularExpression::new);
    }

    /**
     * Integer coordinates: qint16 at Qt_1_0, qint32 after.
     *
     * @param v the stream version
     * @return the generator
     */
    public static Gen<Integer> coords(StreamVersion v) {
        return v == StreamVersion.Qt_1_0 ? integers().between(Short.MIN_VALUE, Short.MAX_VALUE) : integers().all();
    }

    /**
     * QPoints with {@link #coords} at {@code v}.
     *
     * @param v the stream version
     * @return the generator
     */
    public static Gen<QPoint> qpoints(StreamVersion v) {
        return coords(v).zip(coords(v), QPoint::new);
    }

    /**
     * QSizes with {@link #coords} at {@code v} (negative and invalid sizes included).
     *
     * @param v the stream version
     * @return the generator
     */
    public static Gen<QSize> qsizes(StreamVersion v) {
        return coords(v).zip(coords(v), QSize::new);
    }

    /**
     * QRects with {@link #coords} at {@code v}.
     *
     * @param v the stream version
     * @return the generator
     */
    public static Gen<QRect> qrects(StreamVersion v) {
        return coords(v).zip(coords(v), coords(v), coords(v), QRect::new);
    }

    /**
     * QLines with {@link #coords} at {@code v}.
     *
     * @param v the stream version
     * @return the generator
     */
    public static Gen<QLine> qlines(StreamVersion v) {
        return coords(v).zip(coords(v), coords(v), coords(v), QLine::new);
    }

    /**
     * QPolygons of up to six {@link #qpoints}.
     *
     * @param v the stream version
     * @return the generator
     */
    public static Gen<QPolygon> qpolygons(StreamVersion v) {
        return lists().of(qpoints(v)).ofSizeBetween(0, 6).map(QPolygon::new);
    }

    /**
     * QPointFs with {@link #doubles} at {@code o}.
     *
     * @param o the stream options
     * @return the generator
     */
    public static Gen<QPointF> qpointFs(StreamOptions o) {
        return doubles(o).zip(doubles(o), QPointF::new);
    }

    /**
     * QSizeFs with {@link #doubles} at {@code o}.
     *
     * @param o the stream options
     * @return the generator
     */
    public static Gen<QSizeF> qsizeFs(StreamOptions o) {
        return doubles(o).zip(doubles(o), QSizeF::new);
    }

    /**
     * QRectFs with {@link #doubles} at {@code o}.
     *
     * @param o the stream options
     * @return the generator
     */
    public static Gen<QRectF> qrectFs(StreamOptions o) {
        return doubles(o).zip(doubles(o), doubles(o), doubles(o), QRectF::new);
    }

    /**
     * QLineFs with {@link #doubles} at {@code o}.
     *
     * @param o the stream options
     * @return the generator
     */
    public static Gen<QLineF> qlineFs(StreamOptions o) {
        return doubles(o).zip(doubles(o), doubles(o), doubles(o), QLineF::new);
    }

    /**
     * QPolygonFs of up to six {@link #qpointFs}.
     *
     * @param o the stream options
     * @return the generator
     */
    public static Gen<QPolygonF> qpolygonFs(StreamOptions o) {
        return lists().of(qpointFs(o)).ofSizeBetween(0, 6).map(QPolygonF::new);
    }

    /**
     * QColors that survive at {@code v}: any fields from Qt_4_0 on; before, the invalid color or
     * an opaque RGB color with 8-bit channels (what the QRgb on the wire can hold).
     *
     * @param v the stream version
     * @return the generator
     */
    public static Gen<QColor> qcolors(StreamVersion v) {
        if (v.before(StreamVersion.Qt_4_0)) {
            return quint8s().zip(quint8s(), quint8s(), QColor::rgb).mix(Generate.constant(QColor.INVALID), 10);
        }
        Gen<QColor> any = integers().between(Byte.MIN_VALUE, Byte.MAX_VALUE).zip(quint16s(), quint16s(), quint16s(),
                (s, a, c1, c2) -> new QColor(s, a, c1, c2, 0, 0))
                .zip(quint16s(), quint16s(), (c, c3, c4) -> new QColor(c.spec(), c.alpha(), c.c1(), c.c2(), c3, c4));
        Gen<QColor> typical = quint8s().zip(quint8s(), quint8s(), quint8s(), QColor::rgba);
        return any.mix(typical, 30).mix(Generate.constant(QColor.INVALID), 10);
    }

    // ------------------------------------------------------------------ by type name

    /**
     * Each {@link QtTypes} primary name (as {@link Codec#typeName()}) to a generator of values
     * valid at the given options. Unmodifiable, in a fixed order.
     */
    public static final Map<String, Function<StreamOptions, Gen<?>>> BY_TYPE;

    static {
        Map<String, Function<StreamOptions, Gen<?>>> m = new LinkedHashMap<>();
        m.put("qint8", o -> qint8s());
        m.put("quint8", o -> quint8s());
        m.put("qint16", o -> qint16s());
        m.put("quint16", o -> quint16s());
        m.put("qint32", o -> qint32s());
        m.put("quint32", o -> quint32s());
        m.put("qint64", o -> qint64s());
        m.put("quint64", o -> qint64s());
        m.put("bool", o -> bools());
        m.put("float", QtGen::floats);
        m.put("double", QtGen::doubles);
        m.put("QChar", o -> qchars());
        m.put("QString", o -> qstrings(o.version()));
        m.put("QByteArray", o -> qbyteArrays(o.version()));
        m.put("const char*", o -> cstrings());
        m.put("bytes", o -> byteArrays(16).map((byte[] b) -> QByteArray.of(b)));
        m.put("QStringList", o -> qstringLists(o.version()));
        m.put("QBitArray", o -> qbitArrays());
        m.put("QDate", o -> qdates(o.version()));
        m.put("QTime", o -> qtimes(o.version()));
        m.put("QDateTime", o -> qdateTimes(o.version()));
        m.put("QTimeZone", o -> qtimeZones(o.version()));
        m.put("QUrl", o -> qurls(o.version()));
        m.put("QUuid", o -> quuids());
        m.put("QLocale", o -> qlocales(o.version()));
        m.put("QRegExp", o -> qregExps(o.version()));
        m.put("QRegularExpression", o -> qregularExpressions(o.version()));
        m.put("QPoint", o -> qpoints(o.version()));
        m.put("QPointF", QtGen::qpointFs);
        m.put("QSize", o -> qsizes(o.version()));
        m.put("QSizeF", QtGen::qsizeFs);
        m.put("QRect", o -> qrects(o.version()));
        m.put("QRectF", QtGen::qrectFs);
        m.put("QLine", o -> qlines(o.version()));
        m.put("QLineF", QtGen::qlineFs);
        m.put("QPolygon", o -> qpolygons(o.version()));
        m.put("QPolygonF", QtGen::qpolygonFs);
        m.put("QColor", o -> qcolors(o.version()));
        BY_TYPE = Collections.unmodifiableMap(m);
    }

    /**
     * A generator of (options, value) for the named type across {@link #options()}.
     *
     * @param typeName a key of {@link #BY_TYPE}
     * @return the generator
     * @throws IllegalArgumentException if {@code typeName} has no generator
     */
    public static Gen<Sample<?>> samples(String typeName) {
        Function<StreamOptions, Gen<?>> f = BY_TYPE.get(typeName);
        if (f == null) {
            throw new IllegalArgumentException("no generator for " + typeName);
        }
        return options().flatMap(o -> f.apply(o).map(v -> new Sample<>(o, v)));
    }

    /**
     * Values of any type expression (nested Qt containers of Qt types, QVariant) valid at
     * {@code v}, from {@link QtValues}; a failure shrinks to the smallest seed.
     *
     * @param type the type
     * @param v the stream version
     * @return the generator
     */
    public static Gen<@Nullable Object> values(TypeExpression type, StreamVersion v) {
        return longs().all().map(seed -> QtValues.value(type, v, new java.util.SplittableRandom(seed)));
    }

    /**
     * A value together with the options it is valid at. Immutable if the value is.
     *
     * @param options the stream options
     * @param value the value
     * @param <T> the value type
     */
    public record Sample<T extends @Nullable Object>(StreamOptions options, T value) {
    }

    private static String join(List<Character> chars) {
        char[] c = new char[chars.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = chars.get(i);
        }
        return new String(c);
    }

    /** {@return all {@link #BY_TYPE} names, sorted, for parameterized tests} */
    public static List<String> typeNames() {
        List<String> names = new ArrayList<>(BY_TYPE.keySet());
        Collections.sort(names);
        return names;
    }

    /**
     * The parts one after the other.
     *
     * @param parts byte arrays
     * @return a new array holding them all
     */
    public static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
