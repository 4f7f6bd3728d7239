package io.github.qdatastream.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.codec.frame.Framing;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ResourceLeakDetector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The leak check the other Netty tests rely on ({@link NoLeaks}) sees a leak, and a payload nobody releases is one. */
class LeakDetectionTest {

    /** Collector passes allowed for a dropped buffer to be reported. */
    private static final int MAX_ROUNDS = 50;

    @Test
    void theTestsRunAtParanoidWithTheRecordingDetector() {
        assertEquals(ResourceLeakDetector.Level.PARANOID, ResourceLeakDetector.getLevel());
        NoLeaks.sweep(1);
        assertTrue(LeakRecorder.installed());
    }

    @Test
    void aDroppedBufferIsReported() {
        LeakRecorder.takeLeaks();
        dropWithoutRelease(ByteBufAllocator.DEFAULT.directBuffer(16).writeInt(42));
        List<String> leaks = awaitLeaks();
        assertFalse(leaks.isEmpty(), "an unreleased buffer is reported within " + MAX_ROUNDS + " collections");
    }

    @Test
    void aPayloadTheNextHandlerNeverReleasesIsReported() {
        LeakRecorder.takeLeaks();
        EmbeddedChannel ch = new EmbeddedChannel(QDataStreamFrameDecoder.payloads(Framing.FORTUNE));
        ch.writeInbound(ByteBufAllocator.DEFAULT.directBuffer(5).writeBytes(new byte[] {0, 3, 1, 2, 3}));
        dropWithoutRelease(ch.readInbound()); // the payload slice keeps the cumulation alive
        ch.finish();
        assertFalse(awaitLeaks().isEmpty(), "the leaked payload is reported");
    }

    private static void dropWithoutRelease(ByteBuf b) {
        assertEquals(1, b.refCnt());
    }

    private static List<String> awaitLeaks() {
        for (int i = 0; i < MAX_ROUNDS; i++) {
            NoLeaks.sweep(1);
            List<String> leaks = LeakRecorder.takeLeaks();
            if (!leaks.isEmpty()) {
                return leaks;
            }
        }
        return List.of();
    }
}
