package io.github.qdatastream.codec.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * QString's UTF-16 code units to and from a byte array, word at a time, and the byte-array views
 * ({@link VarHandle}s) {@code QDataReader} and {@code QDataWriter} read and write every
 * multi-byte primitive with. One instance per reader or writer holds the scratch arrays its
 * strings go through; the String constructor copies them, so they are reused, up to
 * {@link #MAX_SCRATCH} units.
 *
 * <p>A VarHandle call's return type comes from the cast around it: cast each call, never a
 * conditional around two calls ({@code big ? (short) SHORT_BE.get(b, p) : (short) SHORT_LE.get(b, p)},
 * not {@code (short) (big ? SHORT_BE.get(b, p) : SHORT_LE.get(b, p))}), or both calls return a
 * boxed Object (an {@code asType} adaptation and a box per read).
 *
 * <p>No {@code CharsetDecoder} or {@code CharsetEncoder}: lone surrogates are kept both ways, as
 * Qt keeps them. Not thread-safe.
 */
public final class Utf16 {

    public static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    public static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    public static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    public static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    public static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    public static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Scratch arrays are kept for strings up to this many units; longer ones get their own. */
    private static final int MAX_SCRATCH = 4096;
    private static final byte[] NO_BYTES = new byte[0];
    private static final char[] NO_CHARS = new char[0];
    /** Latin-1 narrowing space for strings up to {@link #MAX_SCRATCH} units, reused across strings. */
    private byte[] scratch = NO_BYTES;

    /**
     * In a little-endian 8-byte read of four UTF-16 units, the lanes holding the units' high
     * bytes: bytes 1, 3, 5, 7 for little-endian text, 0, 2, 4, 6 for big-endian text.
     */
    private static final long HIGH_BYTES_LE_TEXT = 0xFF00_FF00_FF00_FF00L;
    private static final long HIGH_BYTES_BE_TEXT = 0x00FF_00FF_00FF_00FFL;

    // ---------------------------------------------------------------- decoding

    /**
     * Decodes {@code units} UTF-16 code units. Latin-1 text (every high byte zero, the common
     * case) is checked and narrowed eight units at a time (two 8-byte reads, a mask test, and
     * {@link #narrowEight}'s interleave and two swaps) into a scratch array the String constructor
     * copies; at the first read holding a unit above U+00FF the rest is read as chars. No
     * {@code CharsetDecoder}: lone surrogates are kept, as Qt does.
     *
     * <p>The 8-byte reads and the narrowed stores are little-endian, the byte order of the
     * machines Java mostly runs on, whatever the text's order: for big-endian text the high bytes
     * are simply the other lanes, so no byte is swapped. The last read ends exactly at the
     * string's end and may overlap the one before (those units are narrowed twice, to the same
     * bytes): no one-unit tail loop, whose varying trip count cost a mispredicted branch per string.
     */
    public String decode(byte[] b, int from, int units, boolean bigEndian) {
        if (units <= SHORT_UNITS && units > 0 && b.length - from >= 2 * SHORT_UNITS) {
            return decodeShort(b, from, units, bigEndian);
        }
        if (units < 8) {
            return decodeTiny(b, from, units, bigEndian);
        }
        // Narrow into a scratch array kept by this object (String's constructor copies it anyway).
        byte[] latin1 = latin1Scratch(units);
        long high = bigEndian ? HIGH_BYTES_BE_TEXT : HIGH_BYTES_LE_TEXT;
        int sx = bigEndian ? 8 : 0;
        int sy = 8 - sx;
        int i = 0;
        for (int stop = units - 8, p = from; i <= stop; i += 8, p += 16) {
            long x = (long) LONG_LE.get(b, p);
            long y = (long) LONG_LE.get(b, p + 8);
            if (((x | y) & high) != 0) {
                return decodeChars(b, from, units, bigEndian);
            }
            LONG_LE.set(latin1, i, narrowEight(x, y, sx, sy));
        }
        if (i < units) {
            // The last eight units, overlapping the ones already narrowed. The step is spelled out
            // here and in the loop on purpose: one boolean helper for both measured about 1.7%
            // slower on 100-character strings (A/B, QString Latin-1).
            int last = units - 8;
            long x = (long) LONG_LE.get(b, from + 2 * last);
            long y = (long) LONG_LE.get(b, from + 2 * last + 8);
            if (((x | y) & high) != 0) {
                return decodeChars(b, from, units, bigEndian);
            }
            LONG_LE.set(latin1, last, narrowEight(x, y, sx, sy));
        }
        return latin1String(latin1, units);
    }

    /**
     * A String of the first {@code n} bytes of {@code latin1}, one character a byte. The
     * {@code hibyte} constructor with high byte 0 is exactly this (a compact Latin-1 string, one
     * copy) and small enough to inline; {@code new String(.., ISO_8859_1)} reaches the same copy
     * through the large charset-dispatching constructor, a call per string.
     */
    @SuppressWarnings("deprecation")
    private static String latin1String(byte[] latin1, int n) {
        return new String(latin1, 0, 0, n);
    }

    /** Strings up to this many units (most names, labels, train types) take {@link #decodeShort}. */
    private static final int SHORT_UNITS = 16;

    /**
     * For a string of {@code u} units (1 to {@link #SHORT_UNITS}), at {@code 4 * u + k}: the lanes
     * of the {@code k}-th little-endian 8-byte read that hold the high bytes of the string's own
     * units (the first unit is in the low bits), for little-endian text. One table read per 8-byte
     * read, where clamping {@code u - 4k} to 0..4 took a dozen conditional moves.
     */
    private static final long[] LANES_LE_TEXT = shortStringLanes(HIGH_BYTES_LE_TEXT);
    /** The same for big-endian text (each unit's high byte comes first). */
    private static final long[] LANES_BE_TEXT = shortStringLanes(HIGH_BYTES_BE_TEXT);

    private static long[] shortStringLanes(long highBytes) {
        long[] lanes = new long[4 * (SHORT_UNITS + 1)];
        for (int u = 1; u <= SHORT_UNITS; u++) {
            for (int k = 0; k < 4; k++) {
                int units = Math.max(0, Math.min(4, u - 4 * k));
                long firstUnits = units == 4 ? -1L : (1L << (16 * units)) - 1;
                lanes[4 * u + k] = highBytes & firstUnits;
            }
        }
        return lanes;
    }

    /**
     * 1 to {@link #SHORT_UNITS} units with at least {@code 2 * SHORT_UNITS} bytes of the array
     * from {@code from}: four 8-byte reads whatever the length (bytes after the string are read
     * but not used), the high bytes of the string's own units tested at once through a mask per
     * read, all sixteen low bytes packed; no branch depends on the length, so strings of varying
     * length cost no mispredicted loop exit.
     */
    private String decodeShort(byte[] b, int from, int units, boolean bigEndian) {
        byte[] latin1 = latin1Scratch(SHORT_UNITS);
        long[] lanes = bigEndian ? LANES_BE_TEXT : LANES_LE_TEXT;
        int at = 4 * units;
        long x0 = (long) LONG_LE.get(b, from);
        long x1 = (long) LONG_LE.get(b, from + 8);
        long x2 = (long) LONG_LE.get(b, from + 16);
        long x3 = (long) LONG_LE.get(b, from + 24);
        long high = (x0 & lanes[at]) | (x1 & lanes[at + 1]) | (x2 & lanes[at + 2]) | (x3 & lanes[at + 3]);
        if (high != 0) {
            // Not Latin-1: the sixteen units as chars in a scratch array (the String copies them).
            char[] c = charScratch(SHORT_UNITS);
            if (bigEndian) {
                putSwappedUnits(c, 0, x0);
                putSwappedUnits(c, 4, x1);
                putSwappedUnits(c, 8, x2);
                putSwappedUnits(c, 12, x3);
            } else {
                putUnitsFirstLow(c, 0, x0);
                putUnitsFirstLow(c, 4, x1);
                putUnitsFirstLow(c, 8, x2);
                putUnitsFirstLow(c, 12, x3);
            }
            return new String(c, 0, units);
        }
        // Only the string's own high bytes were tested: clear all high lanes (the bytes after the
        // string may be anything) so that narrowEight can merge two reads without masking.
        long low = bigEndian ? ~HIGH_BYTES_BE_TEXT : ~HIGH_BYTES_LE_TEXT;
        int sx = bigEndian ? 8 : 0;
        int sy = 8 - sx;
        LONG_LE.set(latin1, 0, narrowEight(x0 & low, x1 & low, sx, sy));
        LONG_LE.set(latin1, 8, narrowEight(x2 & low, x3 & low, sx, sy));
        return latin1String(latin1, units);
    }

    /** Chars for text that is not Latin-1, reused up to {@link #MAX_SCRATCH} units (String's constructor copies them). */
    private char[] charScratch = NO_CHARS;

    /** The Latin-1 narrowing array for at least {@code units} bytes, kept for strings up to {@link #MAX_SCRATCH} units. */
    private byte[] latin1Scratch(int units) {
        byte[] latin1 = scratch;
        if (latin1.length < units) {
            latin1 = new byte[Math.max(units, SHORT_UNITS)];
            if (units <= MAX_SCRATCH) {
                scratch = latin1;
            }
        }
        return latin1;
    }

    /** The char array for at least {@code units} chars, kept for strings up to {@link #MAX_SCRATCH} units. */
    private char[] charScratch(int units) {
        char[] c = charScratch;
        if (c.length < units) {
            c = new char[Math.max(units, SHORT_UNITS)];
            if (units <= MAX_SCRATCH) {
                charScratch = c;
            }
        }
        return c;
    }

    /** The four big-endian UTF-16 units of a little-endian 8-byte read into {@code c[i, i + 4)}. */
    private static void putSwappedUnits(char[] c, int i, long x) {
        c[i] = Character.reverseBytes((char) x);
        c[i + 1] = Character.reverseBytes((char) (x >>> 16));
        c[i + 2] = Character.reverseBytes((char) (x >>> 32));
        c[i + 3] = Character.reverseBytes((char) (x >>> 48));
    }

    /**
     * Strings of fewer than eight units not taken by {@link #decodeShort} (it needs 32 bytes
     * of array from the string on), one unit at a time (Latin-1 narrowed as above).
     */
    private String decodeTiny(byte[] b, int from, int units, boolean bigEndian) {
        if (units == 0) {
            return "";
        }
        byte[] latin1 = latin1Scratch(units);
        int hi = bigEndian ? 0 : 1;
        for (int i = 0, p = from; i < units; i++, p += 2) {
            if (b[p + hi] != 0) {
                return decodeChars(b, from, units, bigEndian);
            }
            latin1[i] = b[p + 1 - hi];
        }
        return latin1String(latin1, units);
    }

    /**
     * The eight Latin-1 bytes of two consecutive little-endian 8-byte reads {@code x}, {@code y}
     * of four UTF-16 units each, whose high-byte lanes are all zero, as a long to store
     * little-endian. {@code sx, sy} are 8, 0 for big-endian text (the low bytes sit in the odd
     * lanes) and 0, 8 for little-endian text. One shift and an or interleave the two reads' low
     * bytes ({@code x0 y0 x1 y1 x2 y2 x3 y3}, lane 0 first); two delta swaps put them in order
     * ({@code x0 x1 y0 y1 x2 x3 y2 y3}, then {@code x0 x1 x2 x3 y0 y1 y2 y3}): 14 operations
     * for eight units, where packing each read on its own took about twice as many.
     */
    private static long narrowEight(long x, long y, int sx, int sy) {
        long z = (x >>> sx) | (y << sy);
        long t = (z ^ (z >>> 8)) & 0x0000_FF00_0000_FF00L;
        z ^= t ^ (t << 8);
        t = (z ^ (z >>> 16)) & 0x0000_0000_FFFF_0000L;
        return z ^ t ^ (t << 16);
    }

    /**
     * The general case, text with a unit above U+00FF: all units as chars, four per 8-byte read
     * (the last read ends at the string's end and may overlap the one before), into a scratch
     * array the String constructor copies (it also tries Latin-1 first, so a wide unit that turns
     * out to be a false alarm costs nothing but time). Reading the units again from the bytes is
     * cheaper than widening the part already narrowed one byte at a time.
     */
    private String decodeChars(byte[] b, int from, int units, boolean bigEndian) {
        char[] c = charScratch(units);
        if (units < 4) {
            for (int i = 0, p = from; i < units; i++, p += 2) {
                // Cast each call, not the conditional (see the class comment): else both return a boxed Object.
                c[i] = (char) (bigEndian ? (short) SHORT_BE.get(b, p) : (short) SHORT_LE.get(b, p));
            }
            return new String(c, 0, units);
        }
        int i = 0;
        int last = units - 4;
        if (bigEndian) {
            for (; i < last; i += 4) {
                putUnitsFirstHigh(c, i, (long) LONG_BE.get(b, from + 2 * i));
            }
            putUnitsFirstHigh(c, last, (long) LONG_BE.get(b, from + 2 * last));
        } else {
            for (; i < last; i += 4) {
                putUnitsFirstLow(c, i, (long) LONG_LE.get(b, from + 2 * i));
            }
            putUnitsFirstLow(c, last, (long) LONG_LE.get(b, from + 2 * last));
        }
        return new String(c, 0, units);
    }

    /** Four units into {@code c[i, i + 4)}, the first in the top 16 bits of {@code x}. */
    private static void putUnitsFirstHigh(char[] c, int i, long x) {
        c[i] = (char) (x >>> 48);
        c[i + 1] = (char) (x >>> 32);
        c[i + 2] = (char) (x >>> 16);
        c[i + 3] = (char) x;
    }

    /** Four units into {@code c[i, i + 4)}, the first in the low 16 bits of {@code x}. */
    private static void putUnitsFirstLow(char[] c, int i, long x) {
        c[i] = (char) x;
        c[i + 1] = (char) (x >>> 16);
        c[i + 2] = (char) (x >>> 32);
        c[i + 3] = (char) (x >>> 48);
    }

    // ---------------------------------------------------------------- encoding

    /**
     * Writes the {@code n} units of {@code s} into {@code b} from {@code p} (which must have
     * {@code 2 * n} bytes there), in big- or little-endian order. Under four units one unit at a
     * time; else the chars in one bulk copy (for a Latin-1 string the JDK's vectorised inflation),
     * then four units per 8-byte store; the last store ends at the string's end and may overlap
     * the one before (rewriting the same bytes) instead of a tail loop.
     */
    public void encode(String s, int n, byte[] b, int p, boolean bigEndian) {
        if (n < 4) {
            for (int i = 0; i < n; i++, p += 2) {
                char c = s.charAt(i);
                if (bigEndian) {
                    SHORT_BE.set(b, p, (short) c);
                } else {
                    SHORT_LE.set(b, p, (short) c);
                }
            }
            return;
        }
        char[] c = charScratch(n);
        s.getChars(0, n, c, 0);
        int last = n - 4;
        int q = p;
        if (bigEndian) {
            for (int i = 0; i < last; i += 4, q += 8) {
                LONG_BE.set(b, q, unitsFirstHigh(c, i));
            }
            LONG_BE.set(b, p + 2 * last, unitsFirstHigh(c, last));
        } else {
            for (int i = 0; i < last; i += 4, q += 8) {
                LONG_LE.set(b, q, unitsFirstLow(c, i));
            }
            LONG_LE.set(b, p + 2 * last, unitsFirstLow(c, last));
        }
    }

    /** {@code c[i, i + 4)} as a long whose big-endian bytes are the four units in order. */
    private static long unitsFirstHigh(char[] c, int i) {
        return ((long) c[i] << 48) | ((long) c[i + 1] << 32) | ((long) c[i + 2] << 16) | c[i + 3];
    }

    /** {@code c[i, i + 4)} as a long whose little-endian bytes are the four units in order. */
    private static long unitsFirstLow(char[] c, int i) {
        return c[i] | ((long) c[i + 1] << 16) | ((long) c[i + 2] << 32) | ((long) c[i + 3] << 48);
    }
}
