package io.github.qdatastream.netty;

/**
 * Stands in for a decoded value that is Java {@code null}, such as a null QString
 * ({@code FF FF FF FF}) read with {@code Codecs.QSTRING}: Netty messages cannot be null, so
 * {@link QDataStreamFrameDecoder#messages} and {@link QDataStreamTransactionDecoder} pass
 * {@link #INSTANCE} down the pipeline instead. Codecs that decode to a record (such as
 * {@code Fortune.CODEC}) never produce it.
 *
 * <p>A singleton: immutable and thread-safe.
 */
public final class QDataStreamNullValue {

    /** The one instance. */
    public static final QDataStreamNullValue INSTANCE = new QDataStreamNullValue();

    private QDataStreamNullValue() {
    }

    /** {@code value}, or {@link #INSTANCE} when it is null. */
    static Object orMarker(Object value) {
        return value == null ? INSTANCE : value;
    }

    @Override
    public String toString() {
        return "QDataStreamNullValue";
    }
}
