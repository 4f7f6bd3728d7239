/**
 * The {@code qds} command's entry point, {@link io.github.qdatastream.harness.Qds}: picocli
 * sub-commands for encode/decode, servers, clients, the proxy and the demo (docs/cli.md). Not API:
 * the module exports this package to picocli only.
 *
 * <pre>{@code
 * java -jar qdatastream-harness-VERSION-cli.jar encode --type QString '"hi"'
 * }</pre>
 *
 * <p>This package is {@code @NullMarked}.
 */
@NullMarked
package io.github.qdatastream.harness;

import org.jspecify.annotations.NullMarked;
