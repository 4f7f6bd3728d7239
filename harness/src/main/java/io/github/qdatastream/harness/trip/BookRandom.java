package io.github.qdatastream.harness.trip;

import java.util.Locale;

/**
 * The C library's {@code std::srand} / {@code std::rand} that the book's Trip Server calls.
 *
 * <p>The book's server seeds {@code std::srand(from.length() * 3600 + to.length() * 60 + time.hour())}
 * ({@code QTime::hour()} is -1 for a null or invalid time) and draws {@code std::rand() % 8}
 * trips and {@code std::rand() % 200} minutes per trip. What those draws are depends on the C
 * library the server is linked with:
 * <ul>
 *   <li>{@link #GLIBC} (the default): the book's server compiled with g++ on Linux. glibc's
 *       {@code rand()} is {@code random()} with its default TYPE_3 state: 31 words seeded by
 *       {@code state[i] = 16807 * state[i-1] % 2147483647}, 310 outputs discarded, then the
 *       additive lagged-Fibonacci feedback {@code r[i] = r[i-3] + r[i-31]} (mod 2<sup>32</sup>),
 *       returned shifted right by one. Checked against the book's C++ server itself
 *       (interop/book/).</li>
 *   <li>{@link #POSIX}: the sample {@code rand()} from the POSIX standard
 *       ({@code next = next * 1103515245 + 12345; (next / 65536) % 32768}), the earlier default.</li>
 * </ul>
 *
 * <p>An enum of generator kinds: thread-safe; each Generator it makes holds rand() state and is
 * used by one connection at a time.
 */
public enum BookRandom {
    /** glibc's {@code rand()} (the TYPE_3 additive feedback generator), as on Linux. */
    GLIBC {
        @Override
        public Generator seed(int seed) {
            return new Glibc(seed);
        }
    },
    /** The POSIX sample {@code rand()}, a 32-bit linear congruential generator. */
    POSIX {
        @Override
        public Generator seed(int seed) {
            long[] next = {seed & 0xFFFF_FFFFL};
            return () -> {
                next[0] = (next[0] * 1103515245L + 12345L) & 0xFFFF_FFFFL;
                return (int) ((next[0] / 65536) % 32768);
            };
        }
    };

    /** One seeded sequence: {@code rand()} after {@code srand(seed)}. */
    @FunctionalInterface
    public interface Generator {
        /** {@return the next value of {@code rand()}, 0 to {@code RAND_MAX}} */
        int rand();
    }

    /**
     * {@code srand(seed)}: the seed as C's {@code unsigned int}.
     *
     * @param seed the seed, its 32 bits read as unsigned
     * @return a new sequence
     */
    public abstract Generator seed(int seed);

    /**
     * The book's seed for a request; {@code hour} is {@code QTime::hour()}, -1 for a null or invalid time.
     *
     * @param from the departure station
     * @param to the arrival station
     * @param hour the requested hour, or -1
     * @return the sequence the book's server draws from
     */
    public Generator forRequest(String from, String to, int hour) {
        return seed(from.length() * 3600 + to.length() * 60 + hour); // int arithmetic, as in C++
    }

    /** {@return the name used on the command line ({@code glibc}, {@code posix})} */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** glibc's random_r with the TYPE_3 table (degree 31, separation 3), as srand/rand use it. */
    private static final class Glibc implements Generator {
        private final int[] r = new int[31];
        private int f = 3; // glibc's fptr = &state[rand_sep]
        private int b = 0; // glibc's rptr = &state[0]

        Glibc(int seed) {
            int word = seed == 0 ? 1 : seed; // srandom_r: "we must make sure the seed is not 0"
            r[0] = word;
            for (int i = 1; i < 31; i++) {
                // state[i] = (16807 * state[i - 1]) % 2147483647 without overflowing 31 bits
                long hi = word / 127773;
                long lo = word % 127773;
                word = (int) (16807 * lo - 2836 * hi);
                if (word < 0) word += 2147483647;
                r[i] = word;
            }
            for (int i = 0; i < 310; i++) rand();
        }

        @Override
        public int rand() {
            int val = r[f] += r[b];
            f = f == 30 ? 0 : f + 1;
            b = b == 30 ? 0 : b + 1;
            return val >>> 1;
        }
    }
}
