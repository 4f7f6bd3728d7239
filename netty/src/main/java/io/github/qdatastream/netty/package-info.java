/**
 * Netty handlers for QDataStream block protocols, built on the codec's sans-I/O reassembly
 * ({@link io.github.qdatastream.codec.frame.BlockReassembler},
 * {@link io.github.qdatastream.codec.frame.BlockEncoder},
 * {@link io.github.qdatastream.codec.frame.TransactionReader}): Netty does the I/O, the codec
 * does all the framing and decoding, so a Netty server and a blocking client agree byte for byte.
 *
 * <h2>Inbound: {@link io.github.qdatastream.netty.QDataStreamFrameDecoder}</h2>
 * <pre>
 * Framing.FORTUNE, messages(Fortune.CODEC): a Qt 4 Fortune server's reply arriving in 3 reads
 *
 * BEFORE (reads)                                    AFTER (messages)
 * | 00 | 0A 00 00 00 06 00 | 48 00 69 00 21 |  --&gt; Fortune["Hi!"]
 *  size=0x000A, QString: byte count 6, UTF-16BE "H" "i" "!"
 *
 * Framing.TRIP_REPLY, messages(TripReply.CODEC): one read holding a whole reply stream
 *
 * BEFORE                                            AFTER
 * | 00 21 | trip 1 (33 bytes, "InterCity") | 00 15 | trip 2 (21 bytes, "ICE") | FF FF |
 *                                              --&gt; TripReply, TripReply,
 *                                                  userEventTriggered(QDataStreamEndOfData.INSTANCE)
 *
 * Framing.FORTUNE.withMaxBlockSize(100), payloads()
 *
 * BEFORE                                            AFTER
 * | 00 02 | 07 07 | 10 00 | 01 02 03 ...      --&gt; ByteBuf[07 07],
 *                                                  exceptionCaught(SizeLimitExceededException:
 *                                                  "block size 4096 exceeds the limit 100 at offset 4"),
 *                                                  channel closed, later bytes discarded
 * </pre>
 *
 * <h2>Outbound: {@link io.github.qdatastream.netty.QDataStreamBlockEncoder} and
 * {@link io.github.qdatastream.netty.QDataStreamEndMarkerEncoder}</h2>
 * <pre>
 * BEFORE (writes)                                   AFTER (bytes)
 * ctx.write(new Fortune("Hi!"))               --&gt; 00 0A 00 00 00 06 00 48 00 69 00 21
 * ctx.write(QDataStreamEndOfData.INSTANCE)    --&gt; FF FF
 * </pre>
 *
 * <h2>Unframed values: {@link io.github.qdatastream.netty.QDataStreamTransactionDecoder}</h2>
 * <pre>
 * Qt 5.7 Fortune (no size prefix), Fortune.CODEC
 *
 * BEFORE (reads)                                    AFTER
 * | 00 00 | 00 06 00 48 | 00 69 00 21 |       --&gt; Fortune["Hi!"]
 * </pre>
 *
 * <h2>A Trip server pipeline</h2>
 * <pre>{@code
 * ch.pipeline()
 *   .addLast(QDataStreamFrameDecoder.messages(Framing.TRIP_REQUEST.withMaxBlockSize(4096),
 *                                             TripRequest.CODEC, StreamOptions.DEFAULT))
 *   .addLast(new QDataStreamBlockEncoder<>(TripReply.class, Framing.TRIP_REPLY, TripReply.CODEC,
 *                                          StreamOptions.DEFAULT))
 *   .addLast(new QDataStreamEndMarkerEncoder(Framing.TRIP_REPLY))
 *   .addLast(new SimpleChannelInboundHandler<TripRequest>() {
 *       protected void channelRead0(ChannelHandlerContext ctx, TripRequest q) {
 *           for (TripReply t : answer(q)) ctx.write(t);
 *           ctx.writeAndFlush(QDataStreamEndOfData.INSTANCE).addListener(ChannelFutureListener.CLOSE);
 *       }
 *   });
 * }</pre>
 *
 * <p>Errors are the codec's one hierarchy ({@link io.github.qdatastream.codec.QDataStreamException}),
 * fired unwrapped through {@code exceptionCaught}: a handler can tell a peer that closed early
 * ({@code TruncatedInputException}) from a malformed block ({@code CorruptDataException}) and an
 * oversized one ({@code SizeLimitExceededException}).
 *
 * <p>The decoders hold per-channel state: one instance per channel, never shared (they are not
 * {@code @Sharable}); the encoders are stateless apart from their immutable configuration. This
 * package is {@code @NullMarked}: nothing here accepts or returns null.
 */
@NullMarked
package io.github.qdatastream.netty;

import org.jspecify.annotations.NullMarked;
