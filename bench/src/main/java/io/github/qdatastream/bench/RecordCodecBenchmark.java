package io.github.qdatastream.bench;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.record.RecordCodec;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A codec derived from a record ({@link RecordCodec}) against the hand-written {@link TripReply#CODEC},
 * on the same Trip reply stream (1 MiB, {@link Workloads}), in the same run. Both decode into
 * {@code TripReply}: the derived codec is {@code RecordCodec.builder(TripReply.class).types("QDate",
 * "QTime", "quint16", "quint8", "QString")}. One operation is the whole stream.
 *
 * <ul>
 *   <li>{@code read*}: the blocks' payloads read in a loop with the codec held in a
 *       {@code static final} field (the size fields skipped): the codec's own cost;</li>
 *   <li>{@code drain*}: {@link BlockDecoder#drain} over the whole stream (reassembly included, the
 *       codec in the decoder's field);</li>
 *   <li>{@code write*}: every trip written into one {@link QDataWriter}.</li>
 * </ul>
 * {@code Compare RECORD} runs the same six in turns and times them in CPU time (bench/compare.sh style),
 * which the loaded shared machine needs: its JMH errors exceed the difference measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RecordCodecBenchmark {

    static final Codec<TripReply> HAND_WRITTEN = TripReply.CODEC;
    static final Codec<TripReply> DERIVED = RecordCodec.builder(TripReply.class)
            .types("QDate", "QTime", "quint16", "quint8", "QString").build();

    private Workloads.Stream stream;
    private TripReply[] trips;

    @Setup(Level.Trial)
    public void setUp() {
        Workloads.TripValues v = Workloads.tripValues(1 << 20);
        stream = Workloads.tripStream(v);
        trips = new TripReply[v.size()];
        for (int i = 0; i < trips.length; i++) {
            trips[i] = new TripReply(QDate.ofJulianDay(v.julianDay()[i]), QTime.ofMsecs(v.msecs()[i]), v.duration()[i],
                    v.changes()[i], v.trainType()[i]);
        }
    }

    int blocks() {
        return stream.blocks();
    }

    int bytes() {
        return stream.length();
    }

    @Benchmark
    public void readHandWritten(Blackhole bh) {
        readHandWritten((Consumer<Object>) bh::consume);
    }

    @Benchmark
    public void readDerived(Blackhole bh) {
        readDerived((Consumer<Object>) bh::consume);
    }

    // One loop per codec, each reading its codec from a static final field (what a user's code does).
    void readHandWritten(Consumer<Object> sink) {
        QDataReader in = new QDataReader(stream.bytes());
        for (int i = stream.blocks(); i > 0; i--) {
            in.readUInt16();
            sink.accept(HAND_WRITTEN.read(in));
        }
    }

    void readDerived(Consumer<Object> sink) {
        QDataReader in = new QDataReader(stream.bytes());
        for (int i = stream.blocks(); i > 0; i--) {
            in.readUInt16();
            sink.accept(DERIVED.read(in));
        }
    }

    @Benchmark
    public int drainHandWritten(Blackhole bh) {
        return drain(HAND_WRITTEN, bh::consume);
    }

    @Benchmark
    public int drainDerived(Blackhole bh) {
        return drain(DERIVED, bh::consume);
    }

    int drain(Codec<TripReply> codec, Consumer<Object> sink) {
        BlockDecoder<TripReply> d = new BlockDecoder<>(TripReply.FRAMING, codec);
        d.feed(stream.bytes(), 0, stream.length());
        return d.drain(sink);
    }

    @Benchmark
    public int writeHandWritten() {
        QDataWriter w = new QDataWriter(StreamOptions.DEFAULT, 1 << 21);
        for (TripReply t : trips) HAND_WRITTEN.write(w, t);
        return w.size();
    }

    @Benchmark
    public int writeDerived() {
        QDataWriter w = new QDataWriter(StreamOptions.DEFAULT, 1 << 21);
        for (TripReply t : trips) DERIVED.write(w, t);
        return w.size();
    }
}
