package io.github.qdatastream.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.qdatastream.codec.CorruptDataException;
import io.github.qdatastream.codec.frame.Block;
import io.github.qdatastream.codec.frame.Decoder;
import io.github.qdatastream.codec.frame.BlockReassembler;
import io.github.qdatastream.codec.frame.Event;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.SizeLimitExceededException;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.frame.*;
import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Framed test streams, an independent reference model of what a reassembler must report for any
 * byte stream, and drivers that run a {@link BlockReassembler} over chunks and write down what it
 * said, in the same vocabulary. For checking a framing decoder or handler (the codec's, Netty's,
 * yours) against the model: {@link #streams()} gives well-formed and malformed framed streams
 * (truncated headers and payloads, sizes over the limit, end markers), {@link #model} what any
 * correct reassembler reports for one.
 *
 * <pre>{@code
 * qt().forAll(FrameStreams.streams(), Splits.cutPoints()).checkAssert((s, cuts) ->
 *         assertEquals(FrameStreams.model(s.framing(), s.bytes(), false),
 *                 FrameStreams.transcript(s.framing(), Splits.split(s.bytes(), cuts))));
 * }</pre>
 *
 * <p>The vocabulary is one string per event: {@code "block @OFFSET HEX"}, {@code "end @OFFSET
 * marker"} or {@code "end @OFFSET eof"}, {@code "need N"}, and for errors {@code "truncated @OFFSET
 * missing N"}, {@code "too large @OFFSET size N limit M"}, {@code "corrupt @OFFSET"}.
 *
 * <p>Stateless and thread-safe; {@link #FRAMINGS} is immutable.
 */
public final class FrameStreams {

    private FrameStreams() {
    }

    /**
     * The framings {@link #streams()} draws from: Fortune, Trip, both prefix widths and byte orders,
     * with and without an end marker, and small maximum block sizes. Immutable.
     */
    public static final List<Framing> FRAMINGS = List.of(
            Framing.FORTUNE,
            Framing.TRIP_REPLY,
            Framing.uint16().withByteOrder(ByteOrder.LITTLE_ENDIAN).withEndMarker(true),
            Framing.uint32(),
            Framing.uint32().withEndMarker(true).withByteOrder(ByteOrder.LITTLE_ENDIAN),
            Framing.uint32().withMaxBlockSize(100),
            Framing.uint16().withMaxBlockSize(20).withEndMarker(true));

    /**
     * A framed stream and how its end was damaged (or not). The arrays are not copied: treat them as read-only.
     *
     * @param framing the framing the stream is written in
     * @param payloads the block payloads framed, in order
     * @param tailKind {@code 0} well formed, {@code 1} the last {@code tailLength} bytes cut, {@code 2}
     *        {@code tailLength} bytes appended
     * @param tailLength how many bytes were cut or appended (ignored for kind {@code 0})
     * @param bytes the stream
     */
    public record TestStream(Framing framing, List<byte[]> payloads, int tailKind, int tailLength, byte[] bytes) {
        @Override
        public String toString() {
            List<Integer> sizes = new ArrayList<>();
            for (byte[] p : payloads) {
                sizes.add(p.length);
            }
            String tail = switch (tailKind) {
                case 1 -> ", last " + tailLength + " bytes cut";
                case 2 -> ", " + tailLength + " bytes appended";
                default -> "";
            };
            return framing + " blocks " + sizes + tail + " (" + bytes.length + " bytes)";
        }
    }

    /**
     * Payloads of any bytes, shrinking to shorter and zero-filled.
     *
     * @param maxSize the largest payload size
     * @return a generator of arrays of {@code 0} to {@code maxSize} bytes
     */
    public static Gen<byte[]> payloads(int maxSize) {
        return Generate.byteArrays(integers().between(0, maxSize), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
    }

    /** {@return mostly small payloads (up to 24 bytes), some up to 300 bytes} */
    public static Gen<byte[]> payloads() {
        return payloads(24).mix(payloads(300), 20);
    }

    /**
     * {@return streams over every framing of {@link #FRAMINGS}, of up to 8 blocks: well formed three times in five, else cut short or with bytes appended}
     */
    public static Gen<TestStream> streams() {
        Gen<Framing> framings = Generate.pick(FRAMINGS);
        Gen<List<byte[]>> lists = lists().of(payloads()).ofSizeBetween(0, 8);
        Gen<Integer> kinds = Generate.frequency(
                org.quicktheories.api.Pair.of(3, Generate.constant(0)),
                org.quicktheories.api.Pair.of(1, Generate.constant(1)),
                org.quicktheories.api.Pair.of(1, Generate.constant(2)));
        Gen<Integer> lengths = integers().between(1, 6);
        return framings.zip(lists, kinds, lengths, FrameStreams::stream);
    }

    /**
     * {@return well-formed streams only (every payload cut to the framing's limit, the end marker where the framing has one)}
     */
    public static Gen<TestStream> wellFormedStreams() {
        return streams().map(s -> stream(s.framing(), fit(s.payloads(), s.framing()), 0, 1));
    }

    private static List<byte[]> fit(List<byte[]> payloads, Framing f) {
        List<byte[]> out = new ArrayList<>();
        for (byte[] p : payloads) {
            out.add(p.length > f.maxBlockSize() ? java.util.Arrays.copyOf(p, (int) f.maxBlockSize()) : p);
        }
        return out;
    }

    /**
     * A stream of {@code payloads} framed with {@code f} ({@link #frame}), then damaged as {@code tailKind} says.
     *
     * @param f the framing
     * @param payloads the payloads (a payload over the framing's limit makes the stream malformed)
     * @param tailKind {@code 0} as framed, {@code 1} the last {@code tailLength} bytes cut, {@code 2}
     *        {@code tailLength} bytes appended ({@code 11 22 33 ...})
     * @param tailLength how many bytes to cut or append
     * @return the test stream
     */
    public static TestStream stream(Framing f, List<byte[]> payloads, int tailKind, int tailLength) {
        byte[] framed = frame(f, payloads);
        byte[] bytes;
        if (tailKind == 1) {
            bytes = java.util.Arrays.copyOf(framed, Math.max(0, framed.length - tailLength));
        } else if (tailKind == 2) {
            bytes = java.util.Arrays.copyOf(framed, framed.length + tailLength);
            for (int i = framed.length; i < bytes.length; i++) {
                bytes[i] = (byte) (0x11 * (i - framed.length + 1));
            }
        } else {
            bytes = framed;
        }
        return new TestStream(f, payloads, tailKind, tailLength, bytes);
    }

    /**
     * Frames payloads by hand (not with {@code BlockEncoder}, so the model does not share its code),
     * then the end marker if the framing has one.
     *
     * @param f the framing
     * @param payloads the payloads, framed whatever their size
     * @return the framed bytes
     */
    public static byte[] frame(Framing f, List<byte[]> payloads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : payloads) {
            prefix(out, f, p.length);
            out.writeBytes(p);
        }
        if (f.endMarker()) {
            prefix(out, f, f.markerValue());
        }
        return out.toByteArray();
    }

    /**
     * Writes one size prefix.
     *
     * @param out where to write
     * @param f the framing (prefix width and byte order)
     * @param v the size or marker value; only its low {@code f.prefixBytes()} bytes are written
     */
    public static void prefix(ByteArrayOutputStream out, Framing f, long v) {
        int w = f.prefixBytes();
        for (int i = 0; i < w; i++) {
            int shift = f.byteOrder() == ByteOrder.BIG_ENDIAN ? 8 * (w - 1 - i) : 8 * i;
            out.write((int) (v >>> shift) & 0xFF);
        }
    }

    // ---------------------------------------------------------------- vocabulary

    /**
     * The vocabulary's word for a block.
     *
     * @param a the array holding the payload
     * @param off index of its first byte
     * @param len its size
     * @param streamOffset where the payload starts in the stream
     * @return {@code "block @OFFSET HEX"}
     */
    public static String block(byte[] a, int off, int len, long streamOffset) {
        return "block @" + streamOffset + " " + HexFormat.of().formatHex(a, off, off + len);
    }

    /**
     * The vocabulary's word for the end of data.
     *
     * @param offset where the data ended
     * @param marker whether an end marker ended it
     * @return {@code "end @OFFSET marker"} or {@code "end @OFFSET eof"}
     */
    public static String end(long offset, boolean marker) {
        return "end @" + offset + (marker ? " marker" : " eof");
    }

    /**
     * The vocabulary's word for a need-more hint.
     *
     * @param n the count asked for
     * @return {@code "need N"}
     */
    public static String need(long n) {
        return "need " + n;
    }

    /**
     * The vocabulary's word for an error.
     *
     * @param e the decoder's error
     * @return {@code "truncated @OFFSET missing N"}, {@code "too large @OFFSET size N limit M"} or {@code "corrupt @OFFSET"}
     */
    public static String error(QDataStreamException e) {
        if (e instanceof TruncatedInputException t) {
            return "truncated @" + t.offset() + " missing " + t.missing();
        }
        if (e instanceof SizeLimitExceededException s) {
            return "too large @" + s.offset() + " size " + s.value() + " limit " + s.limit();
        }
        return "corrupt @" + e.offset();
    }

    // ---------------------------------------------------------------- the reference model

    /**
     * What any correct reassembler reports for {@code data} followed by end of input, computed
     * the naive way with everything in hand. With {@code hints}, also the exact need-more counts a
     * reader fed exactly what it asks for reports (as {@link #hintDriven} records them).
     *
     * @param f the framing
     * @param data the whole stream
     * @param hints whether to include the need-more counts
     * @return the events in the vocabulary, ending with the end of data or the error
     */
    public static List<String> model(Framing f, byte[] data, boolean hints) {
        List<String> out = new ArrayList<>();
        int w = f.prefixBytes();
        int p = 0;
        int len = data.length;
        for (;;) {
            if (hints) {
                out.add(need(w));
            }
            if (p == len) {
                out.add(f.endMarker() ? "truncated @" + len + " missing " + w : end(len, false));
                return out;
            }
            if (len - p < w) {
                out.add("truncated @" + len + " missing " + (w - (len - p)));
                return out;
            }
            long size = 0;
            for (int i = 0; i < w; i++) {
                int b = data[p + (f.byteOrder() == ByteOrder.BIG_ENDIAN ? i : w - 1 - i)] & 0xFF;
                size = (size << 8) | b;
            }
            if (f.endMarker() && size == f.markerValue()) {
                out.add(end(p, true));
                if (p + w < len) {
                    out.add("corrupt @" + (p + w));
                }
                return out;
            }
            if (size > f.maxBlockSize()) {
                out.add("too large @" + p + " size " + size + " limit " + f.maxBlockSize());
                return out;
            }
            if (hints && size > 0) {
                out.add(need(size));
            }
            if (len - p - w < size) {
                out.add("truncated @" + len + " missing " + (size - (len - p - w)));
                return out;
            }
            out.add(block(data, p + w, (int) size, p + w));
            p += w + (int) size;
        }
    }

    // ---------------------------------------------------------------- drivers

    /**
     * Feeds the chunks (each as it says, {@link Splits.Feed}) to a new {@link BlockReassembler}
     * one after the other, draining after each, then ends the input and drains. After each drain that ended in
     * NeedMoreData it checks the count against {@link #expectedNeed} and scribbles over the chunk, as
     * a caller that reuses its read buffer would. Checks that errors are sticky ({@link #checkSticky}).
     *
     * @param f the framing
     * @param chunks the pieces of the stream, made for this call (their arrays are overwritten)
     * @return what the reassembler reported, in the vocabulary (no need-more hints)
     * @throws AssertionError if a count is wrong, something asks for more after the end of input, or an error is not sticky
     */
    public static List<String> transcript(Framing f, List<Splits.Chunk> chunks) {
        return transcript(f, chunks, 1);
    }

    /**
     * As {@link #transcript(Framing, List)}, but draining only after every {@code drainEvery}-th
     * chunk, so that input is fed again before the previous input was drained.
     *
     * @param f the framing
     * @param chunks the pieces of the stream, made for this call (their arrays are overwritten)
     * @param drainEvery drain after every this many chunks, {@code 1} or more
     * @return what the reassembler reported, in the vocabulary (no need-more hints)
     * @throws AssertionError as {@link #transcript(Framing, List)}
     */
    public static List<String> transcript(Framing f, List<Splits.Chunk> chunks, int drainEvery) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Splits.Chunk c : chunks) {
            all.write(c.array(), c.offset(), c.length());
        }
        byte[] data = all.toByteArray();
        BlockReassembler r = new BlockReassembler(f);
        List<String> out = new ArrayList<>();
        List<Splits.Chunk> undrained = new ArrayList<>();
        try {
            int i = 0;
            for (Splits.Chunk c : chunks) {
                switch (c.feed()) {
                    case ARRAY -> r.feed(c.array(), c.offset(), c.length());
                    case HEAP_BUFFER -> r.feed(java.nio.ByteBuffer.wrap(c.array(), c.offset(), c.length()));
                    case DIRECT_BUFFER -> r.feed(java.nio.ByteBuffer.allocateDirect(c.length())
                            .put(c.array(), c.offset(), c.length()).flip());
                }
                undrained.add(c);
                if (++i % drainEvery != 0) {
                    continue;
                }
                long need = drain(r, out);
                if (need > 0) {
                    long expected = expectedNeed(f, data, r.bytesFed());
                    if (need != expected) {
                        throw new AssertionError("NeedMoreData(" + need + ") after " + r.bytesFed()
                                + " bytes, the model needs " + expected);
                    }
                    for (Splits.Chunk u : undrained) {
                        java.util.Arrays.fill(u.array(), (byte) 0x5A);
                    }
                    undrained.clear();
                }
            }
            r.endOfInput();
            if (drain(r, out) > 0) {
                throw new AssertionError("NeedMoreData after endOfInput: " + out);
            }
            Event<Block> again = r.next();
            if (!(again instanceof Event.EndOfData)) {
                throw new AssertionError("after EndOfData and end of input, next() gave " + again);
            }
        } catch (QDataStreamException e) {
            out.add(error(e));
            checkSticky(r, e);
        }
        return out;
    }

    /**
     * Checks the codec's sticky-error rule: after {@code e}, the decoder reports itself failed and
     * every call ({@code next}, {@code feed} of an array and of a direct buffer, {@code endOfInput},
     * {@code drain}) throws that same exception object.
     *
     * @param r the decoder that threw
     * @param e what it threw
     * @throws AssertionError if a call does not throw, or throws another exception object
     */
    public static void checkSticky(Decoder<?> r, QDataStreamException e) {
        if (!r.isFailed()) {
            throw new AssertionError("not failed after " + e);
        }
        for (Runnable call : List.<Runnable>of(r::next, () -> r.feed(new byte[] {1}), r::endOfInput, () -> r.drain(x -> { }),
                () -> r.feed(java.nio.ByteBuffer.allocateDirect(1)), r::next)) {
            try {
                call.run();
                throw new AssertionError("a call after " + e + " did not throw");
            } catch (QDataStreamException again) {
                if (again != e) {
                    throw new AssertionError("a call after failing threw another error: " + again, again);
                }
            }
        }
    }

    /**
     * The exact count a reassembler that has been fed the first {@code fed} bytes of
     * {@code data} must ask for, or -1 if it must not ask (an event or error is due).
     *
     * @param f the framing
     * @param data the whole stream
     * @param fed how many of its bytes were fed
     * @return the count, or {@code -1}
     */
    public static long expectedNeed(Framing f, byte[] data, long fed) {
        int w = f.prefixBytes();
        long p = 0;
        for (;;) {
            if (fed - p < w) {
                return w - (fed - p);
            }
            long size = 0;
            for (int i = 0; i < w; i++) {
                int b = data[(int) p + (f.byteOrder() == ByteOrder.BIG_ENDIAN ? i : w - 1 - i)] & 0xFF;
                size = (size << 8) | b;
            }
            if ((f.endMarker() && size == f.markerValue()) || size > f.maxBlockSize()) {
                return -1;
            }
            if (fed - p - w < size) {
                return size - (fed - p - w);
            }
            p += w + size;
        }
    }

    /**
     * Drains until NeedMoreData (returns its count) or EndOfData (returns -1), recording blocks and
     * the end (once) in the vocabulary.
     *
     * @param r the reassembler
     * @param out where the events go
     * @return the need-more count, or {@code -1} at the end of data
     * @throws QDataStreamException the reassembler's error
     * @throws AssertionError if a need-more count is not positive
     */
    public static long drain(BlockReassembler r, List<String> out) {
        for (;;) {
            Event<Block> e = r.next();
            if (e instanceof Event.NeedMoreData n) {
                if (n.atLeast() <= 0) {
                    throw new AssertionError("non-positive NeedMoreData " + n);
                }
                return n.atLeast();
            }
            if (e instanceof Event.Value<Block> v) {
                Block b = v.value();
                out.add(block(b.array(), b.offset(), b.length(), b.streamOffset()));
            } else {
                Event.EndOfData<Block> d = (Event.EndOfData<Block>) e;
                String s = end(d.streamOffset(), d.markerSeen());
                if (out.isEmpty() || !out.get(out.size() - 1).equals(s)) {
                    out.add(s);
                }
                return -1;
            }
        }
    }

    /**
     * Feeds a new {@link BlockReassembler} exactly what it asks for, recording every NeedMoreData;
     * before the last byte of each request it checks that one byte fewer gives exactly
     * NeedMoreData(1). The result equals {@code model(f, data, true)} for a correct reassembler.
     *
     * @param f the framing
     * @param data the whole stream
     * @return what the reassembler reported, in the vocabulary, hints included
     * @throws AssertionError if a hint is off, the end is not repeated, or an error is not sticky
     */
    public static List<String> hintDriven(Framing f, byte[] data) {
        BlockReassembler r = new BlockReassembler(f);
        List<String> out = new ArrayList<>();
        int p = 0;
        try {
            for (;;) {
                Event<Block> e = r.next();
                if (e instanceof Event.Value<Block> v) {
                    Block b = v.value();
                    out.add(block(b.array(), b.offset(), b.length(), b.streamOffset()));
                    continue;
                }
                if (e instanceof Event.EndOfData<Block> d) {
                    out.add(end(d.streamOffset(), d.markerSeen()));
                    r.feed(data, p, data.length - p);
                    r.endOfInput();
                    Event<Block> again = r.next();
                    if (!again.equals(d)) {
                        throw new AssertionError("EndOfData not repeated: " + again);
                    }
                    return out;
                }
                long k = ((Event.NeedMoreData<Block>) e).atLeast();
                out.add(need(k));
                if (data.length - p < k) {
                    r.feed(data, p, data.length - p);
                    p = data.length;
                    r.endOfInput();
                    Event<Block> last = r.next();
                    if (!(last instanceof Event.EndOfData)) {
                        throw new AssertionError("after end of input: " + last);
                    }
                    out.add(end(((Event.EndOfData<Block>) last).streamOffset(), false));
                    return out;
                }
                if (k > 1) {
                    r.feed(data, p, (int) k - 1);
                    p += (int) k - 1;
                    Event<Block> one = r.next();
                    if (!one.equals(new Event.NeedMoreData<Block>(1))) {
                        throw new AssertionError("one byte short of NeedMoreData(" + k + ") gave " + one + " at " + p);
                    }
                }
                r.feed(data, p, 1);
                p += 1;
            }
        } catch (QDataStreamException e) {
            out.add(error(e));
            checkSticky(r, e);
            return out;
        }
    }
}
