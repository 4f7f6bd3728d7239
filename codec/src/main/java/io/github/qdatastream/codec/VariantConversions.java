package io.github.qdatastream.codec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Qt 6.11's QVariant conversions ({@code QMetaType::convert} between the built-in types), as
 * measured against real Qt by {@code interop/values/conversions.py}: the rules behind
 * {@link QVariant#toInt()}, {@link QVariant#toDouble()}, {@link QVariant#toQString()}, ... and
 * the type names behind the strict accessors. See docs/values.md for the table.
 */
final class VariantConversions {

    private VariantConversions() {
    }

    /** Qt's QMetaType name of each canonical leaf name that Qt spells differently. */
    private static final Map<String, String> QT_NAMES = Map.of(
            "qint8", "signed char", "quint8", "uchar", "qint16", "short", "quint16", "ushort",
            "qint32", "int", "quint32", "uint", "qint64", "qlonglong", "quint64", "qulonglong");

    /** Qt's names of the containers it registers under a name of their own. */
    private static final Map<String, String> QT_CONTAINER_NAMES = Map.of(
            "QList<QString>", "QStringList", "QList<QByteArray>", "QByteArrayList", "QList<QVariant>", "QVariantList",
            "QMap<QString,QVariant>", "QVariantMap", "QHash<QString,QVariant>", "QVariantHash",
            "QPair<QVariant,QVariant>", "QVariantPair");

    private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();

    /**
     * The canonical type expression of a Qt type name ({@code "ushort"} and {@code "quint16"} are
     * both {@code quint16}); a name the built-in types do not know (a user type) is itself.
     */
    static String canonical(String name) {
        String c = CANONICAL.get(name);
        if (c != null) return c;
        try {
            c = TypeExpression.parse(name).toString();
        } catch (IllegalArgumentException e) {
            c = name;
        }
        if (CANONICAL.size() < 1024 && name.length() <= 256) CANONICAL.put(name, c);
        return c;
    }

    /** The name Qt gives the type of a canonical expression, as {@code QMetaType::name()} spells it. */
    static String qtName(TypeExpression t) {
        String whole = QT_CONTAINER_NAMES.get(t.toString());
        if (whole != null) return whole;
        if (t.arguments().isEmpty()) return QT_NAMES.getOrDefault(t.name(), t.name());
        StringBuilder sb = new StringBuilder(t.name()).append('<');
        for (int i = 0; i < t.arguments().size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(qtName(t.arguments().get(i)));
        }
        return sb.append('>').toString();
    }

    // ---------------------------------------------------------------- numbers

    /** The source kinds a conversion distinguishes. */
    private enum Kind { INVALID, BOOL, SIGNED, UNSIGNED, CHAR8, FLOATING, STRING, BYTES, QCHAR, DATE, TIME, DATETIME, STRINGLIST, OTHER }

    private static Kind kind(QVariant v) {
        if (!v.isValid()) return Kind.INVALID;
        if (v.isRaw()) return Kind.OTHER;
        return switch (canonical(v.typeName())) {
            case "bool" -> Kind.BOOL;
            case "qint16", "qint32", "qint64" -> Kind.SIGNED;
            case "quint16", "quint32", "quint64" -> Kind.UNSIGNED;
            case "qint8", "quint8" -> Kind.CHAR8;
            case "float", "double" -> Kind.FLOATING;
            case "QString" -> Kind.STRING;
            case "QByteArray" -> Kind.BYTES;
            case "QChar" -> Kind.QCHAR;
            case "QDate" -> Kind.DATE;
            case "QTime" -> Kind.TIME;
            case "QDateTime" -> Kind.DATETIME;
            case "QList<QString>" -> Kind.STRINGLIST;
            default -> Kind.OTHER;
        };
    }

    private static UnsupportedOperationException unsupported(QVariant v, String to) {
        return new UnsupportedOperationException("no Qt conversion of a " + v.typeName() + " variant to " + to
                + " is implemented (measured against Qt: bool, the integers, float, double, QString, QByteArray,"
                + " QChar, QDate, QTime, QDateTime, QStringList; see docs/values.md)");
    }

    /** The 64 bits of an integer-like value, signed for the signed types and zero-extended for the unsigned. */
    private static long bits(QVariant v) {
        Object x = v.value();
        return switch (canonical(v.typeName())) {
            case "quint8", "quint16" -> ((Integer) x) & 0xFFFFFFFFL;
            case "quint32", "qint64", "quint64" -> (Long) x;
            case "qint8" -> (Byte) x;
            case "qint16" -> (Short) x;
            default -> (Integer) x;
        };
    }

    /**
     * The value as Qt's conversion to {@code qlonglong} / {@code qulonglong} gives it (both the same
     * 64 bits; the narrower targets truncate them), or empty when Qt's conversion fails.
     * {@code unsigned} selects the {@code qulonglong} rules for text ("-7" fails).
     */
    static OptionalLong toInt64(QVariant v, boolean unsigned, String to) {
        return switch (kind(v)) {
            case INVALID, DATE, TIME, DATETIME, STRINGLIST -> OptionalLong.empty();
            case BOOL -> OptionalLong.of((Boolean) v.value() ? 1 : 0);
            case SIGNED, UNSIGNED, CHAR8 -> OptionalLong.of(bits(v));
            case QCHAR -> OptionalLong.of((Character) v.value());
            case FLOATING -> roundSaturated(((Number) v.value()).doubleValue());
            case STRING -> parseInteger((String) v.value(), unsigned);
            case BYTES -> v.value() == null ? OptionalLong.empty()
                    : parseInteger(new String(((QByteArray) v.value()).array(), java.nio.charset.StandardCharsets.ISO_8859_1), unsigned);
            case OTHER -> throw unsupported(v, to);
        };
    }

    /**
     * Qt 6.11's double to qint64: NaN fails; otherwise rounded half away from zero (exactly, unlike
     * Qt 5's {@code d + 0.5}) and saturated at the qint64 range (Java's cast saturates the same way).
     */
    private static OptionalLong roundSaturated(double d) {
        if (Double.isNaN(d)) return OptionalLong.empty();
        double a = Math.abs(d);
        double f = Math.floor(a);
        if (a - f >= 0.5) f += 1;
        return OptionalLong.of((long) (d < 0 ? -f : f));
    }

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    /** QString::toLongLong / toULongLong in base 10: surrounding white space allowed, overflow fails. */
    private static OptionalLong parseInteger(String s, boolean unsigned) {
        if (s == null) return OptionalLong.empty();
        String t = s.strip();
        if (!INTEGER.matcher(t).matches()) return OptionalLong.empty();
        try {
            if (unsigned) {
                if (t.startsWith("-")) return OptionalLong.empty();
                return OptionalLong.of(Long.parseUnsignedLong(t.startsWith("+") ? t.substring(1) : t));
            }
            return OptionalLong.of(Long.parseLong(t));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** QVariant::toDouble(&ok): empty when Qt's conversion fails. */
    static OptionalDouble toDouble(QVariant v) {
        return switch (kind(v)) {
            case INVALID, QCHAR, DATE, TIME, DATETIME, STRINGLIST -> OptionalDouble.empty();
            case BOOL -> OptionalDouble.of((Boolean) v.value() ? 1 : 0);
            case SIGNED, CHAR8 -> OptionalDouble.of(bits(v));
            case UNSIGNED -> OptionalDouble.of(unsignedToDouble(bits(v)));
            case FLOATING -> OptionalDouble.of(((Number) v.value()).doubleValue());
            case STRING -> parseDouble((String) v.value());
            case BYTES -> v.value() == null ? OptionalDouble.empty()
                    : parseDouble(new String(((QByteArray) v.value()).array(), java.nio.charset.StandardCharsets.ISO_8859_1));
            case OTHER -> throw unsupported(v, "double");
        };
    }

    private static double unsignedToDouble(long u) {
        return u >= 0 ? u : new BigDecimal(Long.toUnsignedString(u)).doubleValue();
    }

    /** QString::toDouble in the C locale: a decimal number, "inf" or "nan", white space around it allowed. */
    private static OptionalDouble parseDouble(String s) {
        if (s == null) return OptionalDouble.empty();
        String t = s.strip();
        String u = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        if (u.equalsIgnoreCase("inf")) return OptionalDouble.of(t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        if (u.equalsIgnoreCase("nan")) return OptionalDouble.of(Double.NaN);
        if (!DECIMAL.matcher(t).matches()) return OptionalDouble.empty();
        double d = Double.parseDouble(t);
        return Double.isInfinite(d) ? OptionalDouble.empty() : OptionalDouble.of(d);
    }

    /** QVariant::toBool(). */
    static boolean toBool(QVariant v) {
        return switch (kind(v)) {
            case INVALID, DATE, TIME, DATETIME, STRINGLIST -> false;
            case BOOL -> (Boolean) v.value();
            case SIGNED, UNSIGNED, CHAR8 -> bits(v) != 0;
            case QCHAR -> (Character) v.value() != 0;
            case FLOATING -> roundSaturated(((Number) v.value()).doubleValue()).orElse(0) != 0;
            case STRING -> textToBool((String) v.value());
            case BYTES -> v.value() != null
                    && textToBool(new String(((QByteArray) v.value()).array(), java.nio.charset.StandardCharsets.ISO_8859_1));
            case OTHER -> throw unsupported(v, "bool");
        };
    }

    private static boolean textToBool(String s) {
        return s != null && !s.isEmpty() && !s.equals("0") && !s.equalsIgnoreCase("false");
    }

    /** QVariant::toString(), never null: Qt's null QString (a failed conversion) is "". */
    static String toQString(QVariant v) {
        Object x = v.value();
        return switch (kind(v)) {
            case INVALID -> "";
            case BOOL -> (Boolean) x ? "true" : "false";
            case SIGNED -> Long.toString(bits(v));
            case UNSIGNED -> Long.toUnsignedString(bits(v));
            case CHAR8 -> String.valueOf((char) (bits(v) & 0xFF));
            case FLOATING -> formatShortest(((Number) x).doubleValue());
            case STRING -> x == null ? "" : (String) x;
            case BYTES -> x == null ? "" : new String(((QByteArray) x).array(), java.nio.charset.StandardCharsets.UTF_8);
            case QCHAR -> String.valueOf((char) (Character) x);
            case DATE -> isoDate((QDate) x);
            case TIME -> isoTime((QTime) x);
            case DATETIME -> isoDateTime(v, (QDateTime) x);
            case STRINGLIST -> {
                @SuppressWarnings("unchecked") List<String> l = (List<String>) x;
                yield l.size() == 1 && l.get(0) != null ? l.get(0) : "";
            }
            case OTHER -> throw unsupported(v, "QString");
        };
    }

    private static String isoDate(QDate d) {
        return d.toLocalDate().filter(x -> x.getYear() >= 0 && x.getYear() <= 9999)
                .map(x -> String.format("%04d-%02d-%02d", x.getYear(), x.getMonthValue(), x.getDayOfMonth())).orElse("");
    }

    private static String isoTime(QTime t) {
        return t.toLocalTime().map(x -> String.format("%02d:%02d:%02d.%03d", x.getHour(), x.getMinute(), x.getSecond(),
                x.getNano() / 1_000_000)).orElse("");
    }

    private static String isoDateTime(QVariant v, QDateTime t) {
        String date = isoDate(t.date());
        if (date.isEmpty() || !t.time().isValid()) return "";
        String s = date + "T" + isoTime(t.time());
        return switch (t.spec()) {
            case LOCAL_TIME -> s;
            case UTC -> s + "Z";
            case OFFSET_FROM_UTC -> {
                int o = Math.abs(t.offsetSeconds());
                yield s + (t.offsetSeconds() < 0 ? "-" : "+") + String.format("%02d:%02d", o / 3600, o / 60 % 60);
            }
            case TIME_ZONE -> throw unsupported(v, "QString (a QDateTime in a time zone)");
        };
    }

    /**
     * {@code QString::number(d, 'g', QLocale::FloatingPointShortest)} as Qt 6 writes it: the
     * shortest digits that read back as {@code d}, in decimal or exponent form, whichever is shorter
     * (decimal on a tie); the exponent has a sign and at least two digits; "nan", "inf", "-inf";
     * negative zero is "0".
     */
    /**
     * The fewest significant digits that read back as {@code d}, nearest to it at that length
     * (Java 17's {@link Double#toString} is not always shortest: 4.9E-324 where Qt has 5e-324).
     */
    private static BigDecimal shortestDigits(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int k = 1; k < 17; k++) {
            BigDecimal r = exact.round(new java.math.MathContext(k, java.math.RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) return r.stripTrailingZeros();
        }
        return exact.round(new java.math.MathContext(17, java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    static String formatShortest(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return "0";
        BigDecimal b = shortestDigits(Math.abs(d));
        String digits = b.unscaledValue().toString();
        int n = digits.length();
        int decpt = n - b.scale(); // value = 0.digits * 10^decpt
        String decimal;
        if (decpt <= 0) {
            decimal = "0." + "0".repeat(-decpt) + digits;
        } else if (decpt >= n) {
            decimal = digits + "0".repeat(decpt - n);
        } else {
            decimal = digits.substring(0, decpt) + "." + digits.substring(decpt);
        }
        int exp = decpt - 1;
        String e = Integer.toString(Math.abs(exp));
        String exponent = digits.charAt(0) + (n > 1 ? "." + digits.substring(1) : "") + "e" + (exp < 0 ? "-" : "+")
                + (e.length() < 2 ? "0" + e : e);
        String s = decimal.length() <= exponent.length() ? decimal : exponent;
        return d < 0 ? "-" + s : s;
    }
}
