/**
 * Qt's Fortune example on both ends: {@link io.github.qdatastream.harness.fortune.FortuneServer}
 * in the Qt 4 style (a quint16-sized block) or the Qt 5.7 style (a bare QString, see
 * {@link io.github.qdatastream.harness.fortune.FortuneStyle}), and blocking and asynchronous clients.
 *
 * <pre>{@code
 * try (FortuneServer server = FortuneServer.start(ServerSettings.loopback(0), FortuneStyle.QT4)) {
 *     String fortune = new BlockingFortuneClient(server.address(), FortuneStyle.QT4).fetch();
 * }
 * }</pre>
 *
 * <p>Servers are thread-safe (Netty event loops); a client object serves one caller at a time.
 * This package is {@code @NullMarked}.
 */
@NullMarked
package io.github.qdatastream.harness.fortune;

import org.jspecify.annotations.NullMarked;
