/**
 * The peer commands of {@code qds}: {@code trip}, {@code trip-server}, {@code fortune},
 * {@code fortune-server}, {@code proxy}, {@code demo}. Not API: opened to picocli, exported to
 * nobody (docs/cli.md and docs/harness.md document the command line).
 *
 * <pre>{@code
 * qds trip-server --port 4000
 * }</pre>
 *
 * <p>This package is {@code @NullMarked}.
 */
@NullMarked
package io.github.qdatastream.harness.command;

import org.jspecify.annotations.NullMarked;
