/**
 * A fault-injecting TCP proxy for any two peers, real Qt programs included:
 * {@link io.github.qdatastream.harness.proxy.FaultProxy} forwards both ways and applies a
 * {@link io.github.qdatastream.harness.proxy.FaultPlan} (re-chunking by
 * {@link io.github.qdatastream.harness.proxy.Chunking}, delays, a stall, truncation, a corrupt
 * byte, an early close).
 *
 * <pre>{@code
 * try (FaultProxy proxy = FaultProxy.start(server.address(), FaultPlan.chunked(new Chunking.Fixed(1)))) {
 *     // connect the client to proxy.address(): every byte arrives in its own read
 * }
 * }</pre>
 *
 * <p>{@code FaultPlan} and {@code Chunking} are immutable; a running proxy is thread-safe. This
 * package is {@code @NullMarked}.
 */
@NullMarked
package io.github.qdatastream.harness.proxy;

import org.jspecify.annotations.NullMarked;
