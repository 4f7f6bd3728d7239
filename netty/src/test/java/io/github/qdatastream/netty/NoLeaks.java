package io.github.qdatastream.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that leaked a Netty buffer: after each test, collects garbage and lets the
 * {@link LeakRecorder} look at what the collector found (Netty checks for collected, unreleased
 * buffers when the next buffer is tracked), then demands that nothing was reported. The leak
 * level is checked to be PARANOID (every buffer tracked) before each test.
 */
public final class NoLeaks implements BeforeEachCallback, AfterEachCallback {

    /** Collector passes per check: a buffer that became garbage during the test is found in the first one or two. */
    static final int ROUNDS = 3;

    @Override
    public void beforeEach(ExtensionContext context) {
        assertEquals(ResourceLeakDetector.Level.PARANOID, ResourceLeakDetector.getLevel(),
                "the tests run with -Dio.netty.leakDetection.level=PARANOID");
        sweep(1);
        assertTrue(LeakRecorder.installed(), "Netty uses LeakRecorder (-Dio.netty.customResourceLeakDetector)");
        LeakRecorder.takeLeaks(); // a leak from an earlier test class without this extension is not this test's
    }

    @Override
    public void afterEach(ExtensionContext context) {
        sweep(ROUNDS);
        List<String> leaks = LeakRecorder.takeLeaks();
        assertTrue(leaks.isEmpty(), () -> leaks.size() + " buffer(s) leaked:\n" + String.join("\n", leaks));
    }

    /** Collects garbage and has Netty report what it found, {@code rounds} times. */
    static void sweep(int rounds) {
        for (int i = 0; i < rounds; i++) {
            System.gc();
            // Tracking a new buffer makes the detector poll its queue of collected buffers.
            ByteBufAllocator.DEFAULT.heapBuffer(1).release();
            ByteBufAllocator.DEFAULT.directBuffer(1).release();
        }
    }
}
