package dev.fbcli.completions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fbcli.completions.NameCache.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated scripts in real shells, on a toy command tree, with a names cache in a temp
 * FB_HOME. zsh and fish are skipped (reported) where they are not installed; .ci/run installs them.
 */
class ShellScriptsIT {
    @TempDir
    Path tmp;

    private ShellHarness shells;
    private Path bashScript;
    private Path zshDir;
    private Path fishScript;
    private Map<String, String> env;

    @BeforeEach
    void setUp() throws IOException {
        shells = new ShellHarness(tmp);
        CompletionModel model = CompletionModel.of(ToyFb.commandLine());
        bashScript = Files.writeString(tmp.resolve("fb.bash"), Shell.bash.script(model));
        zshDir = Files.createDirectories(tmp.resolve("zsh"));
        Files.writeString(zshDir.resolve("_fb"), Shell.zsh.script(model));
        fishScript = Files.writeString(tmp.resolve("fb.fish"), Shell.fish.script(model));

        Path home = tmp.resolve("fb-home");
        cache(
                        List.of(
                                Entry.of("101", "Acme Corp"),
                                Entry.of("104", "Umbrella Corp"),
                                Entry.of("105", "O'Brien & Sons")),
                        List.of(Entry.of("201", "Website Redesign")))
                .write(home.resolve("cache").resolve("default"));
        cache(List.of(Entry.of("1", "Sandbox Studio")), List.of())
                .write(home.resolve("cache").resolve("sandbox"));
        env = Map.of("FB_HOME", home.toString());
    }

    private static NameCache cache(List<Entry> clients, List<Entry> projects) {
        return new NameCache(
                NameCache.VERSION,
                1L,
                "A",
                "Biz",
                "2026-11-24T15:00:00Z",
                clients,
                projects,
                List.of(Entry.of("301", "Design")),
                List.of(),
                List.of());
    }

    @Test
    void bash_should_complete_commands_choices_names_and_files() throws IOException {
        assertThat(shells.bash(bashScript, env, "fb inv")).containsExactly("invoice");
        assertThat(shells.bash(bashScript, env, "fb invoice list --status "))
                .containsExactly("unpaid", "overdue", "paid");
        assertThat(shells.bash(bashScript, env, "fb invoice list --status=ov")).containsExactly("overdue");
        assertThat(shells.bash(bashScript, env, "fb invoice list -c ac")).containsExactly("Acme\\ Corp");
        assertThat(shells.bash(bashScript, env, "fb client show "))
                .containsExactly("Acme\\ Corp", "Umbrella\\ Corp", "O\\'Brien\\ \\&\\ Sons");
        assertThat(shells.bash(bashScript, env, "fb client show 'Um")).containsExactly("Umbrella Corp");
        assertThat(shells.bash(bashScript, env, "fb --sandbox client show ")).containsExactly("Sandbox\\ Studio");
        assertThat(shells.bash(bashScript, env, "fb time log --on "))
                .containsExactly("Website\\ Redesign", "Acme\\ Corp", "Umbrella\\ Corp", "O\\'Brien\\ \\&\\ Sons");
        assertThat(shells.bash(bashScript, env, "fb invoice sh")).containsExactly("show");
        assertThat(shells.bash(bashScript, env, "fb help cl")).containsExactly("client");
        assertThat(shells.bash(bashScript, env, "fb invoice list --st")).containsExactly("--status");
        assertThat(shells.bash(bashScript, env, "fb se")).as("hidden command").isEmpty();
        assertThat(shells.bash(bashScript, env, "fb invoice list --older-than "))
                .as("free value")
                .isEmpty();

        Files.createDirectories(tmp.resolve("receipts"));
        Files.writeString(tmp.resolve("receipts/taxi.pdf"), "%PDF");
        assertThat(shells.bash(bashScript, env, "fb time log --receipt " + tmp.resolve("receipts/ta")))
                .containsExactly(tmp.resolve("receipts/taxi.pdf").toString());
    }

    @Test
    void bash_should_find_the_cache_and_profile_as_fb_does() throws IOException {
        Path xdg = tmp.resolve("xdg-cache");
        cache(List.of(Entry.of("7", "Work Client")), List.of())
                .write(xdg.resolve("fb").resolve("work"));
        Path config = Files.createDirectories(tmp.resolve("xdg-config").resolve("fb"));
        Files.writeString(config.resolve("config.json"), "{\n  \"timezone\" : \"UTC\",\n  \"profile\" : \"work\"\n}\n");

        Map<String, String> xdgEnv = Map.of(
                "XDG_CACHE_HOME",
                xdg.toString(),
                "XDG_CONFIG_HOME",
                tmp.resolve("xdg-config").toString());
        assertThat(shells.bash(bashScript, xdgEnv, "fb client show "))
                .as("config.json profile")
                .containsExactly("Work\\ Client");

        Map<String, String> profileEnv = Map.of("XDG_CACHE_HOME", xdg.toString(), "FB_PROFILE", "nobody");
        assertThat(shells.bash(bashScript, profileEnv, "fb client show "))
                .as("FB_PROFILE wins, no cache there")
                .isEmpty();
        assertThat(shells.bash(bashScript, Map.of(), "fb client show "))
                .as("no cache at all")
                .isEmpty();
    }

    @Test
    void zsh_should_complete_commands_choices_and_names() {
        assumeTrue(ShellHarness.installed("zsh"), "zsh is not installed");
        assertThat(shells.zsh(zshDir, env, "fb inv")).containsExactly("invoice");
        assertThat(shells.zsh(zshDir, env, "fb invoice list --status ")).containsExactly("unpaid", "overdue", "paid");
        assertThat(shells.zsh(zshDir, env, "fb invoice list --status=ov")).containsExactly("overdue");
        assertThat(shells.zsh(zshDir, env, "fb client show "))
                .containsExactly("Acme\\ Corp", "Umbrella\\ Corp", "O\\'Brien\\ \\&\\ Sons");
        assertThat(shells.zsh(zshDir, env, "fb client show Ac")).containsExactly("Acme\\ Corp");
        assertThat(shells.zsh(zshDir, env, "fb --sandbox client show ")).containsExactly("Sandbox\\ Studio");
        assertThat(shells.zsh(zshDir, env, "fb invoice list --st")).containsExactly("--status");
    }

    @Test
    void fish_should_complete_commands_choices_and_names() {
        assumeTrue(ShellHarness.installed("fish"), "fish is not installed");
        assertThat(shells.fish(fishScript, env, "fb inv")).containsExactly("invoice");
        assertThat(shells.fish(fishScript, env, "fb invoice list --status "))
                .containsExactly("unpaid", "overdue", "paid");
        assertThat(shells.fish(fishScript, env, "fb invoice list --status=ov")).containsExactly("--status=overdue");
        assertThat(shells.fish(fishScript, env, "fb client show "))
                .containsExactly("Acme Corp", "Umbrella Corp", "O'Brien & Sons");
        assertThat(shells.fish(fishScript, env, "fb client show um")).containsExactly("Umbrella Corp");
        assertThat(shells.fish(fishScript, env, "fb --sandbox client show ")).containsExactly("Sandbox Studio");
        assertThat(shells.fish(fishScript, env, "fb time log --on ")).startsWith("Website Redesign");
        assertThat(shells.fish(fishScript, env, "fb invoice list --st")).containsExactly("--status");
    }
}
