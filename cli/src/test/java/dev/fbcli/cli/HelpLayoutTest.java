package dev.fbcli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Help that reads: own options before the global ones, examples verbatim, help at any depth, verbs of a noun. */
class HelpLayoutTest extends SandboxCliTest {
    @Test
    void globalOptionsComeInTheirOwnSectionAfterTheCommandsOptions() {
        CliRunner.Result r = runner().run("time", "log", "--help");
        assertThat(r.exitCode()).isZero();
        String out = r.out();
        int own = out.indexOf("\nOptions:");
        int global = out.indexOf("\nGlobal options");
        assertThat(own).isPositive();
        assertThat(global).isGreaterThan(own);
        assertThat(out.substring(own, global)).contains("--duration").doesNotContain("--json", "--sandbox");
        assertThat(out.substring(global, out.indexOf("\nExample")))
                .contains("--json", "--csv", "--sandbox")
                .doesNotContain("--duration");
    }

    @Test
    void examplesArePrintedVerbatimWithRelativeDates() {
        String out = runner().run("time", "log", "--help").out();
        assertThat(out.lines())
                .contains("  fb time log --duration 3h --project 'Website Redesign' --service Design --date yesterday");
    }

    @Test
    void helpNamesAVerb() {
        CliRunner.Result r = runner().run("help", "invoice", "create");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: fb invoice create");
        CliRunner.Result bad = runner().run("help", "invoice", "nope");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("`fb invoice` has no command 'nope'");
    }

    @Test
    void aNounAloneListsItsVerbsOneLineEach() {
        CliRunner.Result r = runner().run("invoice");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains("`fb invoice` needs one of these:")
                .containsPattern("(?m)^  create +Create a draft invoice")
                .containsPattern("(?m)^  aging +What each client owes")
                .doesNotContain("Missing required subcommand");
    }

    /**
     * Every {@code fb ...} example in any command's help is a command fb reads as written (writes as a
     * dry run, against the sandbox): not a phrase it does not understand, not a usage error of the
     * command line itself.
     */
    @Test
    void everyHelpExampleIsACommandFbReads() {
        CommandLine root = new Main(new AppContext(
                        Map.of("FB_HOME", home.toString()),
                        System.in,
                        new java.io.PrintWriter(java.io.Writer.nullWriter()),
                        new java.io.PrintWriter(java.io.Writer.nullWriter()),
                        false,
                        java.time.Clock.systemUTC()))
                .commandLine();
        List<String> examples = new ArrayList<>();
        collect(root, examples);
        assertThat(examples).hasSizeGreaterThan(20);
        List<String> failed = new ArrayList<>();
        for (String example : examples) {
            List<String> words = new ArrayList<>(ShellWords.split(example));
            words.remove(0); // fb
            words.add(0, "--dry-run");
            words.add(0, "--no-input");
            CliRunner.Result r = fb(words.toArray(String[]::new));
            if (r.err().contains("I did not understand")
                    || r.err().contains("Invalid value")
                    || r.err().contains("Unknown option")
                    || r.err().contains("Missing required")
                    || r.err().contains("this is a bug")) {
                failed.add(example + " → exit " + r.exitCode() + ": " + r.err().strip());
            }
        }
        assertThat(failed).isEmpty();
    }

    /** Examples that start a server or a browser login and so never end on their own: their help is tested elsewhere. */
    private static final java.util.regex.Pattern SERVES =
            java.util.regex.Pattern.compile("^fb (mcp|sandbox serve|auth login)\\b");

    private static void collect(CommandLine cl, List<String> out) {
        for (String footer : cl.getCommandSpec().usageMessage().footer()) {
            for (String line : HelpLayout.verbatim(footer).split("\\R")) {
                String l = line.strip().split(" {2,}")[0];
                if (l.startsWith("fb ")
                        && !out.contains(l)
                        && !SERVES.matcher(l).find()) {
                    out.add(l);
                }
            }
        }
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            if (e.getValue().getCommandName().equals(e.getKey())) {
                collect(e.getValue(), out);
            }
        }
    }
}
