package io.github.qdatastream.bench;

import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.StreamOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark workloads, generated deterministically from a fixed seed so that every run (and the
 * native Qt baseline, which reads the same bytes from a file) sees the same blocks.
 *
 * <h2>Trip reply stream</h2>
 * Blocks of the Trip Planner reply ({@code C++ GUI Programming with Qt 4}, chapter 15), at
 * {@code Qt_4_0}:
 * <pre>
 *   quint16 blockSize | QDate (quint32 Julian day) | QTime (quint32 ms) | quint16 duration
 *   | quint8 changes | QString trainType (quint32 byte count + UTF-16BE)
 * </pre>
 * The train type has 3 to 25 UTF-16 code units, skewed to short ones (about 37 bytes a block on
 * average); about one string in five has non-ASCII text (Latin-1 and other BMP characters) and
 * about one in fifty a character outside the BMP (a surrogate pair). The stream ends with a bare
 * quint16 {@code 0xFFFF}.
 *
 * <h2>Fortune stream</h2>
 * Blocks of the Fortune server: {@code quint16 blockSize | QString fortune} with 20 to 200
 * characters (about 226 bytes a block), about one in five with non-ASCII text. No end marker.
 */
public final class Workloads {

    /** The seed of every workload. */
    public static final long SEED = 0x5144_5354_5245_414DL; // "QDSTREAM"

    public static final int MIB = 1 << 20;

    private static final String[] TRAIN_WORDS = {
            "InterCity", "ICE", "TGV", "Regional", "Express", "Night", "Sprinter", "Local", "EuroCity", "Shuttle",
            "Rapid", "Coastal", "Alpine", "Metro", "S-Bahn", "Eurostar", "Thalys", "Railjet"
    };
    private static final String[] FORTUNE_WORDS = {
            "You", "will", "be", "surprised", "by", "a", "loud", "noise", "have", "been", "leading", "dog's",
            "life", "Stay", "off", "the", "furniture", "think", "about", "tomorrow", "feel", "hungry", "again",
            "in", "another", "hour", "might", "mail", "cannot", "kill", "time", "without", "injuring",
            "eternity", "Computers", "are", "not", "intelligent", "They", "only", "they"
    };
    /** Non-ASCII text: Latin-1 and other BMP characters. */
    private static final String[] NON_ASCII = {
            "é", "ü", "ß", "ñ", "ø", "Ж", "Ω", "東京", "München", "Zürich", "Ελλάδα", "Москва", "北京", "→"
    };
    /** Outside the BMP: a surrogate pair (U+1F684 HIGH-SPEED TRAIN). */
    private static final String ASTRAL = new String(Character.toChars(0x1F684));

    private Workloads() {
    }

    /** The values of a Trip reply stream, one array slot a block. */
    public record TripValues(int[] julianDay, int[] msecs, int[] duration, int[] changes, String[] trainType) {
        public int size() {
            return trainType.length;
        }
    }

    /** A stream of blocks: its bytes, its block count, and the offset of each block's size field. */
    public record Stream(byte[] bytes, int blocks, int payloadBytes) {
        public int length() {
            return bytes.length;
        }
    }

    // ---------------------------------------------------------------- Trip

    /** Trip reply values for a stream of about {@code targetBytes} bytes. */
    public static TripValues tripValues(int targetBytes) {
        SplittableRandom r = new SplittableRandom(SEED);
        List<int[]> ints = new ArrayList<>();
        List<String> strings = new ArrayList<>();
        long total = 2; // the end marker
        while (total < targetBytes) {
            String type = trainType(r);
            int[] row = {
                    2_460_000 + r.nextInt(3650),
                    r.nextInt(86_400_000),
                    r.nextInt(24 * 60),
                    r.nextInt(6)
            };
            ints.add(row);
            strings.add(type);
            total += 2 + 4 + 4 + 2 + 1 + 4 + 2L * type.length();
        }
        int n = strings.size();
        int[] jd = new int[n];
        int[] ms = new int[n];
        int[] dur = new int[n];
        int[] ch = new int[n];
        for (int i = 0; i < n; i++) {
            int[] row = ints.get(i);
            jd[i] = row[0];
            ms[i] = row[1];
            dur[i] = row[2];
            ch[i] = row[3];
        }
        return new TripValues(jd, ms, dur, ch, strings.toArray(String[]::new));
    }

    private static String trainType(SplittableRandom r) {
        double u = r.nextDouble();
        int units = 3 + (int) (23 * u * u); // 3..25, mean about 10
        StringBuilder sb = new StringBuilder(units + 4);
        int kind = r.nextInt(50);
        if (kind == 0) {
            sb.append(ASTRAL);
        } else if (kind < 10) {
            sb.append(NON_ASCII[r.nextInt(NON_ASCII.length)]).append(' ');
        }
        while (sb.length() < units) {
            sb.append(TRAIN_WORDS[r.nextInt(TRAIN_WORDS.length)]).append(' ');
        }
        sb.setLength(units);
        fixTrailingHighSurrogate(sb);
        return sb.toString();
    }

    /** Encodes Trip reply values as a Qt server writes them, with the 0xFFFF end marker. */
    public static Stream tripStream(TripValues v) {
        QDataWriter w = new QDataWriter(StreamOptions.DEFAULT, 1 << 16);
        int n = v.size();
        for (int i = 0; i < n; i++) {
            int at = w.size();
            w.writeInt16(0)
                    .writeInt32(v.julianDay()[i])
                    .writeInt32(v.msecs()[i])
                    .writeUInt16(v.duration()[i])
                    .writeUInt8(v.changes()[i])
                    .writeString(v.trainType()[i]);
            w.setUInt16At(at, w.size() - at - 2);
        }
        int payload = w.size() - 2 * n;
        w.writeUInt16(0xFFFF);
        return new Stream(w.toByteArray(), n, payload);
    }

    /** A Trip reply stream of about {@code targetBytes} bytes. */
    public static Stream tripStream(int targetBytes) {
        return tripStream(tripValues(targetBytes));
    }

    // ---------------------------------------------------------------- Fortune

    /** Fortunes for a stream of about {@code targetBytes} bytes. */
    public static String[] fortunes(int targetBytes) {
        SplittableRandom r = new SplittableRandom(SEED ^ 0xF0F7);
        List<String> out = new ArrayList<>();
        long total = 0;
        while (total < targetBytes) {
            String s = fortune(r);
            out.add(s);
            total += 2 + 4 + 2L * s.length();
        }
        return out.toArray(String[]::new);
    }

    private static String fortune(SplittableRandom r) {
        int units = 20 + r.nextInt(181); // 20..200
        StringBuilder sb = new StringBuilder(units + 16);
        boolean nonAscii = r.nextInt(5) == 0;
        while (sb.length() < units) {
            if (nonAscii && r.nextInt(8) == 0) {
                sb.append(NON_ASCII[r.nextInt(NON_ASCII.length)]);
            } else {
                sb.append(FORTUNE_WORDS[r.nextInt(FORTUNE_WORDS.length)]);
            }
            sb.append(r.nextInt(10) == 0 ? ". " : " ");
        }
        sb.setLength(units);
        fixTrailingHighSurrogate(sb);
        return sb.toString();
    }

    /** Encodes fortunes as the Fortune server writes them: quint16 size, QString. */
    public static Stream fortuneStream(String[] fortunes) {
        QDataWriter w = new QDataWriter(StreamOptions.DEFAULT, 1 << 16);
        for (String s : fortunes) {
            int at = w.size();
            w.writeInt16(0).writeString(s);
            w.setUInt16At(at, w.size() - at - 2);
        }
        return new Stream(w.toByteArray(), fortunes.length, w.size() - 2 * fortunes.length);
    }

    public static Stream fortuneStream(int targetBytes) {
        return fortuneStream(fortunes(targetBytes));
    }

    // ---------------------------------------------------------------- framing-only streams

    /**
     * A stream of opaque blocks of {@code blockPayload} bytes each (quint16 size + payload), for the
     * linearity runs; {@code blockPayload} at most 65534 (0xFFFF is the end marker). Ends with 0xFFFF.
     */
    public static Stream opaqueStream(int targetBytes, int blockPayload) {
        if (blockPayload < 0 || blockPayload > 0xFFFE) {
            throw new IllegalArgumentException("blockPayload out of range [0, 65534]: " + blockPayload);
        }
        int blocks = Math.max(1, (targetBytes - 2) / (blockPayload + 2));
        byte[] b = new byte[blocks * (blockPayload + 2) + 2];
        SplittableRandom r = new SplittableRandom(SEED);
        int p = 0;
        for (int i = 0; i < blocks; i++) {
            b[p++] = (byte) (blockPayload >>> 8);
            b[p++] = (byte) blockPayload;
            for (int j = 0; j < blockPayload; j++) {
                b[p++] = (byte) r.nextInt(256);
            }
        }
        b[p++] = (byte) 0xFF;
        b[p] = (byte) 0xFF;
        return new Stream(b, blocks, blocks * blockPayload);
    }

    private static void fixTrailingHighSurrogate(StringBuilder sb) {
        int last = sb.length() - 1;
        if (last >= 0 && Character.isHighSurrogate(sb.charAt(last))) {
            sb.setCharAt(last, 'x');
        }
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setCharAt(sb.length() - 1, '.');
        }
    }

    /**
     * Writes the workloads for the native Qt baseline: {@code trip.bin} and {@code fortune.bin} of
     * {@code sizeMiB} MiB each in {@code dir}. Usage: {@code Workloads <dir> [sizeMiB]}.
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/native/data");
        int mib = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        Files.createDirectories(dir);
        Stream trip = tripStream(mib * MIB);
        Stream fortune = fortuneStream(mib * MIB);
        Files.write(dir.resolve("trip.bin"), trip.bytes());
        Files.write(dir.resolve("fortune.bin"), fortune.bytes());
        System.out.printf("trip.bin: %d bytes, %d blocks; fortune.bin: %d bytes, %d blocks%n",
                trip.length(), trip.blocks(), fortune.length(), fortune.blocks());
    }
}
