/**
 * Sans-I/O reassembly of QDataStream streams: bytes in, in whatever pieces TCP delivers them;
 * complete blocks or values out, or exactly how many more bytes are needed. No sockets, threads or
 * clocks: a blocking loop, NIO or Netty ({@code qdatastream-netty}) drives the same state machine.
 *
 * <ul>
 *   <li>{@link io.github.qdatastream.codec.frame.Framing}: how blocks are delimited (size prefix,
 *       byte order, end marker, maximum block size); the Fortune and Trip framings are constants.</li>
 *   <li>{@link io.github.qdatastream.codec.frame.BlockReassembler}: framed blocks;
 *       {@link io.github.qdatastream.codec.frame.BlockDecoder}: framed values, through a codec;
 *       {@link io.github.qdatastream.codec.frame.TransactionReader}: unframed values (Qt 5.7+
 *       Fortune), without Qt's re-parsing from the start of the value on every read.</li>
 *   <li>{@link io.github.qdatastream.codec.frame.Event}: what every decoder's {@code next()}
 *       found; {@link io.github.qdatastream.codec.frame.BlockEncoder}: the writing side.</li>
 * </ul>
 *
 * <pre>{@code
 * BlockDecoder<TripReply> decoder = new BlockDecoder<>(Framing.TRIP_REPLY, TripReply.CODEC);
 * while (true) {
 *     int n = socket.getInputStream().read(buffer);
 *     if (n < 0) throw new IOException("closed before the end marker");
 *     decoder.feed(buffer, 0, n);
 *     for (Event<TripReply> e = decoder.next(); !(e instanceof Event.NeedMoreData); e = decoder.next()) {
 *         if (e instanceof Event.Value<TripReply> v) show(v.value());
 *         else return;                                   // Event.EndOfData: 0xFFFF arrived
 *     }
 * }
 * }</pre>
 *
 * <p>Decoders and encoders hold per-stream state and are not thread-safe: one per connection, used
 * by one thread at a time. {@code Framing} and {@code Event} values are immutable. This package is
 * {@code @NullMarked}.
 */
@NullMarked
package io.github.qdatastream.codec.frame;

import org.jspecify.annotations.NullMarked;
