package io.github.qdatastream.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.qdatastream.testkit.QtValues;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The type-expression properties over random types (moved from TypeExpressionTest with the generators). */
class TypeExpressionProperties {

    @Test
    void canonicalTextParsesBackToTheSameExpression() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            String text = QtValues.typeText(new SplittableRandom(seed), 4);
            TypeExpression t = TypeExpression.parse(text);
            assertEquals(t, TypeExpression.parse(t.toString()));
            assertEquals(t.toString(), t.codec().typeName());
        });
    }

    @Test
    void everyRandomTypeRoundTripsItsValues() {
        qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            TypeExpression t = TypeExpression.parse(QtValues.typeText(r, 3));
            StreamOptions o = StreamOptions.of(QtValues.VERSIONS.get(1 + r.nextInt(QtValues.VERSIONS.size() - 1)));
            Object v = QtValues.value(t, o.version(), r);
            byte[] b = t.codec().encode(v, o);
            Object back = t.codec().decode(b, o);
            assertEquals(HexFormat.of().formatHex(b), HexFormat.of().formatHex(t.codec().encode(back, o)), () -> t + " " + v);
        });
    }

    @Test
    void arbitraryTextParsesOrIsAnIllegalArgumentException() {
        String alphabet = "QList<>QMap,QPair int const char* QString  qint8<<>>,,*:_";
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            StringBuilder sb = new StringBuilder();
            if (r.nextBoolean()) sb.append(QtValues.typeText(r, 3));
            for (int i = r.nextInt(6); i > 0; i--) {
                int at = r.nextInt(sb.length() + 1);
                sb.insert(at, r.nextInt(10) == 0 ? (char) r.nextInt(0x10000) : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            try {
                TypeExpression t = TypeExpression.parse(sb.toString());
                assertEquals(t, TypeExpression.parse(t.toString()));
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().contains("position"), expected.getMessage());
            }
        });
    }
}
