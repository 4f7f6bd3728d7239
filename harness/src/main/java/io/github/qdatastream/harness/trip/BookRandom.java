package io.github.qdatastream.harness.trip;

/**
 * The POSIX sample {@code rand()} ({@code next = next * 1103515245 + 12345; return (next / 65536) % 32768}).
 *
 * <p>The book's Trip Server seeds {@code std::srand(from.length() * 3600 + to.length() * 60 + time.hour())}
 * and draws {@code std::rand() % 8} trips and {@code std::rand() % 200} minutes per trip. The C
 * library's generator differs between platforms; this one is the reproducible sample from the
 * POSIX standard, and the real-Qt peer (interop/peers/qtpeer.py) uses it too, so both servers
 * give the same answer to the same request.
 */
final class BookRandom {

    private long next;

    BookRandom(long seed) {
        this.next = seed & 0xFFFF_FFFFL;
    }

    /** The book's seed for a request. */
    static BookRandom forRequest(String from, String to, int hour) {
        return new BookRandom((long) from.length() * 3600 + (long) to.length() * 60 + hour);
    }

    int rand() {
        next = (next * 1103515245L + 12345L) & 0xFFFF_FFFFL;
        return (int) ((next / 65536) % 32768);
    }
}
