/**
 * Codecs derived from Java records: {@link io.github.qdatastream.codec.record.RecordCodec} reads
 * and writes a record's components in declaration order, each with the Qt type its
 * {@link io.github.qdatastream.codec.record.QType} annotation names (or the class's
 * {@link io.github.qdatastream.codec.record.QTypes} list, or its Java type's default). The codec is
 * checked when it is built and runs as one method-handle tree, with no reflection per value.
 *
 * <pre>{@code
 * record Trip(QDate date, QTime departure, @QType("quint16") int minutes, @QType("quint8") int changes,
 *             String trainType) {}
 *
 * static final Codec<Trip> TRIP = RecordCodec.of(Trip.class, MethodHandles.lookup());
 * byte[] bytes = TRIP.encode(trip);
 * }</pre>
 *
 * <p>On the module path, pass the caller's {@code MethodHandles.lookup()} or open the record's
 * package to {@code io.github.qdatastream.codec}. A derived codec is immutable and thread-safe.
 * This package is {@code @NullMarked}.
 */
@NullMarked
package io.github.qdatastream.codec.record;

import org.jspecify.annotations.NullMarked;
