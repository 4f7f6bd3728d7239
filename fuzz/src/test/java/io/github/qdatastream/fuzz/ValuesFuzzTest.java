package io.github.qdatastream.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.Codecs;
import io.github.qdatastream.codec.Limits;
import io.github.qdatastream.codec.QCompress;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QMap;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.QVariant;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.record.QType;
import io.github.qdatastream.codec.record.RecordCodec;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.List;

/**
 * The decoders of typed values: codecs derived from records (flat, nested with containers of
 * records and a QVariant, self-containing under a small depth limit, and wrapped in qCompress),
 * and qUncompress on its own under a small output limit. Beyond {@link Rules}: a record codec's
 * rejection names the record (its component, for a component's failure; a qCompress wrapper's
 * own failure names the wrapper), and whatever
 * qUncompress returns is within its limit and compresses and uncompresses back to itself.
 */
class ValuesFuzzTest {

    record Trip(QDate date, QTime departureTime, @QType("quint16") int duration, @QType("quint8") int changes,
                String trainType) {}

    record Stop(String city, @QType("quint16") int minutes) {}

    record Route(@QType("quint8") int id, @QType("QList<Stop>") List<Stop> stops, Stop first,
                 @QType("QHash<QString,Stop>") QMap<String, Stop> byName, QVariant note, @QType("quint32") long distance) {}

    record Tree(String label, List<Tree> children) {}

    static final List<Codec<?>> RECORDS = List.of(
            RecordCodec.of(Trip.class, MethodHandles.lookup()),
            RecordCodec.of(Route.class, MethodHandles.lookup()),
            RecordCodec.of(Tree.class, MethodHandles.lookup()),
            QCompress.codec(RecordCodec.of(Route.class, MethodHandles.lookup())),
            Codecs.list(RecordCodec.of(Stop.class, MethodHandles.lookup())));

    /** The limit qUncompress works under here: small, so that a bomb is refused quickly. */
    static final long MAX_UNCOMPRESSED = 1 << 20;

    @FuzzTest
    @DictionaryFile(resourcePath = "/io/github/qdatastream/fuzz/qdatastream.dict")
    void anyRecordDecodesOrRejects(byte[] data) {
        FuzzInput in = new FuzzInput(data);
        StreamOptions options = Rules.options(in);
        if (in.flag()) {
            options = options.withLimits(Limits.DEFAULT.withMaxDepth(4).withMaxBytes(MAX_UNCOMPRESSED));
        }
        @SuppressWarnings("unchecked")
        Codec<Object> codec = (Codec<Object>) RECORDS.get(in.choose(RECORDS.size()));
        byte[] payload = in.payload();
        Rules.decodeAndRoundTrip(codec, payload, options);
        try {
            codec.decode(payload, options);
        } catch (QDataStreamException e) {
            // a record codec (Trip, Route, Tree) or qCompress over one names it; a QList<Stop>'s own
            // count is the container's (only its elements' failures name Stop)
            String name = codec.typeName();
            String record = name.startsWith("qCompress(") ? name.substring(10, name.length() - 1) : name;
            if (!name.startsWith("QList<") && !e.getMessage().contains(record) && !e.getMessage().contains(name)) {
                throw new AssertionError("a record codec's rejection does not name the record " + record + ": "
                        + e.getMessage(), e);
            }
        }
    }

    @FuzzTest
    void anyCompressedDataUncompressesOrRejects(byte[] data) {
        byte[] out;
        try {
            out = QCompress.uncompress(data, MAX_UNCOMPRESSED);
        } catch (QDataStreamException e) {
            Rules.checkRejection(e, null, data.length);
            return;
        }
        if (out.length > MAX_UNCOMPRESSED) {
            throw new AssertionError("qUncompress returned " + out.length + " bytes, over its limit " + MAX_UNCOMPRESSED);
        }
        byte[] again = QCompress.uncompress(QCompress.compress(out, 6), MAX_UNCOMPRESSED);
        if (!Arrays.equals(out, again)) {
            throw new AssertionError("qCompress then qUncompress changed " + out.length + " bytes");
        }
    }
}
