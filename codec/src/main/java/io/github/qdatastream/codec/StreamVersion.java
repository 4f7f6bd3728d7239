package io.github.qdatastream.codec;

/**
 * The QDataStream format versions, one constant per {@code QDataStream::Version} enumerator.
 *
 * <p>Several Qt releases share one wire version (Qt 4.7 writes exactly as Qt 4.6, for example);
 * {@link #wireNumber()} is the number Qt compares against, and every version decision in this
 * library compares wire numbers through {@link #atLeast(StreamVersion)}. The default everywhere is
 * {@link #Qt_4_0}, the version the Fortune and Trip examples pin.
 */
public enum StreamVersion {
    Qt_1_0(1), Qt_2_0(2), Qt_2_1(3), Qt_3_0(4), Qt_3_1(5), Qt_3_3(6),
    Qt_4_0(7), Qt_4_1(7), Qt_4_2(8), Qt_4_3(9), Qt_4_4(10), Qt_4_5(11),
    Qt_4_6(12), Qt_4_7(12), Qt_4_8(12), Qt_4_9(12),
    Qt_5_0(13), Qt_5_1(14), Qt_5_2(15), Qt_5_3(15), Qt_5_4(16), Qt_5_5(16),
    Qt_5_6(17), Qt_5_7(17), Qt_5_8(17), Qt_5_9(17), Qt_5_10(17), Qt_5_11(17),
    Qt_5_12(18), Qt_5_13(19), Qt_5_14(19), Qt_5_15(19),
    Qt_6_0(20), Qt_6_1(20), Qt_6_2(20), Qt_6_3(20), Qt_6_4(20), Qt_6_5(20),
    Qt_6_6(21), Qt_6_7(22), Qt_6_8(22), Qt_6_9(22), Qt_6_10(23);

    /** The version Qt's own examples pin, and this library's default. */
    public static final StreamVersion DEFAULT = Qt_4_0;

    private final int wireNumber;

    StreamVersion(int wireNumber) {
        this.wireNumber = wireNumber;
    }

    /** The integer value of the {@code QDataStream::Version} enumerator. */
    public int wireNumber() {
        return wireNumber;
    }

    /** True if this version writes at least as {@code other} does (compares wire numbers). */
    public boolean atLeast(StreamVersion other) {
        return wireNumber >= other.wireNumber;
    }

    /** True if this version is older on the wire than {@code other}. */
    public boolean before(StreamVersion other) {
        return wireNumber < other.wireNumber;
    }

    /** The Qt major version whose QMetaType numbering applies (4, 5 or 6). */
    public int qtMajor() {
        if (wireNumber >= Qt_6_0.wireNumber) {
            return 6;
        }
        return wireNumber >= Qt_5_0.wireNumber ? 5 : 4;
    }

    /**
     * Parses a version name as Qt spells it ({@code Qt_5_15}), also accepting {@code 5.15} and
     * {@code Qt5.15}.
     */
    public static StreamVersion parse(String text) {
        String t = text.trim();
        try {
            return valueOf(t);
        } catch (IllegalArgumentException ignored) {
            // fall through to the dotted forms
        }
        String dotted = t.startsWith("Qt") ? t.substring(2) : t;
        String name = "Qt_" + dotted.replace('.', '_').replaceFirst("^_", "");
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown stream version: " + text
                    + " (expected a name such as Qt_4_0 or 5.15)");
        }
    }
}
