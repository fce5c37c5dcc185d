package dev.fbcli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
