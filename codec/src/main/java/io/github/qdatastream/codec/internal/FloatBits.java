package io.github.qdatastream.codec.internal;

/**
 * Float/double conversions for the precision-converting paths that keep NaN payloads as bits:
 * Java's (and the CPU's) conversions quiet a signalling NaN, which would make a decoded value
 * re-encode to different bytes. For every non-NaN value these are exactly Java's casts; for a
 * quiet NaN they give the bits x86 hardware (and so Qt) gives.
 */
public final class FloatBits {

    private FloatBits() {
    }

    /** Widens a float to a double, keeping a NaN's sign and payload (shifted into the top bits). */
    public static double widen(float f) {
        if (!Float.isNaN(f)) {
            return f;
        }
        int b = Float.floatToRawIntBits(f);
        long sign = (long) (b >>> 31) << 63;
        long payload = (long) (b & 0x7F_FFFF) << 29;
        return Double.longBitsToDouble(sign | 0x7FF0_0000_0000_0000L | payload);
    }

    /** Narrows a double to a float, keeping a NaN's sign and the top 23 payload bits. */
    public static float narrow(double d) {
        if (!Double.isNaN(d)) {
            return (float) d;
        }
        long b = Double.doubleToRawLongBits(d);
        int sign = (int) (b >>> 63) << 31;
        int payload = (int) ((b >>> 29) & 0x7F_FFFF);
        if (payload == 0) {
            payload = 0x40_0000; // a NaN whose payload lived only in the low bits stays a (quiet) NaN
        }
        return Float.intBitsToFloat(sign | 0x7F80_0000 | payload);
    }
}
