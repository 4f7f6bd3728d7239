/**
 * The QDataStream codec: {@link io.github.qdatastream.codec.QDataReader} and
 * {@link io.github.qdatastream.codec.QDataWriter} for every primitive, a value class with a
 * {@code CODEC} for every QtCore value type, {@code QColor} and the geometry types,
 * {@link io.github.qdatastream.codec.QVariant}, the container combinators of
 * {@link io.github.qdatastream.codec.Codecs}, and {@link io.github.qdatastream.codec.TypeExpression}
 * for a codec of any type written as Qt spells it. The bytes are real Qt's, at every
 * {@link io.github.qdatastream.codec.StreamVersion} (default {@code Qt_4_0}).
 *
 * <p>A {@link io.github.qdatastream.codec.Codec} composes message types; reading never trusts a
 * length before checking it against {@link io.github.qdatastream.codec.Limits}, and bad input ends
 * in one of the exceptions of {@link io.github.qdatastream.codec.QDataStreamException}'s hierarchy,
 * whose message names the value, the limit and the byte offset.
 *
 * <pre>{@code
 * record Trip(QDate date, QTime departure, int minutes, int changes, String trainType) {}
 *
 * Codec<Trip> TRIP = Codec.of("Trip",
 *         in -> new Trip(in.read(QDate.CODEC), in.read(QTime.CODEC), in.readUInt16(), in.readUInt8(), in.readString()),
 *         (out, t) -> out.write(QDate.CODEC, t.date()).write(QTime.CODEC, t.departure())
 *                 .writeUInt16(t.minutes()).writeUInt8(t.changes()).writeString(t.trainType()));
 *
 * byte[] bytes = TRIP.encode(new Trip(QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), 95, 1, "ICE"));
 * Trip back = TRIP.decode(bytes);                        // equal to what was encoded
 *
 * Codec<Object> map = TypeExpression.parse("QMap<QString,QList<qint32>>").codec();
 * }</pre>
 *
 * <p>Nullness: this package is {@code @NullMarked}. Null appears only where Qt has a null value
 * that Java has no other way to say, and is then {@code @Nullable}: the null QString (a
 * {@code null} String) and the null QByteArray (a {@code null} {@link io.github.qdatastream.codec.QByteArray}),
 * and lookups that find nothing. Value classes are immutable and thread-safe; readers and writers
 * are not thread-safe (one per thread, or per stream).
 */
@NullMarked
package io.github.qdatastream.codec;

import org.jspecify.annotations.NullMarked;
