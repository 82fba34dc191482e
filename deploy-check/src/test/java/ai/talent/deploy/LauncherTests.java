package ai.talent.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as a user meets it: {@code ./talent up} refuses to start on a wrong JDK or a taken port, says why
 * and how to fix it, and leaves nothing running; and the launcher's scripts stay within bash 3.2 (macOS's
 * {@code /bin/bash}) and the flags BSD tools share with GNU ones.
 */
class LauncherTests {

    @TempDir
    Path run;

    @Test
    void upOnAMissingJdkNamesWhereItLookedAndHowToPointJavaHomeAndStartsNothing() throws Exception {
        int kafkaPort = freePort();
        Result r = talent(Map.of("JAVA_HOME", run.resolve("no-jdk").toString(),
                "TALENT_JDK_ROOTS", run.resolve("no-jdks").toString(),
                "TALENT_KAFKA_PORT", Integer.toString(kafkaPort)), "up", "--no-build");

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.stderr)
                .contains("a JDK 25 or newer is needed")
                .contains("JAVA_HOME=" + run.resolve("no-jdk") + " is not a JDK")
                .contains("none was found under " + run.resolve("no-jdks"))
                .contains("export JAVA_HOME=");
        assertThat(listening(kafkaPort)).as("nothing listens on the broker's port").isFalse();
        assertThat(run.resolve("pids")).doesNotExist();
    }

    @Test
    void upWithTheBrokersPortTakenSaysWhichPortAndStartsNothing() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Result r = talent(Map.of("JAVA_HOME", System.getProperty("java.home"),
                    "TALENT_KAFKA_PORT", Integer.toString(taken.getLocalPort())), "up", "--no-build");

            assertThat(r.exit).isEqualTo(1);
            assertThat(r.stderr).contains("port(s) taken by another process: " + taken.getLocalPort() + " (kafka")
                    .contains("nothing was started");
            try (Stream<Path> files = Files.exists(run.resolve("pids")) ? Files.list(run.resolve("pids")) : Stream.empty()) {
                assertThat(files).as("no process was started").isEmpty();
            }
        }
    }

    @Test
    void unknownCommandPrintsTheUsageAndFails() throws Exception {
        Result r = talent(Map.of(), "no-such-command");

        assertThat(r.exit).isNotZero();
        assertThat(r.stderr).contains("Usage: ./talent <command>").contains("unknown command 'no-such-command'");
    }

    /** Constructs of bash 4 and later, and GNU-only flags, that macOS's bash 3.2 and BSD tools reject. */
    private static final Map<String, Pattern> NOT_ON_BASH_3 = Map.ofEntries(
            Map.entry("associative arrays", Pattern.compile("\\b(declare|local|typeset)\\s+-[a-zA-Z]*A")),
            Map.entry("name references", Pattern.compile("\\b(declare|local|typeset)\\s+-[a-zA-Z]*n\\b")),
            Map.entry("case modification ${v,,} ${v^^}", Pattern.compile("\\$\\{[#!]?\\w+(\\[[^]]*])?(,,?|\\^\\^?)")),
            Map.entry("mapfile / readarray", Pattern.compile("\\b(mapfile|readarray)\\b")),
            Map.entry("&>> and |&", Pattern.compile("&>>|\\|&")),
            Map.entry("coproc", Pattern.compile("\\bcoproc\\b")),
            Map.entry("negative array subscripts", Pattern.compile("\\[-[0-9]+]}")),
            Map.entry("${v@Q} transformations", Pattern.compile("@[QEPAaKkUuL]}")),
            Map.entry("wait -n", Pattern.compile("\\bwait\\s+-n")),
            Map.entry(";;& and ;& in case", Pattern.compile(";;&|;&\\s*$")),
            Map.entry("EPOCHSECONDS / EPOCHREALTIME", Pattern.compile("EPOCH(SECONDS|REALTIME)")),
            Map.entry("shopt globstar / lastpipe", Pattern.compile("shopt\\s+-s\\s+(globstar|lastpipe)")),
            Map.entry("GNU sed -i / -r", Pattern.compile("\\bsed\\s+(-[a-zA-Z]*[ir]\\b|--in-place)")),
            Map.entry("GNU readlink -f", Pattern.compile("\\breadlink\\s+-f")),
            Map.entry("GNU date -d", Pattern.compile("\\bdate\\s+-d")),
            Map.entry("GNU stat -c", Pattern.compile("\\bstat\\s+-c")),
            Map.entry("timeout (not on macOS)", Pattern.compile("(^|[;&|(]|then|do)\\s*timeout\\s")),
            Map.entry("GNU grep -P", Pattern.compile("\\bgrep\\s+-[a-zA-Z]*P")),
            Map.entry("GNU find -printf", Pattern.compile("\\bfind\\b.*-printf")),
            Map.entry("GNU xargs -r", Pattern.compile("\\bxargs\\s+-r")),
            Map.entry("/proc (Linux only)", Pattern.compile("/proc/")));

    @Test
    void launcherScriptsUseNothingThatBash3OrBsdToolsLack() throws IOException {
        List<Path> scripts = new ArrayList<>(List.of(Repo.root().resolve("talent"), Repo.root().resolve(".ci/run")));
        try (Stream<Path> s = Files.list(Repo.root().resolve("scripts"))) {
            s.filter(p -> p.toString().endsWith(".sh")).forEach(scripts::add);
        }
        List<String> found = new ArrayList<>();
        for (Path script : scripts) {
            List<String> lines = Files.readAllLines(script);
            for (int i = 0; i < lines.size(); i++) {
                String code = lines.get(i).strip();
                if (code.startsWith("#")) {
                    continue;
                }
                for (Map.Entry<String, Pattern> rule : NOT_ON_BASH_3.entrySet()) {
                    if (rule.getValue().matcher(code).find()) {
                        found.add(Repo.root().relativize(script) + ":" + (i + 1) + " " + rule.getKey() + ": " + code);
                    }
                }
            }
        }
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(3);
        assertThat(found).as("bash-4 or GNU-only constructs").isEmpty();
    }

    @Test
    void thePortabilityRulesCatchWhatTheyAreFor() {
        assertThat(matches("declare -A PORT=([a]=1)")).contains("associative arrays");
        assertThat(matches("echo \"${name,,}\"")).contains("case modification ${v,,} ${v^^}");
        assertThat(matches("mapfile -t lines < f")).contains("mapfile / readarray");
        assertThat(matches("sed -i 's/a/b/' f")).contains("GNU sed -i / -r");
        assertThat(matches("x=$(readlink -f \"$0\")")).contains("GNU readlink -f");
        assertThat(matches("timeout 5 curl x")).contains("timeout (not on macOS)");
        assertThat(matches("local url timeout=1800")).isEmpty();
        assertThat(matches("echo \"${#pending[@]} ${SERVICES[*]}\"")).isEmpty();
    }

    private static List<String> matches(String line) {
        return NOT_ON_BASH_3.entrySet().stream().filter(e -> e.getValue().matcher(line).find()).map(Map.Entry::getKey)
                .toList();
    }

    // ------------------------------------------------------------------ running the launcher

    private record Result(int exit, String stdout, String stderr) {
    }

    private Result talent(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Repo.root().resolve("talent").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(Repo.root().toFile());
        pb.environment().put("TALENT_RUN_DIR", run.toString());
        pb.environment().putAll(env);
        Path out = run.resolve("launcher.out");
        Path err = run.resolve("launcher.err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("./talent " + String.join(" ", args) + " did not finish in 60 s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
