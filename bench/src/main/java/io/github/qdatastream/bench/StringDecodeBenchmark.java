package io.github.qdatastream.bench;

import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.StreamOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * QString decoding: {@link QDataReader#readString()} against the JDK's
 * {@code new String(bytes, off, len, UTF_16BE)} on the same bytes (the size field is read the same
 * way by both). One operation is one string; {@link #STRINGS} strings of {@code chars} characters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StringDecodeBenchmark {

    public static final int STRINGS = 1024;

    /** LATIN1: every character below U+0100 (mostly ASCII, some accents); BMP: Cyrillic, Greek, CJK mixed with ASCII. */
    @Param({"LATIN1", "BMP"})
    public String text;

    /** Characters per string. */
    @Param({"100"})
    public int chars;

    private byte[] bytes;

    @Setup(Level.Trial)
    public void setUp() {
        bytes = encode(strings(text, chars));
    }

    /** {@link #STRINGS} deterministic strings of the given kind. */
    public static String[] strings(String text, int chars) {
        String alphabet = switch (text) {
            case "LATIN1" -> "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:éüßñøÀÿ";
            case "BMP" -> "abcdefghij klmnop Жизнь Москва Ελλάδα 東京北京日本語 →←€";
            default -> throw new IllegalArgumentException("text: " + text);
        };
        SplittableRandom r = new SplittableRandom(Workloads.SEED);
        String[] out = new String[STRINGS];
        char[] c = new char[chars];
        for (int i = 0; i < STRINGS; i++) {
            for (int j = 0; j < chars; j++) {
                c[j] = alphabet.charAt(r.nextInt(alphabet.length()));
            }
            out[i] = new String(c);
        }
        return out;
    }

    /** The strings as consecutive QStrings (quint32 byte count + UTF-16BE). */
    public static byte[] encode(String[] strings) {
        QDataWriter w = new QDataWriter(StreamOptions.DEFAULT, 1 << 16);
        for (String s : strings) {
            w.writeString(s);
        }
        return w.toByteArray();
    }

    @Benchmark
    @OperationsPerInvocation(STRINGS)
    public void qdataReader(Blackhole bh) {
        QDataReader in = new QDataReader(bytes);
        for (int i = 0; i < STRINGS; i++) {
            bh.consume(in.readString());
        }
    }

    @Benchmark
    @OperationsPerInvocation(STRINGS)
    public void jdkUtf16be(Blackhole bh) {
        byte[] b = bytes;
        int p = 0;
        for (int i = 0; i < STRINGS; i++) {
            int n = ((b[p] & 0xFF) << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
            bh.consume(new String(b, p + 4, n, StandardCharsets.UTF_16BE));
            p += 4 + n;
        }
    }
}
