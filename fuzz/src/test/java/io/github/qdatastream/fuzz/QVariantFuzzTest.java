package io.github.qdatastream.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.Codecs;
import io.github.qdatastream.codec.Limits;
import io.github.qdatastream.codec.QVariant;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.VariantRegistry;
import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.protocol.TripRequest;

/**
 * QVariant on its own, where the wire picks every type: deep nesting (QVariantList in QVariantMap
 * in ...), against the default depth limit or a small one, and user types by name, both
 * registered ones ({@code TripReply}, aliases such as {@code Scores}) and template names the
 * registry must parse from the wire ({@code QList<QVariant>}).
 */
class QVariantFuzzTest {

    /** The user types a Qt program of ours would register; their names are in the dictionary. */
    static final VariantRegistry REGISTRY = VariantRegistry.DEFAULT
            .with("TripReply", TripReply.CODEC)
            .with("TripRequest", TripRequest.CODEC)
            .with("Utf8", Codecs.QBYTEARRAY)
            .withAlias("Scores", "QMap<QString,qint32>")
            .withAlias("Nested", "QList<QVariantMap>");

    private static final Codec<QVariant> DEFAULT_CODEC = QVariant.CODEC;
    private static final Codec<QVariant> USER_CODEC = REGISTRY.variantCodec();

    @FuzzTest
    @DictionaryFile(resourcePath = "/io/github/qdatastream/fuzz/qdatastream.dict")
    void anyVariantDecodesOrRejects(byte[] data) {
        FuzzInput in = new FuzzInput(data);
        StreamOptions options = Rules.options(in);
        int depth = in.choose(4);
        if (depth != 0) {
            options = options.withLimits(Limits.DEFAULT.withMaxDepth(depth * 3 - 2));
        }
        Codec<QVariant> codec = in.flag() ? USER_CODEC : DEFAULT_CODEC;
        Rules.decodeAndRoundTrip(codec, in.payload(), options);
    }
}
