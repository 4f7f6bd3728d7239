/**
 * Property tests and fuzzing for your own QDataStream messages and framings, with JUnit Jupiter,
 * QuickTheories and (optionally) Jazzer. Use it in test scope.
 *
 * <ul>
 *   <li>{@link io.github.qdatastream.testkit.QtGen}: QuickTheories generators for every Qt value
 *       type, valid at the stream version, byte order and float precision given (null and empty,
 *       boundaries, lone surrogates, far dates, NaN payloads); {@link io.github.qdatastream.testkit.QtValues}
 *       the same from a seed, for nested type expressions and QVariants.</li>
 *   <li>{@link io.github.qdatastream.testkit.CodecChecks}: round trip, and every cut of an encoding
 *       is the truncated-input error, for your {@code Codec}.</li>
 *   <li>{@link io.github.qdatastream.testkit.Splits} (ways to cut a stream and to feed the pieces),
 *       {@link io.github.qdatastream.testkit.FramingChecks} (any fragmentation gives the same
 *       events as the whole stream, need-more hints exact, nothing lost, errors sticky) and
 *       {@link io.github.qdatastream.testkit.CodecDecoders} (the codec's decoders adapted to it);
 *       {@link io.github.qdatastream.testkit.FrameStreams}: framed test streams and a reference
 *       model of block reassembly.</li>
 *   <li>{@link io.github.qdatastream.testkit.QtFuzz}: a Jazzer {@code @FuzzTest} of your codec or
 *       framing under the same rules.</li>
 * </ul>
 *
 * <pre>{@code
 * record Reading(String sensor, QDate day, double celsius, long count) {}
 * static final Codec<Reading> READING = Codec.of("Reading",
 *         in -> new Reading(in.readString(), in.read(QDate.CODEC), in.readDouble(), in.readInt64()),
 *         (out, r) -> out.writeString(r.sensor()).write(QDate.CODEC, r.day()).writeDouble(r.celsius()).writeInt64(r.count()));
 * static Gen<Reading> readings(StreamOptions o) {
 *     return QtGen.qstrings(o.version()).zip(QtGen.qdates(o.version()), QtGen.doubles(o), QtGen.qint64s(), Reading::new);
 * }
 *
 * @Test
 * void readingRoundTripsAndEveryCutIsTruncated() {
 *     CodecChecks.forAll(QtGen.options(), MyTest::readings, READING);
 * }
 *
 * @Test
 * void aStreamOfReadingsSurvivesAnyFragmentation() {
 *     FramingChecks.forAll(lists().of(readings(QT5)).ofSizeBetween(0, 4).map(new BlockEncoder<>(FRAMING, READING, QT5)::encodeStream),
 *             () -> CodecDecoders.blockValues(FRAMING, READING, QT5));
 * }
 *
 * @FuzzTest
 * void fuzzedBytesDecodeOrAreRejected(FuzzedDataProvider data) {
 *     QtFuzz.decode(READING, data);
 * }
 * }</pre>
 *
 * <p>A broken rule is an {@link java.lang.AssertionError} (JUnit reports it as a failure) showing
 * the shrunk value or split and the bytes in hex. Every class is stateless and thread-safe; the
 * records are immutable; a {@link io.github.qdatastream.testkit.FramingChecks.Decoder} holds one
 * stream's state and is used by one thread. This package is {@code @NullMarked}: {@code null} is
 * accepted or returned only where {@code @Nullable} says (null QStrings and QByteArrays are values
 * of their own in Qt). See {@code docs/testkit.md} for the whole example.
 */
@NullMarked
package io.github.qdatastream.testkit;

import org.jspecify.annotations.NullMarked;
