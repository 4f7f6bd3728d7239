package io.github.qdatastream.harness.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qdatastream.harness.Qds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Pins each network subcommand's {@code --help} to src/test/resources/help/NAME.txt, so that a
 * refactoring of how options are declared (mixins) cannot change a name, a default or a text.
 * After an intended change of a help text, regenerate the files with
 * {@code mvn -q -ntp -pl harness -am test -Dtest=HelpTextTest -Dsurefire.failIfNoSpecifiedTests=false -Dqds.help.update=true}
 * and review the diff.
 */
class HelpTextTest {

    private static final Path DIR = Path.of("src/test/resources/help");

    @ParameterizedTest
    @ValueSource(strings = {"fortune", "trip", "fortune-server", "trip-server", "proxy"})
    void helpOfEachNetworkCommandIsUnchanged(String command) throws IOException {
        StringWriter out = new StringWriter();
        CommandLine cl = Qds.commandLine();
        cl.setOut(new PrintWriter(out, true));
        assertEquals(0, cl.execute(command, "--help"));
        String help = out.toString();
        Path expected = DIR.resolve(command + ".txt");
        if (Boolean.getBoolean("qds.help.update")) {
            Files.writeString(expected, help, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), help);
    }
}
