package io.github.qdatastream.harness.inspect;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.TypeExpression;
import io.github.qdatastream.codec.VariantRegistry;
import io.github.qdatastream.codec.frame.Framing;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Bytes in, {@link Field}s out, as they arrive: the engine of {@code qds inspect} (a file or
 * stdin fed in chunks) and of {@code qds proxy --decode} (each direction of each connection fed
 * as it is forwarded). Memory is bounded: a framed block is buffered whole only after its size
 * field passed the framing's {@link Framing#maxBlockSize()}, an unframed record up to the
 * options' {@code Limits.maxBytes}; consumed bytes are dropped.
 *
 * <p>Framed ({@code quint16}/{@code quint32} blocks): each block gives a {@link Field.Kind#BLOCK}
 * line, its {@link Field.Kind#SIZE} field, the fields of its types, bytes after them
 * ({@link Field.Kind#TRAILING}) and, where a field is bad, the {@link Field.Kind#ERROR} in place;
 * decoding goes on with the next block, since the framing is intact. A size over the limit, or
 * the input ending inside a block, ends decoding. Unframed: records of the types back to back;
 * the first bad record ends decoding. Every byte is accounted for: in a field, a size field, a
 * trailing run, or the error that says how many bytes were not decoded.
 */
public final class Inspector {

    private final Protocol protocol;
    private final StreamOptions options;
    private final Consumer<Field> sink;
    private final FieldTracer tracer;
    private final List<Codec<Object>> codecs = new ArrayList<>();
    private final long maxRecord;

    private byte[] buf = new byte[8192];
    private int start;
    private int end;
    private long offset; // stream offset of buf[start]
    private long units;  // blocks or records so far
    private long errors;
    private boolean endSeen;
    private boolean broken;
    private long undecoded; // bytes after a fatal error
    private long waitFor; // unframed: do not retry before this many bytes are buffered
    private long markerEnd; // stream offset just after the end marker
    private long afterMarker; // bytes after the end marker
    private byte[] afterMarkerHead = new byte[0]; // the first of them, shown
    private static final int AFTER_MARKER_SHOWN = 64;

    public Inspector(Protocol protocol, StreamOptions options, VariantRegistry registry, Consumer<Field> sink) {
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.options = Objects.requireNonNull(options, "options");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.tracer = new FieldTracer(registry);
        for (String t : protocol.types()) codecs.add(tracer.codec(TypeExpression.parse(t, registry)));
        this.maxRecord = options.limits().maxBytes();
    }

    /** Blocks (framed) or records (unframed) decoded or attempted so far. */
    public long units() {
        return units;
    }

    /** Error lines emitted so far. */
    public long errors() {
        return errors;
    }

    /** Bytes fed so far. */
    public long position() {
        return offset + (end - start) + undecoded;
    }

    public void feed(byte[] data, int off, int len) {
        if (broken) {
            undecoded += len;
            return;
        }
        ensureRoom(len);
        System.arraycopy(data, off, buf, end, len);
        end += len;
        drain(false);
    }

    /** The input ended: reports a cut block or record, or bytes left undecoded after an error. */
    public void finish() {
        if (!broken) drain(true);
        if (afterMarker > 0) {
            String marker = protocol.framing().prefixBytes() == 2 ? "0xFFFF" : "0xFFFFFFFF";
            emit(new Field(Field.Kind.TRAILING, 0, markerEnd, afterMarkerHead, "after end marker", null, null,
                    afterMarker + " byte(s) after the end marker " + marker + " (a reader stops there)", 0));
            errors++;
            afterMarker = 0;
        }
        int left = end - start;
        if (!broken && left > 0) {
            if (protocol.framing() != null) {
                int prefix = protocol.framing().prefixBytes();
                String why = left < prefix ? "input ended inside a block's " + protocol.sizeType() + " size field (" + left + " of " + prefix + " bytes)"
                        : "input ended inside a block: its size field says " + size(buf, start) + " bytes, " + (left - prefix) + " arrived";
                emit(Field.error(offset, "truncated input: " + why));
            }
            // unframed: drain(true) reported it
        }
        if (broken && undecoded + left > 0) {
            emit(Field.error(offset, (undecoded + left) + " byte(s) from offset " + offset + " on not decoded (after the error above)"));
        }
        offset += left; // the cut block's bytes were fed: position() counts them
        start = end = 0;
    }

    private void drain(boolean last) {
        while (!broken && end > start) {
            boolean progressed = protocol.framing() != null ? block() : record(last);
            if (!progressed) return;
        }
    }

    private long size(byte[] b, int at) {
        Framing f = protocol.framing();
        boolean big = f.byteOrder() == ByteOrder.BIG_ENDIAN;
        long v = 0;
        for (int i = 0; i < f.prefixBytes(); i++) {
            int k = big ? i : f.prefixBytes() - 1 - i;
            v |= (long) (b[at + k] & 0xFF) << (8 * (f.prefixBytes() - 1 - i));
        }
        return v;
    }

    private boolean block() {
        Framing f = protocol.framing();
        int prefix = f.prefixBytes();
        int avail = end - start;
        if (endSeen) {
            // counted here, reported once by finish(): a line per chunk would depend on how the input was cut
            int keep = Math.min(avail, AFTER_MARKER_SHOWN - afterMarkerHead.length);
            if (keep > 0) {
                afterMarkerHead = Arrays.copyOf(afterMarkerHead, afterMarkerHead.length + keep);
                System.arraycopy(buf, start, afterMarkerHead, afterMarkerHead.length - keep, keep);
            }
            afterMarker += avail;
            consume(avail);
            return false;
        }
        if (avail < prefix) return false;
        long size = size(buf, start);
        long marker = prefix == 2 ? 0xFFFFL : 0xFFFF_FFFFL;
        if (f.endMarker() && size == marker) {
            emit(new Field(Field.Kind.END_MARKER, 0, offset, copy(start, prefix), "end of data", protocol.sizeType(),
                    JsonNodeFactory.instance.textNode(prefix == 2 ? "0xFFFF" : "0xFFFFFFFF"), null, 0));
            endSeen = true;
            consume(prefix);
            markerEnd = offset;
            return true;
        }
        if (size > f.maxBlockSize()) {
            units++;
            emit(new Field(Field.Kind.BLOCK, 0, offset, copy(start, prefix), "block " + (units - 1), null, JsonNodeFactory.instance.numberNode(size), null, 0));
            emit(new Field(Field.Kind.SIZE, 1, offset, copy(start, prefix), "size", protocol.sizeType(), JsonNodeFactory.instance.numberNode(size), null, 0));
            emit(Field.error(offset, "size limit exceeded: block size " + size + " exceeds the limit " + f.maxBlockSize()
                    + " at offset " + offset + " (--max-block-size)"));
            broken = true;
            consume(prefix);
            undecoded += end - start;
            start = end = 0;
            return false;
        }
        if (avail < prefix + size) {
            ensureRoom((int) (prefix + size - avail));
            return false;
        }
        int n = (int) size;
        units++;
        emit(new Field(Field.Kind.BLOCK, 0, offset, copy(start, prefix + n), "block " + (units - 1), null, JsonNodeFactory.instance.numberNode(size), null, 0));
        emit(new Field(Field.Kind.SIZE, 1, offset, copy(start, prefix), "size", protocol.sizeType(), JsonNodeFactory.instance.numberNode(size), null, 0));
        QDataReader in = new QDataReader(buf, start + prefix, n, options, offset + prefix);
        tracer.clear();
        boolean ok = true;
        for (int i = 0; i < codecs.size() && ok; i++) {
            try {
                tracer.read(codecs.get(i), protocol.names().get(i), in, buf, start + prefix, n, offset + prefix);
            } catch (TruncatedInputException e) {
                ok = false;
                replaceLastError("the block's fields need more than its " + n + " bytes: " + e.getMessage());
            } catch (QDataStreamException | IllegalArgumentException e) {
                ok = false;
            }
        }
        for (Field x : tracer.fields()) emit(x.atDepth(x.depth() + 1));
        if (ok && !in.atEnd()) {
            int rest = in.remaining();
            long at = in.offset();
            emit(new Field(Field.Kind.TRAILING, 1, at, copy(start + prefix + in.position(), rest), "trailing", null, null,
                    rest + " byte(s) after the block's fields (a Qt reader using >> leaves them unread)", 0));
            errors++;
        }
        consume(prefix + n);
        return true;
    }

    private void replaceLastError(String message) {
        List<Field> fs = tracer.fields();
        for (int i = fs.size() - 1; i >= 0; i--) {
            if (fs.get(i).kind() == Field.Kind.ERROR) {
                fs.set(i, Field.error(fs.get(i).offset(), message));
                return;
            }
        }
    }

    private boolean record(boolean last) {
        int avail = end - start;
        if (!last && avail < waitFor) return false;
        // a record is read from at most maxRecord bytes, however many arrived together: else
        // whether a longer one decodes would depend on how the input was cut
        int n = (int) Math.min(avail, maxRecord);
        QDataReader in = new QDataReader(buf, start, n, options, offset);
        tracer.clear();
        for (int i = 0; i < codecs.size(); i++) {
            try {
                tracer.read(codecs.get(i), protocol.names().get(i), in, buf, start, n, offset);
            } catch (TruncatedInputException e) {
                if (!last && avail < maxRecord) {
                    waitFor = avail + Math.max(e.missing(), 1);
                    ensureRoom((int) Math.min(Math.max(e.missing(), 1), maxRecord));
                    return false;
                }
                return fail(in, last && avail < maxRecord ? null : "record longer than the limit of " + maxRecord + " bytes (--max-bytes)");
            } catch (QDataStreamException | IllegalArgumentException e) {
                return fail(in, null);
            }
        }
        waitFor = 0;
        units++;
        emit(new Field(Field.Kind.BLOCK, 0, offset, copy(start, in.position()), "record " + (units - 1), null, null, null, 0));
        for (Field x : tracer.fields()) emit(x.atDepth(x.depth() + 1));
        consume(in.position());
        return true;
    }

    private boolean fail(QDataReader in, String message) {
        units++;
        emit(new Field(Field.Kind.BLOCK, 0, offset, new byte[0], "record " + (units - 1), null, null, null, 0));
        if (message != null) replaceLastError(message);
        for (Field x : tracer.fields()) emit(x.atDepth(x.depth() + 1));
        broken = true;
        long used = tracer.fields().isEmpty() ? 0 : Math.max(0, lastEnd() - offset);
        consume((int) Math.min(used, end - start));
        undecoded += end - start;
        start = end = 0;
        return false;
    }

    private long lastEnd() {
        long e = offset;
        for (Field f : tracer.fields()) if (f.kind() != Field.Kind.ERROR) e = Math.max(e, f.end());
        return e;
    }

    private void emit(Field f) {
        if (f.kind() == Field.Kind.ERROR) errors++;
        sink.accept(f);
    }

    private byte[] copy(int from, int n) {
        byte[] b = new byte[n];
        System.arraycopy(buf, from, b, 0, n);
        return b;
    }

    private void consume(int n) {
        start += n;
        offset += n;
        if (start == end) start = end = 0;
    }

    private void ensureRoom(int more) {
        if (end + more <= buf.length) return;
        int live = end - start;
        if (live + more <= buf.length && start > 0) {
            System.arraycopy(buf, start, buf, 0, live);
        } else {
            byte[] b = new byte[Math.max(live + more, Math.min(Integer.MAX_VALUE - 16, (long) buf.length * 2) > live + more ? (int) Math.min(Integer.MAX_VALUE - 16, (long) buf.length * 2) : live + more)];
            System.arraycopy(buf, start, b, 0, live);
            buf = b;
        }
        end = live;
        start = 0;
    }
}
