package io.github.qdatastream.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One fuzzer input split in two: <em>choices</em> (stream version, byte order, type expression,
 * chunk sizes, ...) are taken one byte at a time from the <em>end</em>, and the <em>payload</em>
 * is whatever is left at the front. Taking choices from the end keeps payload offsets stable when
 * the fuzzer mutates a choice, and makes seeds easy to write: {@link #build} puts a payload and
 * its choices together.
 *
 * <p>A choice byte {@code b} picks {@code (b & 0xFF) % n} out of {@code n} options; once the input
 * is used up every choice is 0.
 */
final class FuzzInput {

    private final byte[] data;
    private int end;

    FuzzInput(byte[] data) {
        this.data = data;
        this.end = data.length;
    }

    /** One of {@code n} options ({@code 1 <= n <= 256}). */
    int choose(int n) {
        if (n < 1 || n > 256) {
            throw new IllegalArgumentException("n out of 1..256: " + n);
        }
        if (end == 0) {
            return 0;
        }
        return (data[--end] & 0xFF) % n;
    }

    boolean flag() {
        return choose(2) == 1;
    }

    /** A number from the next two choice bytes (big-endian), {@code 0..65535}. */
    int choose16() {
        return (choose(256) << 8) | choose(256);
    }

    /** The payload: every byte not yet taken as a choice. Take all choices first. */
    byte[] payload() {
        return Arrays.copyOf(data, end);
    }

    /** The bytes not yet taken, without copying the view: how many. */
    int remaining() {
        return end;
    }

    /** Writes inputs that decode to the given payload and choices. */
    static final class Builder {
        private final List<Integer> choices = new ArrayList<>();

        Builder choice(int index) {
            if (index < 0 || index > 255) {
                throw new IllegalArgumentException("choice out of 0..255: " + index);
            }
            choices.add(index);
            return this;
        }

        Builder flag(boolean value) {
            return choice(value ? 1 : 0);
        }

        Builder choose16(int value) {
            return choice(value >>> 8 & 0xFF).choice(value & 0xFF);
        }

        Builder choices(List<Integer> more) {
            more.forEach(this::choice);
            return this;
        }

        byte[] build(byte[] payload) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(payload);
            for (int i = choices.size() - 1; i >= 0; i--) {
                out.write(choices.get(i));
            }
            return out.toByteArray();
        }
    }
}
