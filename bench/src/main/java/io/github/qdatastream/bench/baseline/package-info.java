/**
 * The reassembly code as it was before issue 16 (main at d61606f), copied unchanged apart from
 * the package, so that {@code TypedPathBenchmark} can measure the redesign paired against the
 * previous code in one run. Bench-only: not part of the library.
 */
package io.github.qdatastream.bench.baseline;
