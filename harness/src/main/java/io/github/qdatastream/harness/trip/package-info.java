/**
 * The Trip Planner protocol on both ends: {@link io.github.qdatastream.harness.trip.TripServer}
 * (the book's random trips, or answers from a {@link io.github.qdatastream.harness.trip.Timetable}),
 * {@link io.github.qdatastream.harness.trip.BlockingTripClient} and
 * {@link io.github.qdatastream.harness.trip.AsyncTripClient}, all on the codec's
 * {@code TripRequest}/{@code TripReply} and framings.
 *
 * <pre>{@code
 * try (TripServer server = TripServer.start(ServerSettings.loopback(0))) {
 *     List<TripReply> trips = new BlockingTripClient(server.address()).search(
 *             TripRequest.search("Berlin", "München", QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), true));
 * }
 * }</pre>
 *
 * <p>Servers are thread-safe (Netty event loops); a client object serves one caller at a time.
 * This package is {@code @NullMarked}.
 */
@NullMarked
package io.github.qdatastream.harness.trip;

import org.jspecify.annotations.NullMarked;
