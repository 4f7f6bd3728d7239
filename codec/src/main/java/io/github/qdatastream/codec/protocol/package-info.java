/**
 * The messages of the Qt examples this project mirrors, each a record with its {@code CODEC} and
 * its {@code FRAMING}: {@link io.github.qdatastream.codec.protocol.Fortune} (Qt's Fortune
 * client/server), {@link io.github.qdatastream.codec.protocol.TripRequest} and
 * {@link io.github.qdatastream.codec.protocol.TripReply} (the Trip Planner and Trip Server of
 * <i>C++ GUI Programming with Qt 4</i>, chapter 15), all at {@code Qt_4_0}.
 *
 * <pre>{@code
 * byte[] block = new BlockEncoder<>(Fortune.FRAMING, Fortune.CODEC).encode(new Fortune("Hi!"));
 * // 00 0A | 00 00 00 06 | 00 48 00 69 00 21      (quint16 size, QString "Hi!")
 * }</pre>
 *
 * <p>The records are immutable and thread-safe; this package is {@code @NullMarked}, and
 * {@link io.github.qdatastream.codec.protocol.Fortune#text()} is {@code @Nullable} (the null QString).
 */
@NullMarked
package io.github.qdatastream.codec.protocol;

import org.jspecify.annotations.NullMarked;
