package io.github.qdatastream.testkit.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

// --- docs/testkit.md example start
import static org.quicktheories.generators.SourceDSL.lists;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.StreamVersion;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.testkit.CodecChecks;
import io.github.qdatastream.testkit.CodecDecoders;
import io.github.qdatastream.testkit.FramingChecks;
import io.github.qdatastream.testkit.QtFuzz;
import io.github.qdatastream.testkit.QtGen;
import org.quicktheories.core.Gen;

class SensorReadingTest {

    // Your message type and its codec (what a Qt peer writes with out << sensor << day << celsius << count).
    record Reading(String sensor, QDate day, double celsius, long count) {}

    static final Codec<Reading> READING = Codec.of("Reading",
            in -> new Reading(in.readString(), in.read(QDate.CODEC), in.readDouble(), in.readInt64()),
            (out, r) -> out.writeString(r.sensor()).write(QDate.CODEC, r.day()).writeDouble(r.celsius()).writeInt64(r.count()));

    // Its values at any stream options, from the testkit's generators (null and empty strings, far dates, NaN payloads...).
    static Gen<Reading> readings(StreamOptions o) {
        return QtGen.qstrings(o.version()).zip(QtGen.qdates(o.version()), QtGen.doubles(o), QtGen.qint64s(), Reading::new);
    }

    static final StreamOptions QT5 = StreamOptions.of(StreamVersion.Qt_5_15);
    static final Framing FRAMING = Framing.uint32();   // a quint32 size before each block

    // The five lines: round trip and every truncation at every version and byte order ...
    @Test
    void readingRoundTripsAndEveryCutIsTruncated() {
        CodecChecks.forAll(QtGen.options(), SensorReadingTest::readings, READING);
    }

    // ... the same readings however the stream is fragmented, with exact need-more hints ...
    @Test
    void aStreamOfReadingsSurvivesAnyFragmentation() {
        FramingChecks.forAll(lists().of(readings(QT5)).ofSizeBetween(0, 4).map(new BlockEncoder<>(FRAMING, READING, QT5)::encodeStream),
                () -> CodecDecoders.blockValues(FRAMING, READING, QT5));
    }

    // ... and a Jazzer target: only the codec's exceptions, round trip of whatever decodes.
    @FuzzTest(maxDuration = "10s")
    void fuzzedBytesDecodeOrAreRejected(FuzzedDataProvider data) {
        QtFuzz.decode(READING, data);
    }
// --- docs/testkit.md example end

    @Test
    void docsShowThisExampleVerbatim() throws Exception {
        String source = Files.readString(Path.of("src/test/java/io/github/qdatastream/testkit/example/SensorReadingTest.java"));
        String example = source.substring(source.indexOf("// --- docs/testkit.md example start\n") + 37,
                source.indexOf("// --- docs/testkit.md example end"));
        String doc = Files.readString(Path.of("../docs/testkit.md"));
        assertTrue(doc.contains(example), "docs/testkit.md must show the example of " + getClass().getSimpleName() + " verbatim");
    }
}
