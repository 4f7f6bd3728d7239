/**
 * What the servers share: {@link io.github.qdatastream.harness.net.NettyServer} (a Netty server
 * socket with per-connection limits applied before the protocol handlers),
 * {@link io.github.qdatastream.harness.net.ServerSettings} (bind address, connection cap, block
 * size limit, timeouts) and {@link io.github.qdatastream.harness.net.ClientLoop} (the blocking
 * clients' read loop over the codec's decoders).
 *
 * <pre>{@code
 * ServerSettings settings = ServerSettings.loopback(0);   // 127.0.0.1, any free port
 * }</pre>
 *
 * <p>{@code ServerSettings} is an immutable record; a started server is thread-safe and is closed
 * once. This package is {@code @NullMarked}.
 */
@NullMarked
package io.github.qdatastream.harness.net;

import org.jspecify.annotations.NullMarked;
