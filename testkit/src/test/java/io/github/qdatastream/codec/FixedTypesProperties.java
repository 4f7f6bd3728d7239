package io.github.qdatastream.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.qdatastream.testkit.QtGen;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Laws for every fixed type in {@link QtTypes}, at every stream version, both byte orders and both
 * float precisions, with values valid for those options ({@link QtGen}).
 */
class FixedTypesProperties {

    /**
     * Types whose decoding is documented to normalize: a bool reads any non-zero byte as true (as
     * Qt does), and so does QRegExp's minimal flag; a {@code float} read from a double-precision
     * stream holds 8 bytes that need not be a float (Qt narrows them the same way).
     */
    private static final java.util.Set<String> NORMALIZING = java.util.Set.of("bool", "QRegExp");

    @SuppressWarnings("unchecked")
    private static Codec<Object> codec(String name) {
        return (Codec<Object>) QtTypes.byName(name);
    }

    @Test
    void everyRegisteredTypeHasAGenerator() {
        for (var e : QtTypes.all().entrySet()) {
            // aliases share their primary type's codec
            assertTrue(QtGen.BY_TYPE.containsKey(e.getValue().typeName()), e.getKey());
        }
        for (String name : QtGen.BY_TYPE.keySet()) {
            assertEquals(name, QtTypes.byName(name).typeName());
        }
    }

    @TestFactory
    List<DynamicTest> roundTripPreservesEveryValue() {
        return QtGen.typeNames().stream().map(name -> DynamicTest.dynamicTest(name, () ->
                qt().withExamples(300).forAll(QtGen.samples(name)).checkAssert(s -> {
                    Codec<Object> c = codec(name);
                    byte[] bytes = c.encode(s.value(), s.options());
                    Object back = c.decode(bytes, s.options());
                    assertEquals(s.value(), back, () -> name + " at " + s.options());
                    assertArrayEquals(bytes, c.encode(back, s.options()));
                }))).toList();
    }

    @TestFactory
    List<DynamicTest> everyCutOfAValidEncodingIsTruncatedInput() {
        return QtGen.typeNames().stream().map(name -> DynamicTest.dynamicTest(name, () ->
                qt().withExamples(100).forAll(QtGen.samples(name)).checkAssert(s -> {
                    Codec<Object> c = codec(name);
                    byte[] bytes = c.encode(s.value(), s.options());
                    for (int cut = 0; cut < bytes.length; cut++) {
                        byte[] prefix = Arrays.copyOf(bytes, cut);
                        TruncatedInputException e = assertThrows(TruncatedInputException.class,
                                () -> c.decode(prefix, s.options()), () -> name + " cut at " + prefix.length);
                        assertTrue(e.missing() > 0);
                    }
                }))).toList();
    }

    @TestFactory
    List<DynamicTest> valuesFollowedByMoreBytesLeaveThemUnread() {
        return QtGen.typeNames().stream().map(name -> DynamicTest.dynamicTest(name, () ->
                qt().withExamples(100).forAll(QtGen.samples(name)).checkAssert(s -> {
                    Codec<Object> c = codec(name);
                    byte[] bytes = c.encode(s.value(), s.options());
                    byte[] more = QtGen.concat(bytes, new byte[] {0x5a, (byte) 0xa5});
                    QDataReader r = new QDataReader(more, s.options());
                    assertEquals(s.value(), c.read(r));
                    assertEquals(bytes.length, r.position());
                }))).toList();
    }

    @TestFactory
    List<DynamicTest> arbitraryBytesEitherDecodeOrRaiseTheProtocolError() {
        return QtGen.typeNames().stream().map(name -> DynamicTest.dynamicTest(name, () ->
                qt().withExamples(300).forAll(QtGen.options(), QtGen.byteArrays(40)).checkAssert((o, bytes) -> {
                    Codec<Object> c = codec(name);
                    QDataReader r = new QDataReader(bytes, o);
                    try {
                        Object v = c.read(r);
                        if (NORMALIZING.contains(name) || name.equals("float") && o.version().atLeast(StreamVersion.Qt_4_6)
                                && o.floatPrecision() == FloatPrecision.DOUBLE) {
                            return;
                        }
                        // Whatever decoded must encode back to exactly the bytes it came from.
                        byte[] back = c.encode(v, o);
                        assertEquals(r.position(), back.length, name);
                        assertArrayEquals(Arrays.copyOf(bytes, r.position()), back, name);
                    } catch (QDataStreamException expected) {
                        assertTrue(expected.getMessage().contains("offset"), expected.getMessage());
                    }
                }))).toList();
    }
}
