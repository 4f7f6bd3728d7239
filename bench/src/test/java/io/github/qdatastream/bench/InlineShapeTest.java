package io.github.qdatastream.bench;

import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.BlockReassembler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bytecode sizes the one-byte feed loop depends on (docs/performance.md, "The order in the
 * JVM"): each decoder's {@code drain} is a check small enough for the JIT to inline into the
 * caller's loop (at most 35 bytes, {@code MaxInlineSize}), and its block loop {@code drainBlocks}
 * is larger than that, so that neither C1 nor (on JDK 18 and later) C2 inlines it into
 * {@code drain} at an infrequent call site. When the block loop was 29 bytes, C1 inlined it, C2
 * then compiled {@code drain} with the whole state machine inside, and every byte fed paid a call:
 * the lower-level loop ran at 0.60x of the code before (median of 8 JVMs). Sizes are read with {@code javap}.
 */
class InlineShapeTest {

    /** {@code MaxInlineSize} and {@code C1MaxInlineSize}: a callee of at most this many bytes is inlined anywhere. */
    private static final int MAX_INLINE_SIZE = 35;

    @ParameterizedTest
    @ValueSource(classes = {BlockReassembler.class, BlockDecoder.class})
    void drainIsTinyAndItsBlockLoopIsNot(Class<?> type) throws URISyntaxException {
        String code = javap(type);
        int drain = codeLength(code, "public int drain(");
        int blocks = codeLength(code, "private int drainBlocks(");
        assertTrue(drain <= MAX_INLINE_SIZE, type.getSimpleName() + ".drain is " + drain + " bytes");
        assertTrue(blocks > MAX_INLINE_SIZE, type.getSimpleName() + ".drainBlocks is " + blocks + " bytes");
    }

    private static String javap(Class<?> type) throws URISyntaxException {
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        Path classes = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        StringWriter out = new StringWriter();
        int rc = javap.run(new PrintWriter(out, true), new PrintWriter(out, true), "-c", "-p", "-cp",
                classes.toString(), type.getName());
        assertEquals(0, rc, out.toString());
        return out.toString();
    }

    /** The code length of the method whose declaration starts with {@code declaration}: its last instruction's offset + 1 (a return). */
    private static int codeLength(String javap, String declaration) {
        int at = javap.indexOf(declaration);
        assertTrue(at >= 0, "no " + declaration + " in\n" + javap);
        int end = javap.indexOf("\n\n", at);
        String body = javap.substring(at, end < 0 ? javap.length() : end);
        Matcher m = Pattern.compile("(?m)^\\s+(\\d+): (\\w+)").matcher(body);
        int last = -1;
        String op = "";
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
            op = m.group(2);
        }
        assertTrue(op.endsWith("return"), declaration + " does not end in a return: " + op);
        return last + 1;
    }
}
