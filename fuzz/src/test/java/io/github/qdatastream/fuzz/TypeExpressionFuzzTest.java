package io.github.qdatastream.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.StreamOptions;

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
}
