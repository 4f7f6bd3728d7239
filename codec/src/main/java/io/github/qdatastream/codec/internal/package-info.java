/**
 * Code shared by the codec's packages: UTF-16 and the byte-array views, NaN-preserving float
 * conversions, the geometry field codecs, the built-in value types. Not exported by the module
 * {@code io.github.qdatastream.codec} and not API (docs/api.md): it may change in any release.
 *
 * <pre>{@code
 * // nothing here to call: use QDataReader, QDataWriter and the value classes' CODECs
 * }</pre>
 */
@NullMarked
package io.github.qdatastream.codec.internal;

import org.jspecify.annotations.NullMarked;
