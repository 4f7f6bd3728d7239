package io.github.qdatastream.harness.fortune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.harness.net.ClientLoop;
import io.github.qdatastream.harness.net.ServerSettings;
import io.github.qdatastream.harness.proxy.Chunking;
import io.github.qdatastream.harness.proxy.FaultPlan;
import io.github.qdatastream.harness.proxy.FaultProxy;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FortuneTests {

    private static final String FORTUNE = "Computers are not intelligent. They only think they are. Äöü €";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static ClientLoop loop;

    @BeforeAll
    static void startLoop() {
        loop = new ClientLoop(1);
    }

    @AfterAll
    static void stopLoop() {
        loop.close();
    }

    @ParameterizedTest
    @EnumSource(FortuneStyle.class)
    void bothClientsReadTheFortuneDirectlyAndThroughEveryChunking(FortuneStyle style) throws Exception {
        try (FortuneServer server = FortuneServer.start(ServerSettings.loopback(0), style, () -> FORTUNE)) {
            assertEquals(FORTUNE, new BlockingFortuneClient(server.address(), style).fetch());
            assertEquals(FORTUNE, new AsyncFortuneClient(loop, server.address(), style, TIMEOUT).fetch().get(20, TimeUnit.SECONDS));
            for (String chunks : new String[] {"1", "2", "3", "random:1-16"}) {
                try (FaultProxy proxy = FaultProxy.start(server.address(), FaultPlan.chunked(Chunking.parse(chunks)))) {
                    BlockingFortuneClient blocking = new BlockingFortuneClient(proxy.address(), style);
                    assertEquals(FORTUNE, blocking.fetch(), chunks);
                    assertEquals(FORTUNE, new AsyncFortuneClient(loop, proxy.address(), style, TIMEOUT).fetch().get(20, TimeUnit.SECONDS));
                    if (chunks.equals("1")) {
                        // The proxy wrote every byte separately, to both clients.
                        assertTrue(proxy.awaitIdle(Duration.ofSeconds(10)));
                        assertEquals(2L * style.encode(FORTUNE).length, proxy.stats().chunksDown.get());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FortuneStyle.class)
    void aFortuneCutAtEveryOffsetIsAnErrorNeverAShorterFortune(FortuneStyle style) throws Exception {
        int length = style.encode(FORTUNE).length;
        try (FortuneServer server = FortuneServer.start(ServerSettings.loopback(0), style, () -> FORTUNE)) {
            for (int cut = 0; cut < length; cut++) {
                try (FaultProxy proxy = FaultProxy.start(server.address(), FaultPlan.chunked(Chunking.ONE_BYTE).withTruncateAt(cut))) {
                    FortuneClientException e = assertThrows(FortuneClientException.class,
                            () -> new BlockingFortuneClient(proxy.address(), style).fetch(), "cut at " + cut);
                    assertTrue(e.getMessage().startsWith("connection closed by server"), e.getMessage());
                    ExecutionException async = assertThrows(ExecutionException.class,
                            () -> new AsyncFortuneClient(loop, proxy.address(), style, TIMEOUT).fetch().get(20, TimeUnit.SECONDS));
                    assertTrue(async.getCause() instanceof FortuneClientException, String.valueOf(async.getCause()));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FortuneStyle.class)
    void aCorruptLengthFieldIsReportedAsBadData(FortuneStyle style) throws Exception {
        // The first byte of the QString's quint32 length: 0x00 becomes 0xFF, far over any limit.
        int at = style == FortuneStyle.QT4 ? 2 : 0;
        try (FortuneServer server = FortuneServer.start(ServerSettings.loopback(0), style, () -> FORTUNE);
             FaultProxy proxy = FaultProxy.start(server.address(), FaultPlan.chunked(Chunking.ONE_BYTE).withCorruptAt(at))) {
            FortuneClientException e = assertThrows(FortuneClientException.class,
                    () -> new BlockingFortuneClient(proxy.address(), style).fetch());
            assertTrue(e.getMessage().startsWith("bad fortune from server"), e.getMessage());
        }
    }
}
