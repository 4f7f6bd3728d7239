package io.github.qdatastream.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TypeExpression;

/**
 * Every value decoder, reached through a type expression: the fuzzer picks the stream version,
 * byte order, float precision and a type from {@link TypeGrammar} (nested containers included),
 * and the rest of the input is decoded as that type.
 */
class TypeExpressionFuzzTest {

    @FuzzTest
    @DictionaryFile(resourcePath = "/io/github/qdatastream/fuzz/qdatastream.dict")
    void anyTypeDecodesOrRejects(byte[] data) {
        FuzzInput in = new FuzzInput(data);
        StreamOptions options = Rules.options(in);
        TypeNode type = TypeGrammar.generate(in);
        Codec<Object> codec = Types.codec(type);
        Rules.decodeAndRoundTrip(codec, in.payload(), options);
    }

    /**
     * The type expression parser itself, as {@code qds} and QVariant user type names feed it text:
     * a type whose canonical text parses to the same type, or an {@link IllegalArgumentException}
     * with a message.
     */
    @FuzzTest
    @DictionaryFile(resourcePath = "/io/github/qdatastream/fuzz/types.dict")
    void typeTextParsesOrIsIllegalArgument(byte[] data) {
        String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        TypeExpression t;
        try {
            t = TypeExpression.parse(text, QVariantFuzzTest.REGISTRY);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().length() > 2000) {
                throw new AssertionError("a bad type expression needs a short message: " + e.getMessage(), e);
            }
            return;
        }
        TypeExpression again = TypeExpression.parse(t.toString(), QVariantFuzzTest.REGISTRY);
        if (!again.equals(t)) {
            throw new AssertionError("\"" + text + "\" parses to " + t + ", whose text parses to " + again);
        }
        t.codec(QVariantFuzzTest.REGISTRY);
    }
}
