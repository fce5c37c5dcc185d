package dev.fbcli.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliRunner;
import dev.fbcli.cli.Main;
import dev.fbcli.completions.ManPages;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompletionCommandTest {
    @TempDir
    Path home;

    @Test
    void should_print_each_shells_script() {
        CliRunner fb = new CliRunner(home);

        CliRunner.Result bash = fb.run("completion", "bash");
        assertThat(bash.exitCode()).isZero();
        assertThat(bash.out()).contains("complete -F _fb fb").contains("'0 invoice') __fb_r=");
        assertThat(fb.run("completion", "zsh").out()).startsWith("#compdef fb\n");
        assertThat(fb.run("completion", "FISH").out()).contains("complete -c fb -f -k -a '(__fb_complete)'");
    }

    @Test
    void should_refuse_an_unknown_shell_with_the_choices() {
        CliRunner.Result r = new CliRunner(home).run("completion", "ksh");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("ksh").contains("bash, zsh, fish").doesNotContain("Exception");
    }

    @Test
    void should_write_scripts_and_a_man_page_for_every_command(@TempDir Path out) throws Exception {
        CommandLine root = new Main(new AppContext(
                        Map.of("FB_HOME", home.toString()),
                        InputStream.nullInputStream(),
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()),
                        false,
                        Clock.systemUTC()))
                .commandLine();

        GenerateShellFiles.write(root, out, "2026-11-24");

        assertThat(out.resolve("completions/fb")).content().contains("complete -F _fb fb");
        assertThat(out.resolve("completions/_fb")).exists();
        assertThat(out.resolve("completions/fb.fish")).exists();
        Set<String> expected = new HashSet<>();
        collect(root, "fb", expected);
        try (Stream<Path> pages = Files.list(out.resolve("man"))) {
            assertThat(pages.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(expected).contains("fb.1", "fb-invoice-list.1", "fb-completion.1", "fb-time-report.1");
        assertThat(out.resolve("man/fb-completion.1"))
                .content()
                .contains("${fpath[1]}")
                .doesNotContain("null/_fb");
        assertThat(ManPages.generate(root, "fb x", "2026-11-24").get("fb.1"))
                .contains(".SH NAME\nfb \\- FreshBooks from your terminal, in plain English\n")
                .contains(".SH EXIT STATUS");
    }

    private static void collect(CommandLine cl, String name, Set<String> out) {
        out.add(name + ".1");
        for (CommandLine sub : new HashSet<>(cl.getSubcommands().values())) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                collect(sub, name + "-" + sub.getCommandName(), out);
            }
        }
    }
}
