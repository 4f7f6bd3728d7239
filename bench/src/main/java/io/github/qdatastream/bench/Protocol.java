package io.github.qdatastream.bench;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.CorruptDataException;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.codec.protocol.Fortune;
import io.github.qdatastream.codec.protocol.TripReply;
import io.netty.buffer.ByteBuf;
import io.netty.util.CharsetUtil;
import org.openjdk.jmh.infra.Blackhole;

import java.util.function.Consumer;

/**
 * The two benchmarked protocols: their workload, their framing and codec (the code under test),
 * and the Netty baseline's hand-written field reads and writes into the same value classes.
 */
public enum Protocol {
    TRIP {
        @Override
        public Framing framing() {
            return TripReply.FRAMING;
        }

        @Override
        public Codec<?> codec() {
            return TripReply.CODEC;
        }

        @Override
        public Workloads.Stream stream(int targetBytes) {
            return Workloads.tripStream(targetBytes);
        }

        @Override
        public Object[] values(int targetBytes) {
            Workloads.TripValues v = Workloads.tripValues(targetBytes);
            TripReply[] out = new TripReply[v.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = new TripReply(QDate.ofJulianDay(v.julianDay()[i]), QTime.ofMsecs(v.msecs()[i]),
                        v.duration()[i], v.changes()[i], v.trainType()[i]);
            }
            return out;
        }

        @Override
        public Object nettyRead(ByteBuf f) {
            long jd = f.readUnsignedInt(); // QDate at Qt_4_0: quint32 Julian day, 0 = null
            QDate date = jd == 0 ? QDate.NULL : QDate.ofJulianDay(jd);
            QTime time = QTime.ofMsecs(f.readInt());
            int duration = f.readUnsignedShort();
            int changes = f.readUnsignedByte();
            String trainType = readQString(f);
            return new TripReply(date, time, duration, changes, trainType);
        }

        @Override
        public void nettyWrite(ByteBuf out, Object value) {
            TripReply t = (TripReply) value;
            out.writeInt((int) t.date().julianDay());
            out.writeInt(t.departureTime().msecs());
            out.writeShort(t.duration());
            out.writeByte(t.changes());
            writeQString(out, t.trainType());
        }
    },

    FORTUNE {
        @Override
        public Framing framing() {
            return Fortune.FRAMING;
        }

        @Override
        public Codec<?> codec() {
            return Fortune.CODEC;
        }

        @Override
        public Workloads.Stream stream(int targetBytes) {
            return Workloads.fortuneStream(targetBytes);
        }

        @Override
        public Object[] values(int targetBytes) {
            String[] s = Workloads.fortunes(targetBytes);
            Fortune[] out = new Fortune[s.length];
            for (int i = 0; i < s.length; i++) {
                out[i] = new Fortune(s[i]);
            }
            return out;
        }

        @Override
        public Object nettyRead(ByteBuf f) {
            return new Fortune(readQString(f));
        }

        @Override
        public void nettyWrite(ByteBuf out, Object value) {
            writeQString(out, ((Fortune) value).text());
        }
    };

    public abstract Framing framing();

    public abstract Codec<?> codec();

    /** The workload's bytes (see {@link Workloads}). */
    public abstract Workloads.Stream stream(int targetBytes);

    /** The workload's values, for the encoding benchmarks (the same values the stream holds). */
    public abstract Object[] values(int targetBytes);

    /** The Netty baseline's decode of one frame's payload, which must be consumed exactly. */
    public abstract Object nettyRead(ByteBuf payload);

    /** The Netty baseline's encode of one block's payload. */
    public abstract void nettyWrite(ByteBuf out, Object value);

    /** A fresh decoder (the code under test). */
    @SuppressWarnings("unchecked")
    public BlockDecoder<Object> decoder() {
        return new BlockDecoder<>(framing(), (Codec<Object>) codec());
    }

    /** A block encoder (the code under test). */
    @SuppressWarnings("unchecked")
    public BlockEncoder<Object> encoder() {
        return new BlockEncoder<>(framing(), (Codec<Object>) codec());
    }

    /** The Netty baseline's frame handler: decode the fields, check the frame was used up, hand on. */
    public NettyFraming.FrameHandler nettyHandler(Consumer<Object> sink) {
        return frame -> {
            Object v = nettyRead(frame);
            if (frame.isReadable()) {
                throw CorruptDataException.of(name() + " block trailing bytes", frame.readableBytes(), -1, "a block holds one value");
            }
            sink.accept(v);
        };
    }

    public NettyFraming.FrameHandler nettyHandler(Blackhole bh) {
        return nettyHandler(bh::consume);
    }

    /** A QString as a Netty user reads it: quint32 byte count (0xFFFFFFFF = null), UTF-16BE. */
    static String readQString(ByteBuf f) {
        long n = f.readUnsignedInt();
        if (n == 0xFFFF_FFFFL) {
            return null;
        }
        if (n > f.readableBytes() || (n & 1) != 0) {
            throw CorruptDataException.of("QString byte count", n, -1, "odd or beyond the block");
        }
        String s = f.toString(f.readerIndex(), (int) n, CharsetUtil.UTF_16BE);
        f.skipBytes((int) n);
        return s;
    }

    /** A QString as a careful Netty user writes it: byte count, then {@code writeChar} per UTF-16 unit. */
    static void writeQString(ByteBuf out, String s) {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        int n = s.length();
        out.writeInt(2 * n);
        out.ensureWritable(2 * n);
        for (int i = 0; i < n; i++) {
            out.writeChar(s.charAt(i));
        }
    }
}
