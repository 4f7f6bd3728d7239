package io.github.qdatastream.harness.command;

import io.github.qdatastream.harness.fortune.AsyncFortuneClient;
import io.github.qdatastream.harness.fortune.BlockingFortuneClient;
import io.github.qdatastream.harness.fortune.FortuneClientException;
import io.github.qdatastream.harness.fortune.FortuneStyle;
import io.github.qdatastream.harness.net.ClientLoop;
import io.github.qdatastream.harness.proxy.FaultPlan;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "fortune", mixinStandardHelpOptions = true,
        description = "Qt's Fortune Client: connects, reads one fortune, prints it. Exit 0 on success, 1 on error.")
public final class FortuneCommand implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Server host (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", required = true, description = "Server port.")
    int port;

    @Option(names = "--style", defaultValue = "qt4", description = "qt4 (quint16 size + QString) or qt57 (bare QString, transaction read) (default: ${DEFAULT-VALUE}).")
    String style;

    @Option(names = "--async", description = "Use the Netty client instead of the blocking java.net.Socket one.")
    boolean async;

    @Option(names = "--connect-timeout", defaultValue = "5s", description = "Connect timeout (default: ${DEFAULT-VALUE}).")
    String connectTimeout;

    @Option(names = "--read-timeout", defaultValue = "10s", description = "Read timeout (default: ${DEFAULT-VALUE}).")
    String readTimeout;

    @Override
    public Integer call() throws Exception {
        Logs.setup(false);
        InetSocketAddress addr = new InetSocketAddress(host, port);
        FortuneStyle s = FortuneStyle.parse(style);
        Duration read = FaultPlan.parseDuration(readTimeout);
        try {
            String fortune;
            if (async) {
                try (ClientLoop loop = new ClientLoop(1)) {
                    fortune = new AsyncFortuneClient(loop, addr, s, read).fetch().get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof FortuneClientException f ? f : new FortuneClientException(String.valueOf(e.getCause()), e);
                }
            } else {
                fortune = new BlockingFortuneClient(addr, s, FaultPlan.parseDuration(connectTimeout), read).fetch();
            }
            System.out.println(fortune);
            return 0;
        } catch (FortuneClientException e) {
            System.err.println("Error: " + e.getMessage());
            return 1;
        }
    }
}
