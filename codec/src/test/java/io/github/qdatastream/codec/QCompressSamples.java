package io.github.qdatastream.codec;

import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Writes {@code label level input-hex compressed-hex} lines, compressed by {@link QCompress}, for
 * {@code interop/values/qcompress.py read} to check with real Qt's qUncompress.
 * Usage: {@code java ... QCompressSamples [count]}.
 */
public final class QCompressSamples {

    private QCompressSamples() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        SplittableRandom r = new SplittableRandom(20261202);
        HexFormat hex = HexFormat.of();
        int[] levels = {-1, 0, 1, 5, 6, 9};
        for (int i = 0; i < count; i++) {
            int n = i == 0 ? 0 : r.nextInt(4) == 0 ? r.nextInt(40_000) : r.nextInt(300);
            byte[] data = new byte[n];
            int alphabet = 1 + r.nextInt(256);
            for (int j = 0; j < n; j++) data[j] = (byte) r.nextInt(alphabet);
            int level = levels[r.nextInt(levels.length)];
            System.out.println("sample-" + i + " " + level + " " + (n == 0 ? "-" : hex.formatHex(data)) + " "
                    + hex.formatHex(QCompress.compress(data, level)));
        }
    }
}
