/**
 * The lossless JSON form of every value the codec decodes (docs/json-values.md), used by
 * {@code qds encode/decode}, the golden vectors and the fuzz targets:
 * {@link io.github.qdatastream.harness.json.JsonValues} converts both ways for a type expression.
 *
 * <pre>{@code
 * JsonNode json = JsonValues.toJson("QList<qint32>", List.of(1, 2, 3));     // [1,2,3]
 * Object back = JsonValues.fromJson("QList<qint32>", json);
 * }</pre>
 *
 * <p>Stateless and thread-safe. This package is {@code @NullMarked}.
 */
@NullMarked
package io.github.qdatastream.harness.json;

import org.jspecify.annotations.NullMarked;
