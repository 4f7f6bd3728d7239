package io.github.qdatastream.harness.cli;

import io.github.qdatastream.codec.Limits;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.VariantRegistry;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The stream options shared by qds encode and qds decode. */
public final class StreamOptionsMixin {

    @Option(names = "--stream-version", paramLabel = "VERSION", defaultValue = "Qt_4_0",
            description = "QDataStream version: Qt_4_0 (default), Qt_5_15, 6.7, ...")
    String streamVersion;

    @Option(names = "--byte-order", paramLabel = "big|little", defaultValue = "big",
            description = "Byte order (default: big, as QDataStream).")
    String byteOrder;

    @Option(names = "--float-precision", paramLabel = "single|double", defaultValue = "double",
            description = "Floating-point precision from Qt_4_6 on (default: double).")
    String floatPrecision;

    @Option(names = "--user-type", paramLabel = "NAME=TYPE",
            description = "A QVariant user type and its wire format as a type expression, e.g. Scores=QMap<QString,int>. Repeatable.")
    List<String> userTypes = new ArrayList<>();

    @Option(names = "--max-bytes", paramLabel = "N", converter = Size.class,
            description = "Most bytes in one QString, QByteArray, const char* or raw block (default 16M; suffixes k, M, G "
                    + "are powers of 1024; at most 2G - 17, what a Java array holds).")
    long maxBytes = Limits.DEFAULT_MAX_BYTES;

    @Option(names = "--max-elements", paramLabel = "N", converter = Size.class,
            description = "Most elements in one container: QList, QMap, QStringList, ... (default 1M = 1048576).")
    long maxElements = Limits.DEFAULT_MAX_ELEMENTS;

    @Option(names = "--max-depth", paramLabel = "N", converter = Size.class,
            description = "Most nested QVariant / container levels in one value (default 64).")
    long maxDepth = Limits.DEFAULT_MAX_DEPTH;

    StreamOptions options(String version, String order, String precision) {
        return ValueTool.options(version != null ? version : streamVersion, order != null ? order : byteOrder,
                precision != null ? precision : floatPrecision).withLimits(limits());
    }

    /** The decoder limits of --max-bytes, --max-elements and --max-depth. */
    Limits limits() {
        if (maxDepth < 1 || maxDepth > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--max-depth must be 1 .. " + Integer.MAX_VALUE + ", not " + maxDepth);
        }
        return new Limits(maxBytes, maxElements, (int) maxDepth);
    }

    /** A count: digits with an optional k, M or G suffix (powers of 1024). */
    public static final class Size implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            String t = text.trim();
            long unit = 1;
            if (!t.isEmpty()) {
                switch (Character.toLowerCase(t.charAt(t.length() - 1))) {
                    case 'k' -> unit = 1L << 10;
                    case 'm' -> unit = 1L << 20;
                    case 'g' -> unit = 1L << 30;
                    default -> unit = 1;
                }
            }
            String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
            if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(Character::isDigit)) {
                throw new TypeConversionException("'" + text + "' is not a count (digits, optionally followed by k, M or G)");
            }
            return Long.parseLong(digits) * unit;
        }
    }

    public StreamOptions options() {
        return options(null, null, null);
    }

    public VariantRegistry registry() {
        return ValueTool.registry(userTypes);
    }
}
