package io.github.qdatastream.harness.command;

import io.github.qdatastream.harness.fortune.AsyncFortuneClient;
import io.github.qdatastream.harness.fortune.BlockingFortuneClient;
import io.github.qdatastream.harness.fortune.FortuneClientException;
import io.github.qdatastream.harness.fortune.FortuneStyle;
import io.github.qdatastream.harness.net.ClientFailure;
import io.github.qdatastream.harness.net.ClientLoop;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "fortune", mixinStandardHelpOptions = true,
        description = "Qt's Fortune Client: connects, reads one fortune, prints it.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the fortune was printed", ClientFailure.HELP_OTHER, ClientFailure.HELP_USAGE,
                ClientFailure.HELP_CLOSED_EARLY, ClientFailure.HELP_TIMEOUT, ClientFailure.HELP_CORRUPT_DATA,
                ClientFailure.HELP_CONNECTION})
public final class FortuneCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions client;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "qt4", description = "qt4 (quint16 size + QString) or qt57 (bare QString, transaction read) (default: ${DEFAULT-VALUE}).")
    String style;

    @Override
    public Integer call() throws Exception {
        Logs.setup(false);
        InetSocketAddress addr = client.address();
        FortuneStyle s;
        try {
            s = FortuneStyle.parse(style);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Duration read = client.readTimeout();
        Duration connect = client.connectTimeout();
        try {
            String fortune;
            if (client.async) {
                try (ClientLoop loop = new ClientLoop(1)) {
                    fortune = new AsyncFortuneClient(loop, addr, s, read).fetch().get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof FortuneClientException f ? f : new FortuneClientException(String.valueOf(e.getCause()), e);
                }
            } else {
                fortune = new BlockingFortuneClient(addr, s, connect, read).fetch();
            }
            System.out.println(fortune);
            return 0;
        } catch (FortuneClientException e) {
            System.err.println("Error: " + e.getMessage());
            return e.failure().exitCode();
        }
    }
}
