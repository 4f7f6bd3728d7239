package io.github.qdatastream.codec.protocol;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.frame.Framing;
import org.jspecify.annotations.Nullable;

/**
 * One message of Qt's Fortune example: a QString. The Qt 4 server sends it in a
 * {@link Framing#FORTUNE quint16-sized block} at {@code Qt_4_0}; the Qt 5.7+ server sends the bare
 * QString (read it with a {@link io.github.qdatastream.codec.frame.TransactionReader}).
 *
 * <pre>
 *   "Hi" in a block:  00 08 | 00 00 00 04 | 00 48 00 69
 *                     size  | QString byte count | UTF-16BE
 * </pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the fortune; {@code null} for a null QString (Qt writes {@code FF FF FF FF})
 */
public record Fortune(@Nullable String text) {

    /**
     * Reads and writes the QString. A class of its own rather than {@link Codec#of} so that the
     * JIT inlines the read into the decoding loop (see {@link io.github.qdatastream.codec.QDate#CODEC}).
     */
    public static final Codec<Fortune> CODEC = new Codec<>() {
        @Override
        public Fortune read(QDataReader in) {
            String text = in.readString(); // before the allocation: see TripReply.CODEC
            return new Fortune(text);
        }

        @Override
        public void write(QDataWriter out, Fortune f) {
            out.writeString(f.text);
        }

        @Override
        public String typeName() {
            return "Fortune(QString)";
        }

        @Override
        public String toString() {
            return "Codec[Fortune(QString)]";
        }
    };

    /** The framing of the Qt 4 era Fortune server: a big-endian quint16 size. */
    public static final Framing FRAMING = Framing.FORTUNE;
}
