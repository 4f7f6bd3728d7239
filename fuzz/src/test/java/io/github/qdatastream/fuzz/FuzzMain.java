package io.github.qdatastream.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one {@code @FuzzTest} in fuzzing mode, for fuzz/ci.sh and fuzz/run.sh (run it with
 * {@code JAZZER_FUZZ=1} in the environment, which is how Jazzer 0.25 selects fuzzing mode).
 *
 * <pre>
 * FuzzMain Class#method SECONDS [CORPUS_DIR] [-- libFuzzer flags...]
 * FuzzMain --list      (prints every target as Class#method, one a line)
 * </pre>
 *
 * <p>Jazzer's JUnit integration takes extra libFuzzer arguments from the configuration parameters
 * {@code jazzer.internal.arg.0..n} (the first is argv[0]); libFuzzer lets a later flag override an
 * earlier one, so {@code -max_total_time} here replaces the annotation's {@code maxDuration}. A
 * corpus directory given here is where libFuzzer keeps every new interesting input; the seeds
 * under {@code src/test/resources/.../<Class>Inputs/<method>/} are read as well, and a crashing
 * input is written there. JUnit's own timeout is switched off: it would time the whole fuzzing run,
 * while Jazzer already passes the per-input default as {@code -timeout}.
 *
 * <p>Exits 0 when the target ran and found nothing, 1 on a finding, 2 on a usage error.
 */
public final class FuzzMain {

    private FuzzMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--list")) {
            list();
            return;
        }
        if (args.length < 2 || !args[0].contains("#")) {
            System.err.println("usage: FuzzMain Class#method SECONDS [CORPUS_DIR] [-- libFuzzer flags...]");
            System.exit(2);
        }
        if (System.getenv("JAZZER_FUZZ") == null || System.getenv("JAZZER_FUZZ").isEmpty()) {
            System.err.println("set JAZZER_FUZZ=1: without it Jazzer only replays the kept inputs");
            System.exit(2);
        }
        String[] target = args[0].split("#", 2);
        String className = target[0].contains(".") ? target[0] : FuzzMain.class.getPackageName() + "." + target[0];
        Class<?> testClass = Class.forName(className);
        Method method = null;
        for (Method m : testClass.getDeclaredMethods()) {
            if (m.getName().equals(target[1])) {
                method = m;
            }
        }
        if (method == null) {
            System.err.println("no method " + target[1] + " in " + className);
            System.exit(2);
        }
        long seconds = Long.parseLong(args[1]);

        List<String> fuzzerArgs = new ArrayList<>();
        fuzzerArgs.add("jazzer");
        int i = 2;
        if (i < args.length && !args[i].equals("--")) {
            fuzzerArgs.add(args[i++]);
        }
        fuzzerArgs.add("-max_total_time=" + seconds);
        fuzzerArgs.add("-print_final_stats=1");
        if (i < args.length && args[i].equals("--")) {
            i++;
        }
        while (i < args.length) {
            fuzzerArgs.add(args[i++]);
        }

        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(testClass, method))
                .configurationParameter("junit.jupiter.execution.timeout.mode", "disabled");
        for (int k = 0; k < fuzzerArgs.size(); k++) {
            request.configurationParameter("jazzer.internal.arg." + k, fuzzerArgs.get(k));
        }
        LauncherDiscoveryRequest built = request.build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(built, listener);
        TestExecutionSummary summary = listener.getSummary();
        PrintWriter err = new PrintWriter(System.err, true);
        summary.printFailuresTo(err, 40);
        long ran = summary.getTestsSucceededCount() + summary.getTestsFailedCount();
        System.err.printf("FuzzMain: %s#%s ran=%d failed=%d%n", testClass.getSimpleName(), method.getName(),
                ran, summary.getTotalFailureCount());
        System.exit(summary.getTotalFailureCount() > 0 || ran == 0 ? 1 : 0);
    }

    /** Every {@code @FuzzTest} method of the {@code *FuzzTest} classes in this package's directory. */
    private static void list() throws Exception {
        java.net.URL here = FuzzMain.class.getResource("FuzzMain.class");
        java.nio.file.Path dir = java.nio.file.Path.of(here.toURI()).getParent();
        List<String> targets = new ArrayList<>();
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
                String file = f.getFileName().toString();
                if (!file.endsWith("FuzzTest.class")) {
                    continue;
                }
                Class<?> c = Class.forName(FuzzMain.class.getPackageName() + "." + file.replace(".class", ""));
                for (Method m : c.getDeclaredMethods()) {
                    if (m.isAnnotationPresent(com.code_intelligence.jazzer.junit.FuzzTest.class)) {
                        targets.add(c.getSimpleName() + "#" + m.getName());
                    }
                }
            }
        }
        targets.stream().sorted().forEach(System.out::println);
    }
}
