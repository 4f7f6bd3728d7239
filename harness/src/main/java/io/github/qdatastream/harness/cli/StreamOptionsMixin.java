package io.github.qdatastream.harness.cli;

import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.VariantRegistry;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

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

    StreamOptions options(String version, String order, String precision) {
        return ValueTool.options(version != null ? version : streamVersion, order != null ? order : byteOrder,
                precision != null ? precision : floatPrecision);
    }

    public StreamOptions options() {
        return options(null, null, null);
    }

    public VariantRegistry registry() {
        return ValueTool.registry(userTypes);
    }
}
