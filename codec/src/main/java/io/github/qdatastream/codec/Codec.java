package io.github.qdatastream.codec;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one QDataStream type. Codecs are stateless and thread-safe; compose them with
 * {@link Codecs}' combinators or write a message type in a few lines with {@link #of}:
 *
 * <pre>{@code
 * record Trip(QDate date, QTime departure, int minutes, int changes, String trainType) {}
 *
 * Codec<Trip> TRIP = Codec.of("Trip",
 *     in -> new Trip(in.read(QDate.CODEC), in.read(QTime.CODEC), in.readUInt16(), in.readUInt8(), in.readString()),
 *     (out, t) -> out.write(QDate.CODEC, t.date()).write(QTime.CODEC, t.departure())
 *                    .writeUInt16(t.minutes()).writeUInt8(t.changes()).writeString(t.trainType()));
 * }</pre>
 *
 * @param <T> the Java type of the value
 */
public interface Codec<T extends @Nullable Object> {

    /**
     * Reads one value, advancing the reader past it.
     *
     * @param in the reader, at the value's first byte
     * @return the value
     * @throws QDataStreamException if the bytes are truncated, corrupt or over a limit
     */
    T read(QDataReader in);

    /**
     * Writes one value.
     *
     * @param out the writer
     * @param value the value
     */
    void write(QDataWriter out, T value);

    /** {@return the Qt type expression this codec reads and writes, such as {@code QList<qint32>}} */
    String typeName();

    /**
     * {@return the fewest bytes any value of this type takes on the wire at any stream version (1
     * unless a codec knows better)} Containers use it to tell a transaction-style reader how many
     * bytes the elements after a truncated one need at least, so that it does not parse again early.
     */
    default int minWireSize() {
        return 1;
    }

    /**
     * A codec from a read function and a write function.
     *
     * @param typeName the Qt type expression, for messages and {@link #typeName()}
     * @param reader reads one value
     * @param writer writes one value
     * @param <T> the Java type of the value
     * @return the codec
     */
    static <T extends @Nullable Object> Codec<T> of(String typeName, Function<QDataReader, T> reader, BiConsumer<QDataWriter, T> writer) {
        return of(typeName, 1, reader, writer);
    }

    /**
     * A codec from a read function and a write function whose values take at least
     * {@code minWireSize} bytes at every stream version.
     *
     * @param typeName the Qt type expression, for messages and {@link #typeName()}
     * @param minWireSize the fewest bytes a value takes, at least 1 (see {@link #minWireSize()})
     * @param reader reads one value
     * @param writer writes one value
     * @param <T> the Java type of the value
     * @return the codec
     * @throws IllegalArgumentException if {@code minWireSize} is below 1
     */
    static <T extends @Nullable Object> Codec<T> of(String typeName, int minWireSize, Function<QDataReader, T> reader,
                           BiConsumer<QDataWriter, T> writer) {
        if (minWireSize < 1) {
            throw new IllegalArgumentException("minWireSize < 1: " + minWireSize);
        }
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(writer, "writer");
        return new Codec<>() {
            @Override
            public T read(QDataReader in) {
                return reader.apply(in);
            }

            @Override
            public void write(QDataWriter out, T value) {
                writer.accept(out, value);
            }

            @Override
            public String typeName() {
                return typeName;
            }

            @Override
            public int minWireSize() {
                return minWireSize;
            }

            @Override
            public String toString() {
                return "Codec[" + typeName + "]";
            }
        };
    }

    /**
     * This codec seen through a lossless mapping to another Java type.
     *
     * @param typeName the type name of the new codec (for example {@code "QLocale"} over QString)
     * @param decode maps a decoded value to the new type
     * @param encode maps a value of the new type back, for writing
     * @param <U> the new Java type
     * @return the mapped codec, with this codec's {@link #minWireSize()}
     */
    default <U> Codec<U> map(String typeName, Function<? super T, ? extends U> decode, Function<? super U, ? extends T> encode) {
        Codec<T> self = this;
        return of(typeName, self.minWireSize(), in -> decode.apply(self.read(in)),
                (out, u) -> self.write(out, encode.apply(u)));
    }

    /**
     * {@return the bytes of {@code value} with {@link StreamOptions#DEFAULT}}
     *
     * @param value the value
     */
    default byte[] encode(T value) {
        return encode(value, StreamOptions.DEFAULT);
    }

    /**
     * {@return the bytes of {@code value}}
     *
     * @param value the value
     * @param options the stream version, byte order, precision and limits
     */
    default byte[] encode(T value, StreamOptions options) {
        QDataWriter w = new QDataWriter(options);
        write(w, value);
        return w.toByteArray();
    }

    /**
     * Decodes exactly one value from all of {@code bytes} with {@link StreamOptions#DEFAULT}.
     *
     * @param bytes the encoded value, nothing more
     * @return the value
     * @throws QDataStreamException if the bytes are truncated, corrupt, over a limit or too many
     */
    default T decode(byte[] bytes) {
        return decode(bytes, StreamOptions.DEFAULT);
    }

    /**
     * Decodes exactly one value from all of {@code bytes}: bytes left over after the value are
     * corrupt data.
     *
     * @param bytes the encoded value, nothing more
     * @param options the stream version, byte order, precision and limits
     * @return the value
     * @throws QDataStreamException if the bytes are truncated, corrupt, over a limit or too many
     */
    default T decode(byte[] bytes, StreamOptions options) {
        QDataReader r = new QDataReader(bytes, options);
        T value = read(r);
        if (!r.atEnd()) {
            throw r.corrupt(typeName() + " trailing bytes", r.remaining(), r.offset(),
                    "the value ended after " + r.position() + " of " + bytes.length + " bytes");
        }
        return value;
    }
}
