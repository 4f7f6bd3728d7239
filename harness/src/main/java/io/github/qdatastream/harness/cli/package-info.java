/**
 * The value commands of {@code qds} ({@code encode}, {@code decode}, {@code --batch}) and their
 * exit codes. Not API: opened to picocli, exported to nobody (docs/cli.md documents the command line).
 *
 * <pre>{@code
 * qds decode --type "QMap<QString,qint32>" 00000001...
 * }</pre>
 *
 * <p>This package is {@code @NullMarked}.
 */
@NullMarked
package io.github.qdatastream.harness.cli;

import org.jspecify.annotations.NullMarked;
