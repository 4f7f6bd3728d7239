package io.github.qdatastream.codec;

/**
 * A QColor exactly as its wire fields, so that every color survives decoding: the spec, the alpha
 * and four 16-bit components whose meaning depends on the spec ({@link #RGB}: red, green, blue,
 * pad; {@link #HSV}: hue, saturation, value, pad; {@link #CMYK}: cyan, magenta, yellow, black;
 * {@link #HSL}: hue, saturation, lightness, pad; {@link #EXTENDED_RGB} (Qt 5.14+): alpha and
 * red, green, blue as IEEE half-precision bit patterns, pad). Qt's 8-bit channel {@code v} is
 * {@code v * 0x101} here.
 *
 * <p>Wire format from {@code Qt_4_0} on: qint8 spec, quint16 alpha, quint16 c1, c2, c3, c4.
 * Before {@code Qt_4_0} Qt writes one quint32 {@code QRgb}, {@code 0xffRRGGBB} (alpha is not
 * written: Qt writes {@code rgb()}, which has alpha 0xff), or {@code 0x49000000} for an invalid
 * color; stream version 1 swaps red and blue ({@code 0xffBBGGRR}).
 *
 * <pre>
 *   QColor(10, 20, 30, 40) at Qt_4_0:
 *   01 | 28 28 | 0a 0a | 14 14 | 1e 1e | 00 00
 *   spec alpha   red     green   blue    pad
 *   at Qt_3_3: ff 0a 14 1e        at Qt_1_0: ff 1e 14 0a
 * </pre>
 *
 * <p>Before {@code Qt_4_0} this codec writes only {@link #INVALID}-spec and {@link #RGB} colors
 * (as Qt: {@code 0x49000000}, or the channels rounded to 8 bits as {@code qt_div_257}); other specs
 * would need Qt's color-space conversion and are rejected with {@link IllegalArgumentException}.
 * On reading, a {@code QRgb} whose alpha byte is neither {@code 0xff} nor the invalid marker is
 * corrupt data (Qt never writes one and would ignore that byte).
 *
 * <p>Immutable and thread-safe.
 *
 * @param spec {@code QColor::Spec}: 0 invalid, 1 RGB, 2 HSV, 3 CMYK, 4 HSL, 5 extended RGB; any
 *             qint8 survives decoding
 * @param alpha the alpha channel, a quint16 ({@code 0xffff} opaque; a half-float bit pattern for
 *              {@link #EXTENDED_RGB})
 * @param c1 the first component, a quint16 (by the spec: red, hue or cyan)
 * @param c2 the second component, a quint16 (green, saturation or magenta)
 * @param c3 the third component, a quint16 (blue, value, lightness or yellow)
 * @param c4 the fourth component, a quint16 (black for {@link #CMYK}, the pad otherwise)
 */
public record QColor(int spec, int alpha, int c1, int c2, int c3, int c4) {

    /** {@code QColor::Invalid}. */
    public static final int INVALID_SPEC = 0;
    /** {@code QColor::Rgb}. */
    public static final int RGB = 1;
    /** {@code QColor::Hsv}. */
    public static final int HSV = 2;
    /** {@code QColor::Cmyk}. */
    public static final int CMYK = 3;
    /** {@code QColor::Hsl}. */
    public static final int HSL = 4;
    /** {@code QColor::ExtendedRgb}. */
    public static final int EXTENDED_RGB = 5;

    /** {@code QColor()}: spec invalid, alpha 0xffff, components 0 (as Qt's {@code invalidate()}). */
    public static final QColor INVALID = new QColor(INVALID_SPEC, 0xFFFF, 0, 0, 0, 0);

    /** The quint32 Qt writes for an invalid color before {@code Qt_4_0}. */
    static final int LEGACY_INVALID = 0x49000000;

    /** Reads and writes a QColor at the stream's version (see the wire formats above). */
    public static final Codec<QColor> CODEC = Codec.of("QColor", QColor::read, QColor::write);

    /**
     * Checks the ranges: {@code spec} a qint8, the others quint16.
     *
     * @param spec {@code QColor::Spec}
     * @param alpha alpha, 0 to 0xffff
     * @param c1 first component, 0 to 0xffff
     * @param c2 second component, 0 to 0xffff
     * @param c3 third component, 0 to 0xffff
     * @param c4 fourth component (CMYK's black), 0 to 0xffff
     * @throws IllegalArgumentException if a field is out of range
     */
    public QColor {
        if (spec < Byte.MIN_VALUE || spec > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("spec is a qint8: " + spec);
        }
        check("alpha", alpha);
        check("c1", c1);
        check("c2", c2);
        check("c3", c3);
        check("c4", c4);
    }

    private static void check(String what, int v) {
        if (v < 0 || v > 0xFFFF) {
            throw new IllegalArgumentException(what + " is a quint16: " + v);
        }
    }

    /**
     * {@return {@code QColor(r, g, b)} with 8-bit channels, opaque}
     *
     * @param r red, 0 to 255
     * @param g green, 0 to 255
     * @param b blue, 0 to 255
     * @throws IllegalArgumentException if a channel is out of range
     */
    public static QColor rgb(int r, int g, int b) {
        return rgba(r, g, b, 255);
    }

    /**
     * {@return {@code QColor(r, g, b, a)} with 8-bit channels}
     *
     * @param r red, 0 to 255
     * @param g green, 0 to 255
     * @param b blue, 0 to 255
     * @param a alpha, 0 (transparent) to 255 (opaque)
     * @throws IllegalArgumentException if a channel is out of range
     */
    public static QColor rgba(int r, int g, int b, int a) {
        for (int v : new int[] {r, g, b, a}) {
            if (v < 0 || v > 255) throw new IllegalArgumentException("8-bit channel out of range: " + v);
        }
        return new QColor(RGB, a * 0x101, r * 0x101, g * 0x101, b * 0x101, 0);
    }

    /** {@return false for an invalid color (spec {@link #INVALID_SPEC})} */
    public boolean isValid() {
        return spec != INVALID_SPEC;
    }

    static QColor read(QDataReader in) {
        if (in.version().before(StreamVersion.Qt_4_0)) {
            long at = in.offset();
            int p = in.readInt32();
            if (p == LEGACY_INVALID) {
                return INVALID;
            }
            if ((p >>> 24) != 0xFF) {
                throw in.corrupt("QColor QRgb", String.format("0x%08x", p), at,
                        "Qt writes alpha 0xff before Qt_4_0 (or 0x49000000 for an invalid color)");
            }
            if (in.version() == StreamVersion.Qt_1_0) {
                p = swapRedBlue(p);
            }
            return new QColor(RGB, 0xFFFF, ((p >>> 16) & 0xFF) * 0x101, ((p >>> 8) & 0xFF) * 0x101,
                    (p & 0xFF) * 0x101, 0);
        }
        int spec = in.readInt8();
        return new QColor(spec, in.readUInt16(), in.readUInt16(), in.readUInt16(), in.readUInt16(), in.readUInt16());
    }

    static void write(QDataWriter out, QColor c) {
        if (out.version().before(StreamVersion.Qt_4_0)) {
            if (c.spec == INVALID_SPEC) {
                out.writeInt32(LEGACY_INVALID);
                return;
            }
            if (c.spec != RGB) {
                throw new IllegalArgumentException("before Qt_4_0 a QColor is written as RGB; convert spec "
                        + c.spec + " to RGB first (this codec does not do Qt's color-space conversion)");
            }
            int p = 0xFF000000 | (div257(c.c1) << 16) | (div257(c.c2) << 8) | div257(c.c3);
            if (out.version() == StreamVersion.Qt_1_0) {
                p = swapRedBlue(p);
            }
            out.writeInt32(p);
            return;
        }
        out.writeInt8(c.spec).writeUInt16(c.alpha).writeUInt16(c.c1).writeUInt16(c.c2).writeUInt16(c.c3)
                .writeUInt16(c.c4);
    }

    /** Qt's {@code qt_div_257}: a 16-bit channel rounded to 8 bits. */
    static int div257(int x) {
        return (x - (x >>> 8) + 0x80) >>> 8;
    }

    private static int swapRedBlue(int p) {
        return ((p << 16) & 0xFF0000) | ((p >>> 16) & 0xFF) | (p & 0xFF00FF00);
    }
}
