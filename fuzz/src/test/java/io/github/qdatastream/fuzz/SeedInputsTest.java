package io.github.qdatastream.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.Limits;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QVariant;
import io.github.qdatastream.codec.SizeLimitExceededException;
import io.github.qdatastream.codec.StreamOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seeds say what they were written to say: a golden vector's seed still selects its type and
 * options (the grammar or the choice order has not drifted under it) and decodes to one value
 * that uses every payload byte, and the hostile nesting seed still trips the depth limit.
 */
class SeedInputsTest {

    private static final Path INPUTS = Path.of("src/test/resources/io/github/qdatastream/fuzz");

    private static List<Path> seeds(String dir) throws IOException {
        Path d = INPUTS.resolve(dir);
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> p.getFileName().toString().startsWith("seed-")).sorted().toList();
        }
    }

    @Test
    void everyTypeSeedDecodesToOneValueUsingTheWholePayload() throws IOException {
        List<Path> seeds = seeds("TypeExpressionFuzzTestInputs/anyTypeDecodesOrRejects");
        assertFalse(seeds.isEmpty(), "no seeds: run fuzz/seeds.sh");
        for (Path p : seeds) {
            FuzzInput in = new FuzzInput(Files.readAllBytes(p));
            StreamOptions options = Rules.options(in);
            TypeNode type = TypeGrammar.generate(in);
            byte[] payload = in.payload();
            QDataReader r = new QDataReader(payload, options);
            Types.codec(type).read(r);
            assertEquals(payload.length, r.position(), p + " (" + type + " at " + options.version() + ")");
        }
    }

    @Test
    void everyVariantSeedDecodesExceptThoseNestedPastTheLimit() throws IOException {
        List<Path> seeds = seeds("QVariantFuzzTestInputs/anyVariantDecodesOrRejects");
        assertFalse(seeds.isEmpty(), "no seeds: run fuzz/seeds.sh");
        for (Path p : seeds) {
            FuzzInput in = new FuzzInput(Files.readAllBytes(p));
            StreamOptions options = Rules.options(in);
            assertEquals(0, in.choose(4), p + ": seeds use the default limits");
            Codec<QVariant> codec = in.flag() ? QVariantFuzzTest.REGISTRY.variantCodec() : QVariant.CODEC;
            byte[] payload = in.payload();
            if (p.getFileName().toString().startsWith("seed-nested-list-65")) {
                SizeLimitExceededException e = assertThrows(SizeLimitExceededException.class,
                        () -> codec.decode(payload, options), p.toString());
                assertEquals(Limits.DEFAULT_MAX_DEPTH, e.limit());
            } else {
                codec.decode(payload, options);
            }
        }
    }
}
