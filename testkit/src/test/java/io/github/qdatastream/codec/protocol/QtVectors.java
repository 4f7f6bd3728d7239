package io.github.qdatastream.codec.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** The vectors qt_vectors.py wrote with real Qt. */
final class QtVectors {
    private QtVectors() {
    }

    static Map<String, byte[]> load() {
        try (InputStream in = QtVectors.class.getResourceAsStream("qt_vectors.txt")) {
            Map<String, byte[]> out = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ");
                out.put(f[0], HexFormat.of().parseHex(f[1]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] get(String name) {
        byte[] b = load().get(name);
        if (b == null) {
            throw new IllegalArgumentException("no vector " + name);
        }
        return b;
    }
}
