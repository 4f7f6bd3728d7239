package io.github.qdatastream.harness.command;

import io.github.qdatastream.harness.fortune.FortuneServer;
import io.github.qdatastream.harness.fortune.FortuneStyle;
import io.github.qdatastream.harness.net.ServerSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "fortune-server", mixinStandardHelpOptions = true,
        description = {"Qt's Fortune Server: writes one fortune to every client that connects, then closes.",
                "qt4: quint16 size + QString (Qt_4_0); qt57: the bare QString (Qt 5.7+ example)."})
public final class FortuneServerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "qt4", description = "qt4 or qt57 (default: ${DEFAULT-VALUE}).")
    String style;

    @Option(names = "--fortune", paramLabel = "TEXT", description = "Always send this fortune instead of a random one.")
    String fortune;

    @Override
    public Integer call() throws Exception {
        Logs.setup(server.verbose);
        ServerOptions.serverProcessDefaults();
        FortuneStyle s;
        ServerSettings settings;
        try {
            s = FortuneStyle.parse(style);
            settings = server.settings();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        try (FortuneServer fs = fortune == null ? FortuneServer.start(settings, s)
                : FortuneServer.start(settings, s, () -> fortune)) {
            System.out.println("Fortune server (" + s + ") listening on " + fs.address().getAddress().getHostAddress()
                    + " port " + fs.port());
            System.out.flush();
            fs.awaitClose();
        }
        return 0;
    }
}
