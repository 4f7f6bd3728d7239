package io.github.qdatastream.codec.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.Codecs;
import io.github.qdatastream.codec.CorruptDataException;
import io.github.qdatastream.codec.QByteArray;
import io.github.qdatastream.codec.SizeLimitExceededException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.protocol.Fortune;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TransactionReaderTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    /** Feeds one byte at a time, returning the one value decoded. */
    private static <T> T oneByteAtATime(TransactionReader<T> r, byte[] stream) {
        T value = null;
        int values = 0;
        for (int i = 0; i < stream.length; i++) {
            r.feed(stream, i, 1);
            Event<T> e = r.next();
            if (e instanceof Event.Value<T> v) {
                value = v.value();
                values++;
            }
        }
        assertEquals(1, values);
        return value;
    }

    @Test
    void a64KiBByteArrayArrivingOneByteAtATimeIsParsedALinearNumberOfBytes() {
        byte[] payload = new byte[64 * 1024];
        Arrays.fill(payload, (byte) 7);
        byte[] stream = Codecs.QBYTEARRAY.encode(QByteArray.wrap(payload));
        TransactionReader<QByteArray> r = new TransactionReader<>(Codecs.QBYTEARRAY);
        QByteArray got = oneByteAtATime(r, stream);
        assertEquals(payload.length, got.size());
        // Qt's idiom would make 65,540 attempts re-reading about 2^31 bytes in all.
        assertEquals(3, r.attempts(), "one byte; the 4-byte length; the whole value");
        assertTrue(r.bytesParsed() <= 2L * stream.length, r.bytesParsed() + " bytes parsed for " + stream.length);
    }

    @Test
    void a64KiBStringArrivingOneByteAtATimeIsParsedALinearNumberOfBytes() {
        String text = "\u00e9".repeat(32 * 1024);
        byte[] stream = Fortune.CODEC.encode(new Fortune(text));
        TransactionReader<Fortune> r = new TransactionReader<>(Fortune.CODEC);
        assertEquals(text, oneByteAtATime(r, stream).text());
        assertEquals(3, r.attempts());
        assertTrue(r.bytesParsed() <= 2L * stream.length, r.bytesParsed() + " bytes parsed for " + stream.length);
    }

    @Test
    void a64KiBListOfIntsArrivingOneByteAtATimeIsParsedALinearNumberOfBytes() {
        java.util.List<Integer> ints = new java.util.ArrayList<>();
        for (int i = 0; i < 16 * 1024; i++) {
            ints.add(i * 31);
        }
        var codec = Codecs.list(Codecs.QINT32);
        byte[] stream = codec.encode(ints);
        TransactionReader<java.util.List<Integer>> r = new TransactionReader<>(codec);
        assertEquals(ints, oneByteAtATime(r, stream));
        // The hint counts the elements still to come (4 bytes each), so the reader waits for the
        // whole list after seeing its count: one byte; the count; the first element; all of it.
        assertTrue(r.attempts() <= 4, r.attempts() + " attempts");
        assertTrue(r.bytesParsed() <= 2L * stream.length, r.bytesParsed() + " bytes parsed for " + stream.length);
    }

    @Test
    void aListOfStringsArrivingOneByteAtATimeIsParsedOnlyLogarithmicallyOften() {
        java.util.List<String> strings = new java.util.ArrayList<>();
        for (int i = 0; i < 4096; i++) {
            strings.add("fortune " + i);
        }
        var codec = Codecs.QSTRINGLIST;
        byte[] stream = codec.encode(strings);
        TransactionReader<java.util.List<String>> r = new TransactionReader<>(codec);
        assertEquals(strings, oneByteAtATime(r, stream));
        // Each string is at least its 4-byte count and these take ~27 bytes, so every attempt
        // waits for a constant fraction (4/27) of the rest: O(n log n) bytes parsed in all.
        // Qt's idiom makes one attempt per byte: 112,472 attempts, ~6.3 GB re-parsed.
        assertTrue(r.attempts() <= 80, r.attempts() + " attempts");
        assertTrue(r.bytesParsed() <= 50L * stream.length, r.bytesParsed() + " bytes parsed for " + stream.length);
    }

    @Test
    void theHintUsesTheLengthFieldAlreadySeen() {
        TransactionReader<Fortune> r = new TransactionReader<>(Fortune.CODEC);
        assertEquals(new Event.NeedMoreData<Fortune>(1), r.next());
        r.feed(hex("00 00"));
        assertEquals(new Event.NeedMoreData<Fortune>(2), r.next());
        r.feed(hex("00 06 00"));
        assertEquals(new Event.NeedMoreData<Fortune>(5), r.next());
        r.feed(hex("41 00 42 00"));
        assertEquals(new Event.NeedMoreData<Fortune>(1), r.next());
        r.feed(hex("43"));
        assertEquals(new Event.Value<>(new Fortune("ABC"), 0, 10), r.next());
        assertEquals(new Event.NeedMoreData<Fortune>(1), r.next());
    }

    @Test
    void valuesInsideOneFedArrayAreDecodedWithoutAnyCopy() {
        TransactionReader<Integer> r = new TransactionReader<>(Codecs.QINT32);
        r.feed(hex("00000001 00000002 000000"));
        assertEquals(new Event.Value<>(1, 0, 4), r.next());
        assertEquals(new Event.Value<>(2, 4, 4), r.next());
        assertEquals(new Event.NeedMoreData<Integer>(1), r.next());
        r.feed(hex("03"));
        assertEquals(new Event.Value<>(3, 8, 4), r.next());
    }

    @Test
    void corruptDataIsStickyAndNamesTheStreamOffset() {
        TransactionReader<Fortune> r = new TransactionReader<>(Fortune.CODEC);
        r.feed(hex("00000002 0041 00000003 00"));
        assertEquals(new Fortune("A"), ((Event.Value<Fortune>) r.next()).value());
        CorruptDataException e = assertThrows(CorruptDataException.class, r::next);
        assertTrue(e.getMessage().contains("offset 6"), e.getMessage());
        assertSame(e, assertThrows(CorruptDataException.class, r::next));
        assertSame(e, assertThrows(CorruptDataException.class, () -> r.feed(hex("00"))));
        assertSame(e, assertThrows(CorruptDataException.class, r::endOfInput));
    }

    @Test
    void aValueOverTheSizeLimitFailsAsSoonAsItsLengthArrives() {
        TransactionReader<QByteArray> r = new TransactionReader<>(Codecs.QBYTEARRAY, StreamOptions.DEFAULT, 1000);
        r.feed(hex("00 00 03 e5"));  // 997 bytes + the 4-byte length = 1001
        SizeLimitExceededException e = assertThrows(SizeLimitExceededException.class, r::next);
        assertEquals(1001, e.value());
        assertEquals(1000, e.limit());
        TransactionReader<QByteArray> ok = new TransactionReader<>(Codecs.QBYTEARRAY, StreamOptions.DEFAULT, 1000);
        ok.feed(hex("00 00 03 e4"));
        assertEquals(new Event.NeedMoreData<QByteArray>(996), ok.next());
    }

    @Test
    void endOfInputInsideAValueNamesTheMissingBytes() {
        TransactionReader<Fortune> r = new TransactionReader<>(Fortune.CODEC);
        r.feed(hex("00000004 00"));
        assertInstanceOf(Event.NeedMoreData.class, r.next());
        r.endOfInput();
        TruncatedInputException e = assertThrows(TruncatedInputException.class, r::next);
        assertEquals(3, e.missing());
        assertEquals(5, e.offset());
        assertTrue(e.getMessage().contains("Fortune(QString) value starting at offset 0"), e.getMessage());
    }

    @Test
    void endOfInputAtAValueBoundaryIsEndOfData() {
        TransactionReader<Integer> r = new TransactionReader<>(Codecs.QINT32);
        r.feed(hex("00000009"));
        r.endOfInput();
        assertEquals(9, ((Event.Value<Integer>) r.next()).value());
        assertEquals(new Event.EndOfData<Integer>(4, false), r.next());
        assertEquals(new Event.EndOfData<Integer>(4, false), r.next());
    }

    @Test
    void aCodecThatConsumesNothingIsStoppedInsteadOfLoopingForever() {
        Codec<String> nothing = Codec.of("nothing", in -> "", (out, v) -> { });
        TransactionReader<String> r = new TransactionReader<>(nothing);
        r.feed(hex("00"));
        assertThrows(IllegalStateException.class, r::next);
        assertThrows(IllegalStateException.class, r::next);
    }
}
