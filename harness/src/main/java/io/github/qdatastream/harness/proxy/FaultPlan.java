package io.github.qdatastream.harness.proxy;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What the {@link FaultProxy} does to the bytes it forwards.
 *
 * <p>{@link #chunking} and {@link #delay} (a pause before every piece) apply to both directions.
 * The byte-offset faults apply to the direction named by {@link #faultDirection} (by default
 * server to client, the reply stream), counted from the start of that direction's stream:
 * <ul>
 *   <li>{@link #corruptAt}: byte N is XORed with 0xFF;
 *   <li>{@link #stallAt}: before byte N is forwarded the proxy pauses for {@link #stall};
 *   <li>{@link #truncateAt}: only bytes 0..N-1 are forwarded, then both connections are closed;
 * </ul>
 * and {@link #closeAfter} closes both connections that long after the client connected.
 * Negative offsets and zero durations mean "off".
 *
 * <p>Immutable and thread-safe.
 *
 * @param chunking how forwarded bytes are cut into writes
 * @param delay the pause before each write
 * @param corruptAt the byte XORed with 0xFF, or negative for none
 * @param stallAt the byte before which the proxy pauses, or negative for none
 * @param stall how long it pauses
 * @param truncateAt the first byte not forwarded, or negative for none
 * @param closeAfter how long after connecting both connections are closed, or zero for never
 * @param faultDirection which stream the byte-offset faults apply to
 * @param seed the seed of random chunk sizes
 */
public record FaultPlan(Chunking chunking, Duration delay, long corruptAt, long stallAt, Duration stall,
                        long truncateAt, Duration closeAfter, Direction faultDirection, long seed) {

    /** Which stream the byte-offset faults apply to. */
    public enum Direction {
        /** Client to server (requests). */
        UP,
        /** Server to client (replies). */
        DOWN,
        /** Both directions. */
        BOTH;

        boolean includes(boolean up) {
            return this == BOTH || (this == UP) == up;
        }
    }

    /** No faults: every byte forwarded at once, as it arrives. */
    public static final FaultPlan PASS_THROUGH = new FaultPlan(Chunking.NONE, Duration.ZERO, -1, -1, Duration.ZERO,
            -1, Duration.ZERO, Direction.DOWN, 1);

    /**
     * Checks that no component is null.
     *
     * @param chunking how forwarded bytes are cut into writes
     * @param delay the pause before each write
     * @param corruptAt the byte XORed with 0xFF, or negative for none
     * @param stallAt the byte before which the proxy pauses, or negative for none
     * @param stall how long it pauses
     * @param truncateAt the first byte not forwarded, or negative for none
     * @param closeAfter how long after connecting both connections are closed, or zero for never
     * @param faultDirection which stream the byte-offset faults apply to
     * @param seed the seed of random chunk sizes
     * @throws NullPointerException if a chunking, duration or direction is null
     */
    public FaultPlan {
        Objects.requireNonNull(chunking, "chunking");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(stall, "stall");
        Objects.requireNonNull(closeAfter, "closeAfter");
        Objects.requireNonNull(faultDirection, "faultDirection");
        if (delay.isNegative() || stall.isNegative() || closeAfter.isNegative()) {
            throw new IllegalArgumentException("negative duration in fault plan");
        }
    }

    /**
     * A plan that only re-chunks the bytes.
     *
     * @param chunking how forwarded bytes are cut into writes
     * @return a plan with that chunking and no other fault
     */
    public static FaultPlan chunked(Chunking chunking) {
        return PASS_THROUGH.withChunking(chunking);
    }

    /**
     * With another chunking.
     *
     * @param value how forwarded bytes are cut into writes
     * @return a plan like this one with that change
     */
    public FaultPlan withChunking(Chunking value) {
        return new FaultPlan(value, delay, corruptAt, stallAt, stall, truncateAt, closeAfter, faultDirection, seed);
    }

    /**
     * With a delay before every write.
     *
     * @param value the pause before each write
     * @return a plan like this one with that change
     */
    public FaultPlan withDelay(Duration value) {
        return new FaultPlan(chunking, value, corruptAt, stallAt, stall, truncateAt, closeAfter, faultDirection, seed);
    }

    /**
     * With one corrupted byte.
     *
     * @param value the byte offset to XOR with 0xFF, or negative for none
     * @return a plan like this one with that change
     */
    public FaultPlan withCorruptAt(long value) {
        return new FaultPlan(chunking, delay, value, stallAt, stall, truncateAt, closeAfter, faultDirection, seed);
    }

    /**
     * With one pause in the stream.
     *
     * @param at the byte offset before which to pause, or negative for none
     * @param value how long to pause
     * @return a plan like this one with that change
     */
    public FaultPlan withStall(long at, Duration value) {
        return new FaultPlan(chunking, delay, corruptAt, at, value, truncateAt, closeAfter, faultDirection, seed);
    }

    /**
     * With the stream cut at a byte offset.
     *
     * @param value the first byte offset not forwarded, or negative for none
     * @return a plan like this one with that change
     */
    public FaultPlan withTruncateAt(long value) {
        return new FaultPlan(chunking, delay, corruptAt, stallAt, stall, value, closeAfter, faultDirection, seed);
    }

    /**
     * With both connections closed after a time.
     *
     * @param value how long after connecting to close, or zero for never
     * @return a plan like this one with that change
     */
    public FaultPlan withCloseAfter(Duration value) {
        return new FaultPlan(chunking, delay, corruptAt, stallAt, stall, truncateAt, value, faultDirection, seed);
    }

    /**
     * With the byte-offset faults applied to another direction.
     *
     * @param value the stream the byte-offset faults apply to
     * @return a plan like this one with that change
     */
    public FaultPlan withFaultDirection(Direction value) {
        return new FaultPlan(chunking, delay, corruptAt, stallAt, stall, truncateAt, closeAfter, value, seed);
    }

    /**
     * With another random seed.
     *
     * @param value the seed of random chunk sizes
     * @return a plan like this one with that change
     */
    public FaultPlan withSeed(long value) {
        return new FaultPlan(chunking, delay, corruptAt, stallAt, stall, truncateAt, closeAfter, faultDirection, value);
    }

    /**
     * Parses {@code 250}, {@code 2ms}, {@code 500us}, {@code 1s}, {@code 1.5s} (no unit: milliseconds).
     *
     * @param text the duration text
     * @return the duration
     * @throws IllegalArgumentException if the text is not a duration
     */
    public static Duration parseDuration(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.endsWith("ms")) return Duration.ofNanos(Math.round(Double.parseDouble(s.substring(0, s.length() - 2)) * 1e6));
            if (s.endsWith("us")) return Duration.ofNanos(Math.round(Double.parseDouble(s.substring(0, s.length() - 2)) * 1e3));
            if (s.endsWith("ns")) return Duration.ofNanos(Long.parseLong(s.substring(0, s.length() - 2)));
            if (s.endsWith("s")) return Duration.ofNanos(Math.round(Double.parseDouble(s.substring(0, s.length() - 1)) * 1e9));
            if (s.endsWith("m")) return Duration.ofSeconds(Math.round(Double.parseDouble(s.substring(0, s.length() - 1)) * 60));
            return Duration.ofNanos(Math.round(Double.parseDouble(s) * 1e6));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad duration '" + text + "': expected e.g. 2ms, 500us, 1s", e);
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("chunks=").append(chunking);
        if (!delay.isZero()) b.append(" delay=").append(delay.toNanos() / 1000).append("us");
        if (corruptAt >= 0) b.append(" corrupt-at=").append(corruptAt);
        if (stallAt >= 0 && !stall.isZero()) b.append(" stall-at=").append(stallAt).append(" for ").append(stall.toMillis()).append("ms");
        if (truncateAt >= 0) b.append(" truncate-at=").append(truncateAt);
        if (!closeAfter.isZero()) b.append(" close-after=").append(closeAfter.toMillis()).append("ms");
        if (corruptAt >= 0 || stallAt >= 0 || truncateAt >= 0) b.append(" (").append(faultDirection.name().toLowerCase(Locale.ROOT)).append(")");
        return b.toString();
    }
}
