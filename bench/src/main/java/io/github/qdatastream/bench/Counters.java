package io.github.qdatastream.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Blocks and stream bytes processed, reported by JMH next to the primary score as rates
 * ({@code blocks}/s and {@code bytes}/s): the figures the report turns into MiB/s and, with
 * {@code gc.alloc.rate.norm}, bytes allocated per block.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Counters {

    public long blocks;
    public long bytes;

    @Setup(Level.Iteration)
    public void clear() {
        blocks = 0;
        bytes = 0;
    }
}
