package io.github.qdatastream.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@link StreamVersion} against the {@code QDataStream::Version} enumerators real Qt 6.11.2 and
 * 6.8.2 have ({@code stream-versions/qt-*.json}, written by {@code interop/golden/stream_versions.py}).
 */
class StreamVersionTest {

    private static Map<String, Integer> qtVersions(String qt) throws IOException {
        String path = "stream-versions/qt-" + qt + ".json";
        try (InputStream in = StreamVersionTest.class.getResourceAsStream(path)) {
            if (in == null) throw new AssertionError("missing resource " + path);
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            Map<String, Integer> out = new LinkedHashMap<>();
            Matcher m = Pattern.compile("\"(Qt_\\d+_\\d+)\": (\\d+)").matcher(text);
            while (m.find()) {
                out.put(m.group(1), Integer.parseInt(m.group(2)));
            }
            return out;
        }
    }

    @Test
    void everyEnumeratorOfQt611InOrderWithItsNumber() throws IOException {
        Map<String, Integer> qt = qtVersions("6.11");
        List<String> names = new ArrayList<>();
        for (StreamVersion v : StreamVersion.values()) {
            names.add(v.name());
            assertEquals(qt.get(v.name()), v.wireNumber(), v.name());
        }
        assertEquals(new ArrayList<>(qt.keySet()), names, "the names of Qt 6.11's QDataStream::Version, in enum order");
        assertEquals(StreamVersion.NEWEST, StreamVersion.values()[StreamVersion.values().length - 1]);
    }

    @Test
    void qt68AgreesOnEveryNameItKnows() throws IOException {
        Map<String, Integer> qt = qtVersions("6.8");
        assertTrue(qt.containsKey("Qt_6_8"));
        qt.forEach((name, number) -> assertEquals(number, StreamVersion.valueOf(name).wireNumber(), name));
    }

    @Test
    void wireNumbersMapToTheFirstNameWithThatNumber() {
        assertEquals(StreamVersion.Qt_6_7, StreamVersion.forWireNumber(22));
        assertEquals(StreamVersion.Qt_6_11, StreamVersion.forWireNumber(24));
        assertEquals(StreamVersion.Qt_6_0, StreamVersion.parse("20"));
        assertEquals(StreamVersion.Qt_6_11, StreamVersion.parse("Qt_6_11"));
        assertEquals(StreamVersion.Qt_6_11, StreamVersion.parse("6.11"));
        for (StreamVersion v : StreamVersion.values()) {
            assertEquals(v.wireNumber(), StreamVersion.forWireNumber(v.wireNumber()).wireNumber());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"25", "0", "Qt_6_12", "6.12", "99999999999"})
    void aVersionNewerThanTheCodecKnowsIsRejectedNamingTheNewest(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StreamVersion.parse(text));
        assertTrue(e.getMessage().contains("Qt_6_11"), e.getMessage());
    }
}
