package io.github.qdatastream.harness.command;

import io.github.qdatastream.harness.fortune.FortuneServer;
import io.github.qdatastream.harness.fortune.FortuneStyle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "fortune-server", mixinStandardHelpOptions = true,
        description = {"Qt's Fortune Server: writes one fortune to every client that connects, then closes.",
                "qt4: quint16 size + QString (Qt_4_0); qt57: the bare QString (Qt 5.7+ example)."})
public final class FortuneServerCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Option(names = "--style", defaultValue = "qt4", description = "qt4 or qt57 (default: ${DEFAULT-VALUE}).")
    String style;

    @Option(names = "--fortune", description = "Always send this fortune instead of a random one.")
    String fortune;

    @Override
    public Integer call() throws Exception {
        Logs.setup(server.verbose);
        FortuneStyle s = FortuneStyle.parse(style);
        try (FortuneServer fs = fortune == null ? FortuneServer.start(server.settings(), s)
                : FortuneServer.start(server.settings(), s, () -> fortune)) {
            System.out.println("Fortune server (" + s + ") listening on " + fs.address().getAddress().getHostAddress()
                    + " port " + fs.port());
            System.out.flush();
            fs.awaitClose();
        }
        return 0;
    }
}
