package io.github.qdatastream.harness.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.protocol.TripRequest;
import io.github.qdatastream.harness.net.ServerSettings;
import io.github.qdatastream.harness.trip.TripServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code qds trip-server} against the book's own Trip Server: the C++ code of the book, built with
 * g++ and Qt 5 (interop/book/build.sh) and linked with glibc. The same request bytes go to both;
 * the reply bytes must be identical, byte for byte, until each server closes.
 */
@Tag("interop")
class BookServerInteropTest {

    private static Process book;
    private static InetSocketAddress bookAddress;

    @BeforeAll
    static void startBookServer() throws Exception {
        Path script = QtPeer.peers().resolve("../book/build.sh").normalize();
        Process build = new ProcessBuilder("bash", script.toString(), "target/book").redirectErrorStream(true).start();
        String out = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(build.waitFor(300, TimeUnit.SECONDS), "build.sh did not finish");
        assertEquals(0, build.exitValue(), "build.sh: " + out);
        String binary = out.substring(out.lastIndexOf('\n') + 1);
        book = new ProcessBuilder(binary, "0").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(book.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        assertTrue(line != null && line.startsWith("listening "), "book server: " + line);
        bookAddress = new InetSocketAddress("127.0.0.1", Integer.parseInt(line.substring("listening ".length())));
    }

    @AfterAll
    static void stopBookServer() throws Exception {
        if (book != null) {
            book.destroy();
            book.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** Sends {@code request} and returns every byte the server sent before it closed. */
    private static byte[] exchange(InetSocketAddress address, byte[] request) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(address, 5000);
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request);
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            return in.readAllBytes();
        }
    }

    private static byte[] block(TripRequest q, int trailing) {
        QDataWriter body = new QDataWriter();
        TripRequest.CODEC.write(body, q);
        for (int i = 0; i < trailing; i++) body.writeUInt8(0xAB);
        byte[] b = body.toByteArray();
        QDataWriter w = new QDataWriter();
        w.writeUInt16(b.length);
        w.writeRawData(b);
        return w.toByteArray();
    }

    private static final String[] NAMES = {"", "Berlin", "München", "Zürich", "København", "Łódź", "東京", "𝄞 Notenburg",
            "Saint-Jean-Pied-de-Port", "Llanfairpwllgwyngyll", "A"};

    private static String name(Random r) {
        if (r.nextInt(4) == 0) return "x".repeat(r.nextInt(120));
        return NAMES[r.nextInt(NAMES.length)];
    }

    private static QTime time(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> QTime.NULL;
            case 1 -> QTime.ofMsecs(86_400_000 + r.nextInt(1000)); // invalid: hour() is -1
            default -> QTime.ofMsecs(r.nextInt(86_400_000));
        };
    }

    @Test
    void answersTripForTripAsTheBooksCppServer() throws Exception {
        Random r = new Random(12);
        int trips = 0; // requests answered with at least one trip
        try (TripServer java = TripServer.start(ServerSettings.loopback(0))) {
            for (int i = 0; i < 400; i++) {
                QDate date = r.nextInt(20) == 0 ? QDate.NULL : QDate.of(2000 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28));
                TripRequest q = TripRequest.search(name(r), name(r), date, time(r), r.nextBoolean());
                byte[] request = block(q, 0);
                byte[] expected = exchange(bookAddress, request);
                assertArrayEquals(expected, exchange(java.address(), request), "request " + i + ": " + q);
                if (expected.length > 2) trips++;
            }
        }
        assertTrue(trips > 300, "the book's server answered at least one trip to only " + trips + " of 400 requests");
    }

    @Test
    void aRequestWithTrailingBytesIsAnsweredAsTheBooksServerDoes() throws Exception {
        TripRequest q = TripRequest.search("Berlin", "München", QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), true);
        try (TripServer java = TripServer.start(ServerSettings.loopback(0))) {
            byte[] plain = exchange(bookAddress, block(q, 0));
            for (int trailing : new int[] {1, 7}) {
                byte[] request = block(q, trailing);
                byte[] expected = exchange(bookAddress, request);
                assertArrayEquals(plain, expected, "the book's server ignores the trailing bytes");
                assertArrayEquals(expected, exchange(java.address(), request));
            }
            // not a search ('X'): the book's server closes without a word, and so does ours
            byte[] other = block(new TripRequest('X', "Berlin", "München", QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), 'D'), 0);
            assertArrayEquals(exchange(bookAddress, other), exchange(java.address(), other));
            assertEquals(0, exchange(java.address(), other).length);
        }
    }
}
