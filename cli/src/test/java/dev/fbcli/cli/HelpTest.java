package dev.fbcli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HelpTest {
    @TempDir
    Path home;

    @Test
    void should_list_every_command_in_exactly_one_group_when_help_is_printed() {
        // given
        CliRunner fb = new CliRunner(home);
        CommandLine root = new Main(new AppContext(
                        Map.of("FB_HOME", home.toString()),
                        System.in,
                        new java.io.PrintWriter(java.io.Writer.nullWriter()),
                        new java.io.PrintWriter(java.io.Writer.nullWriter()),
                        false,
                        java.time.Clock.systemUTC()))
                .commandLine();

        // when
        CliRunner.Result help = fb.run("--help");

        // then
        assertThat(help.exitCode()).isZero();
        assertThat(HelpGroups.validate(root)).isEmpty();
        List<String> lines = help.out().lines().toList();
        for (String name : root.getSubcommands().keySet()) {
            if (root.getSubcommands().get(name).getCommandSpec().usageMessage().hidden()) {
                continue;
            }
            long listed = lines.stream()
                    .filter(l -> l.matches("  " + name + " +\\S.*"))
                    .count();
            assertThat(listed).as("lines listing command '%s'", name).isEqualTo(1);
        }
    }

    @Test
    void should_print_the_exit_code_table_when_help_is_printed() {
        CliRunner.Result help = new CliRunner(home).run("--help");

        assertThat(help.out()).contains("Exit codes:");
        for (ExitCode c : ExitCode.values()) {
            assertThat(help.out())
                    .containsPattern("(?m)^\\s+" + c.code() + "\\s+" + java.util.regex.Pattern.quote(c.meaning()));
        }
    }

    @Test
    void should_print_version_when_asked() {
        CliRunner.Result v = new CliRunner(home).run("--version");

        assertThat(v.exitCode()).isZero();
        assertThat(v.out()).startsWith("fb ").contains("Java ");
    }

    @Test
    void should_exit_2_with_a_suggestion_when_an_option_is_unknown() {
        CliRunner.Result r = new CliRunner(home).run("--bogus");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--bogus'");
    }

    @Test
    void should_print_help_for_every_command_at_every_depth() {
        CommandLine root = new Main(new AppContext(
                        Map.of("FB_HOME", home.toString()),
                        System.in,
                        new java.io.PrintWriter(java.io.Writer.nullWriter()),
                        new java.io.PrintWriter(java.io.Writer.nullWriter()),
                        false,
                        java.time.Clock.systemUTC()))
                .commandLine();
        List<List<String>> paths = new java.util.ArrayList<>();
        collect(root, List.of(), paths);
        assertThat(paths).hasSizeGreaterThan(30);
        for (List<String> path : paths) {
            List<String> args = new java.util.ArrayList<>(path);
            args.add("--help");
            CliRunner.Result r = new CliRunner(home).run(args.toArray(String[]::new));
            assertThat(r.exitCode())
                    .as("fb %s --help: %s", String.join(" ", path), r.err())
                    .isZero();
            assertThat(r.out())
                    .as("fb %s --help", String.join(" ", path))
                    .contains("Usage: fb " + String.join(" ", path));
        }
    }

    private static void collect(CommandLine cl, List<String> prefix, List<List<String>> out) {
        for (java.util.Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            if (!e.getValue().getCommandName().equals(e.getKey()) || e.getKey().equals("help")) {
                continue;
            }
            List<String> path = new java.util.ArrayList<>(prefix);
            path.add(e.getKey());
            out.add(path);
            collect(e.getValue(), path, out);
        }
    }
}
