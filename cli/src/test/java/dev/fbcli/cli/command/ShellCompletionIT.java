package dev.fbcli.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fbcli.cli.CliRunner;
import dev.fbcli.completions.NameCache;
import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.completions.ShellHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts {@code fb completion <shell>} prints, loaded in real bash, zsh and fish, on fb's own
 * command tree, with a names cache in a temp FB_HOME (the "done means"). zsh and fish report
 * themselves skipped where they are not installed.
 */
class ShellCompletionIT {
    @TempDir
    Path tmp;

    private ShellHarness shells;
    private Map<String, String> env;
    private Path bash;
    private Path zshDir;
    private Path fish;

    @BeforeEach
    void setUp() throws IOException {
        Path home = tmp.resolve("fb-home");
        CliRunner fb = new CliRunner(home);
        bash = Files.writeString(
                tmp.resolve("fb.bash"), fb.run("completion", "bash").out());
        zshDir = Files.createDirectories(tmp.resolve("zsh"));
        Files.writeString(zshDir.resolve("_fb"), fb.run("completion", "zsh").out());
        fish = Files.writeString(
                tmp.resolve("fb.fish"), fb.run("completion", "fish").out());

        new NameCache(
                        NameCache.VERSION,
                        770001L,
                        "NWS77",
                        "Northwind Studio",
                        "2026-11-24T15:00:00Z",
                        List.of(Entry.of("101", "Acme Corp"), Entry.of("102", "Globex")),
                        List.of(new Entry("201", "Website Redesign", "101", null, true), Entry.of("205", "Admin")),
                        List.of(Entry.of("301", "Design"), Entry.of("302", "Development")),
                        List.of(Entry.of("409", "Office Supplies")),
                        List.of(new Entry("tm-sam", "Sam Rivera", null, "sam@northwind.example", null)))
                .write(home.resolve("cache").resolve("default"));
        env = Map.of("FB_HOME", home.toString());
        shells = new ShellHarness(tmp);
    }

    @Test
    void bash_should_complete_fbs_commands_values_and_names() {
        assertThat(shells.bash(bash, env, "fb inv")).containsExactly("invoice");
        assertThat(shells.bash(bash, env, "fb invoice list --status "))
                .containsExactly("unpaid", "overdue", "paid", "draft", "sent", "partial");
        assertThat(shells.bash(bash, env, "fb client show Ac")).containsExactly("Acme\\ Corp");
        assertThat(shells.bash(bash, env, "fb invoice create --client G")).containsExactly("Globex");
        assertThat(shells.bash(bash, env, "fb project show W")).containsExactly("Website\\ Redesign");
        assertThat(shells.bash(bash, env, "fb project assign Admin --member ")).containsExactly("Sam\\ Rivera");
        assertThat(shells.bash(bash, env, "fb time log --on "))
                .startsWith("Website\\ Redesign", "Admin", "Acme\\ Corp");
        assertThat(shells.bash(bash, env, "fb time log --duration 3h --service De"))
                .containsExactly("Design", "Development");
        assertThat(shells.bash(bash, env, "fb expense add --category Off")).containsExactly("Office\\ Supplies");
        assertThat(shells.bash(bash, env, "fb time report --by ")).isNotEmpty().contains("project");
        assertThat(shells.bash(bash, env, "fb completion ")).containsExactly("bash", "zsh", "fish");
        assertThat(shells.bash(bash, env, "fb --sandbox client show "))
                .as("no sandbox cache yet")
                .isEmpty();
    }

    @Test
    void zsh_should_complete_fbs_commands_values_and_names() {
        assumeTrue(ShellHarness.installed("zsh"), "zsh is not installed");
        assertThat(shells.zsh(zshDir, env, "fb inv")).containsExactly("invoice");
        assertThat(shells.zsh(zshDir, env, "fb invoice list --status "))
                .containsExactly("unpaid", "overdue", "paid", "draft", "sent", "partial");
        assertThat(shells.zsh(zshDir, env, "fb client show Ac")).containsExactly("Acme\\ Corp");
    }

    @Test
    void fish_should_complete_fbs_commands_values_and_names() {
        assumeTrue(ShellHarness.installed("fish"), "fish is not installed");
        assertThat(shells.fish(fish, env, "fb inv")).containsExactly("invoice");
        assertThat(shells.fish(fish, env, "fb invoice list --status "))
                .containsExactly("unpaid", "overdue", "paid", "draft", "sent", "partial");
        assertThat(shells.fish(fish, env, "fb client show Ac")).containsExactly("Acme Corp");
    }
}
