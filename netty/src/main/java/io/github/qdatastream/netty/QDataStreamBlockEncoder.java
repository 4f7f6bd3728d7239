package io.github.qdatastream.netty;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.github.qdatastream.codec.frame.Framing;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Writes each message of type {@code T} as one block, with the codec's {@link BlockEncoder}: the size prefix, then the message's fields
 * as {@code codec} writes them, exactly as a Qt program does with
 * {@code out << quint16(0) << fields...; out.device()->seek(0); out << quint16(block.size() - 2);}.
 *
 * <pre>
 * BEFORE (message)                     AFTER (bytes, Framing.FORTUNE, Qt_4_0)
 * "You might have mail." (QString)     00 2C | 00 00 00 28 00 59 00 6F 00 75 ... 00 2E
 *                                      size  | QString: quint32 byte count, UTF-16BE
 * </pre>
 *
 * A message whose encoding is larger than {@link Framing#maxBlockSize()} is refused with an
 * {@link IllegalArgumentException} (Netty wraps it in an {@code EncoderException} and fails the
 * write's promise); nothing is written for it. Stateless and {@link ChannelHandler.Sharable}.
 *
 * @param <T> the message type
 */
@ChannelHandler.Sharable
public final class QDataStreamBlockEncoder<T> extends MessageToByteEncoder<T> {

    private final BlockEncoder<T> encoder;
    private final StreamOptions options;

    /**
     * An encoder for messages of {@code type} written with {@code codec} and {@code options}
     * (stream version, byte order) inside blocks framed by {@code framing}.
     *
     * @param type the message class this encoder accepts (others pass on down the pipeline)
     * @param framing the size prefix to write before each block
     * @param codec writes one message as the block's payload
     * @param options the stream version, byte order, precision and limits
     */
    public QDataStreamBlockEncoder(Class<? extends T> type, Framing framing, Codec<T> codec, StreamOptions options) {
        super(type);
        this.encoder = new BlockEncoder<>(framing, codec, options);
        this.options = options;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, T msg, ByteBuf out) {
        QDataWriter w = new QDataWriter(options, 64);
        encoder.write(w, msg);
        out.writeBytes(w.buffer(), 0, w.size());
    }
}
