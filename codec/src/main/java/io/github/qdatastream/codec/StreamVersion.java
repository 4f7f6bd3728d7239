package io.github.qdatastream.codec;

/**
 * The QDataStream format versions, one constant per {@code QDataStream::Version} enumerator.
 *
 * <p>Several Qt releases share one wire version (Qt 4.7 writes exactly as Qt 4.6, for example);
 * {@link #wireNumber()} is the number Qt compares against, and every version decision in this
 * library compares wire numbers through {@link #atLeast(StreamVersion)}. The default everywhere is
 * {@link #Qt_4_0}, the version the Fortune and Trip examples pin.
 *
 * <p>The constants are exactly real Qt 6.11's enumerators with their numbers (read from Qt 6.11.2
 * and 6.8.2 by {@code interop/golden/stream_versions.py}; {@code StreamVersionTest} holds this enum
 * to them). What each wire number changes, as real Qt 6.11 writes it (docs/wire-format.md,
 * "Version deltas", measured by {@code interop/golden/version_delta.py}):
 * <ul>
 * <li>2 ({@code Qt_2_0}): QString as UTF-16 (Latin-1 before), 32-bit geometry coordinates; 3: the
 *     null QString; 6 ({@code Qt_3_3}): the null QByteArray, qint64 as one 8-byte value;
 *     7 ({@code Qt_4_0}): QTime null, QDateTime spec byte, QColor spec layout, Qt 4 QVariant ids;
 *     8: the QVariant null flag; 12 ({@code Qt_4_6}): floating-point precision;
 *     13 ({@code Qt_5_0}): QDate as qint64, Qt 5 QVariant ids; 14, 15: QDateTime layouts;
 *     16–19: no change to the types here.</li>
 * <li>20 ({@code Qt_6_0} … {@code Qt_6_5}): container counts and QBitArray sizes as Qt 6 size
 *     fields, Qt 6 QVariant ids (GUI types from 0x1000).</li>
 * <li>21 ({@code Qt_6_6}): no change to the types this codec knows.</li>
 * <li>22 ({@code Qt_6_7} … {@code Qt_6_9}): 64-bit sizes: a size field {@code 0xFFFFFFFE} is
 *     followed by a qint64 (also for {@code const char*}), which real Qt writes only for sizes of
 *     {@code 0xFFFFFFFE} and more, and reads as Qt 6.11 does ({@link QDataReader#readSizeField}).</li>
 * <li>23 ({@code Qt_6_10}), 24 ({@code Qt_6_11}): no change to the types this codec knows (real
 *     Qt 6.11 writes every sampled value identically at 22, 23 and 24).</li>
 * </ul>
 *
 * <h2>A numeric version newer than this enum</h2>
 * {@link #forWireNumber(int)} and {@link #parse(String)} reject a number above
 * {@link #NEWEST}'s with an {@link IllegalArgumentException} that names the newest known version,
 * rather than reading it as the newest: a newer Qt may change any type's layout at its new number,
 * and this codec cannot know how. A peer that announces a newer number has to be answered (or
 * pinned) at a version both know, as Qt's own {@code QDataStream::setVersion} contract expects.
 *
 * <p>An enum: immutable and thread-safe.
 */
public enum StreamVersion {
    /** {@code QDataStream::Qt_1_0}, wire number 1. */
    Qt_1_0(1),
    /** {@code QDataStream::Qt_2_0}, wire number 2. */
    Qt_2_0(2),
    /** {@code QDataStream::Qt_2_1}, wire number 3. */
    Qt_2_1(3),
    /** {@code QDataStream::Qt_3_0}, wire number 4. */
    Qt_3_0(4),
    /** {@code QDataStream::Qt_3_1}, wire number 5. */
    Qt_3_1(5),
    /** {@code QDataStream::Qt_3_3}, wire number 6. */
    Qt_3_3(6),
    /** {@code QDataStream::Qt_4_0}, wire number 7. */
    Qt_4_0(7),
    /** {@code QDataStream::Qt_4_1}, wire number 7. */
    Qt_4_1(7),
    /** {@code QDataStream::Qt_4_2}, wire number 8. */
    Qt_4_2(8),
    /** {@code QDataStream::Qt_4_3}, wire number 9. */
    Qt_4_3(9),
    /** {@code QDataStream::Qt_4_4}, wire number 10. */
    Qt_4_4(10),
    /** {@code QDataStream::Qt_4_5}, wire number 11. */
    Qt_4_5(11),
    /** {@code QDataStream::Qt_4_6}, wire number 12. */
    Qt_4_6(12),
    /** {@code QDataStream::Qt_4_7}, wire number 12. */
    Qt_4_7(12),
    /** {@code QDataStream::Qt_4_8}, wire number 12. */
    Qt_4_8(12),
    /** {@code QDataStream::Qt_4_9}, wire number 12. */
    Qt_4_9(12),
    /** {@code QDataStream::Qt_5_0}, wire number 13. */
    Qt_5_0(13),
    /** {@code QDataStream::Qt_5_1}, wire number 14. */
    Qt_5_1(14),
    /** {@code QDataStream::Qt_5_2}, wire number 15. */
    Qt_5_2(15),
    /** {@code QDataStream::Qt_5_3}, wire number 15. */
    Qt_5_3(15),
    /** {@code QDataStream::Qt_5_4}, wire number 16. */
    Qt_5_4(16),
    /** {@code QDataStream::Qt_5_5}, wire number 16. */
    Qt_5_5(16),
    /** {@code QDataStream::Qt_5_6}, wire number 17. */
    Qt_5_6(17),
    /** {@code QDataStream::Qt_5_7}, wire number 17. */
    Qt_5_7(17),
    /** {@code QDataStream::Qt_5_8}, wire number 17. */
    Qt_5_8(17),
    /** {@code QDataStream::Qt_5_9}, wire number 17. */
    Qt_5_9(17),
    /** {@code QDataStream::Qt_5_10}, wire number 17. */
    Qt_5_10(17),
    /** {@code QDataStream::Qt_5_11}, wire number 17. */
    Qt_5_11(17),
    /** {@code QDataStream::Qt_5_12}, wire number 18. */
    Qt_5_12(18),
    /** {@code QDataStream::Qt_5_13}, wire number 19. */
    Qt_5_13(19),
    /** {@code QDataStream::Qt_5_14}, wire number 19. */
    Qt_5_14(19),
    /** {@code QDataStream::Qt_5_15}, wire number 19. */
    Qt_5_15(19),
    /** {@code QDataStream::Qt_6_0}, wire number 20. */
    Qt_6_0(20),
    /** {@code QDataStream::Qt_6_1}, wire number 20. */
    Qt_6_1(20),
    /** {@code QDataStream::Qt_6_2}, wire number 20. */
    Qt_6_2(20),
    /** {@code QDataStream::Qt_6_3}, wire number 20. */
    Qt_6_3(20),
    /** {@code QDataStream::Qt_6_4}, wire number 20. */
    Qt_6_4(20),
    /** {@code QDataStream::Qt_6_5}, wire number 20. */
    Qt_6_5(20),
    /** {@code QDataStream::Qt_6_6}, wire number 21. */
    Qt_6_6(21),
    /** {@code QDataStream::Qt_6_7}, wire number 22. */
    Qt_6_7(22),
    /** {@code QDataStream::Qt_6_8}, wire number 22. */
    Qt_6_8(22),
    /** {@code QDataStream::Qt_6_9}, wire number 22. */
    Qt_6_9(22),
    /** {@code QDataStream::Qt_6_10}, wire number 23. */
    Qt_6_10(23),
    /** {@code QDataStream::Qt_6_11}, wire number 24. */
    Qt_6_11(24);

    /** The version Qt's own examples pin, and this library's default. */
    public static final StreamVersion DEFAULT = Qt_4_0;

    /** The newest version this codec knows ({@code QDataStream::Qt_DefaultCompiledVersion} of Qt 6.11). */
    public static final StreamVersion NEWEST = Qt_6_11;

    private static final StreamVersion[] VALUES = values();

    private final int wireNumber;

    StreamVersion(int wireNumber) {
        this.wireNumber = wireNumber;
    }

    /** {@return the integer value of the {@code QDataStream::Version} enumerator} */
    public int wireNumber() {
        return wireNumber;
    }

    /**
     * {@return whether this version writes at least as {@code other} does} (compares wire numbers).
     *
     * @param other the version compared with
     */
    public boolean atLeast(StreamVersion other) {
        return wireNumber >= other.wireNumber;
    }

    /**
     * {@return whether this version is older on the wire than {@code other}}
     *
     * @param other the version compared with
     */
    public boolean before(StreamVersion other) {
        return wireNumber < other.wireNumber;
    }

    /** {@return the Qt major version whose QMetaType numbering applies (4, 5 or 6)} */
    public int qtMajor() {
        if (wireNumber >= Qt_6_0.wireNumber) {
            return 6;
        }
        return wireNumber >= Qt_5_0.wireNumber ? 5 : 4;
    }

    /**
     * The version for a wire number as Qt's {@code QDataStream::version()} gives it: the first
     * (oldest) name with that number ({@code 22} is {@code Qt_6_7}). A number below 1 or above
     * {@link #NEWEST}'s is rejected; see the class comment.
     *
     * @param number the wire number
     * @return the oldest version with that number
     * @throws IllegalArgumentException if no version has that number, or it is newer than {@link #NEWEST}
     */
    public static StreamVersion forWireNumber(int number) {
        if (number > NEWEST.wireNumber) {
            throw new IllegalArgumentException("stream version " + number + " is newer than " + NEWEST
                    + " (" + NEWEST.wireNumber + "), the newest this codec knows; its layout is unknown");
        }
        for (StreamVersion v : VALUES) {
            if (v.wireNumber == number) {
                return v;
            }
        }
        throw new IllegalArgumentException("no stream version has number " + number + " (Qt_1_0 = 1 … " + NEWEST + " = " + NEWEST.wireNumber + ")");
    }

    /**
     * Parses a version name as Qt spells it ({@code Qt_5_15}), also accepting {@code 5.15},
     * {@code Qt5.15} and a wire number ({@code 19}, see {@link #forWireNumber(int)}).
     *
     * @param text the name or number; surrounding blanks are ignored
     * @return the version
     * @throws IllegalArgumentException if the text names no known version
     */
    public static StreamVersion parse(String text) {
        String t = text.trim();
        if (!t.isEmpty() && t.length() <= 9 && t.chars().allMatch(Character::isDigit)) {
            return forWireNumber(Integer.parseInt(t));
        }
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
                    + " (expected a name Qt_1_0 … " + NEWEST + ", such as Qt_4_0 or 5.15, or a wire number 1 … "
                    + NEWEST.wireNumber + ")");
        }
    }
}
