/**
 * Codecs derived from Java records: {@link io.github.qdatastream.codec.record.RecordCodec} reads and
 * writes a record's components in declaration order, each with the Qt type of its
 * {@link io.github.qdatastream.codec.record.QType} (or of a
 * {@link io.github.qdatastream.codec.record.QTypes} list beside the class, or its Java type's default).
 *
 * <pre>{@code
 * record Trip(QDate date, QTime departure, @QType("quint16") int minutes, @QType("quint8") int changes,
 *             String trainType) {}
 * static final Codec<Trip> TRIP = RecordCodec.of(Trip.class, MethodHandles.lookup());
 * // 00258ed7 01b77400 005f 01 00000012 0049006e0074006500720043006900740079   (Qt_4_0)
 * }</pre>
 *
 * <p>This package is {@code @NullMarked}; a component may still hold null where its Qt type has a
 * null value (the null QString, the null QByteArray).
 */
@NullMarked
package io.github.qdatastream.codec.record;

import org.jspecify.annotations.NullMarked;
