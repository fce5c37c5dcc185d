package dev.fbcli.completions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fbcli.completions.NameCache.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    void bash_should_quote_names_with_spaces_quotes_dollars_and_pattern_characters() throws IOException {
        // given: names a shell or a regular expression would read specially, and some that only look alike
        Path dir = Files.createDirectories(tmp.resolve("fb-home/cache/odd"));
        Files.writeString(
                dir.resolve("clients.txt"),
                String.join(
                                "\n",
                                "O'Brien & Sons",
                                "Say \"Hi\" Ltd",
                                "$Money Co",
                                "$(echo hi) Co",
                                "Q.E.D. Ltd",
                                "QxE Ltd",
                                "[Brackets] Inc",
                                "Star* Co",
                                "Stars Co",
                                "^Caret",
                                "Back\\slash",
                                "Tab`Tick` Co",
                                "",
                                "Café Crème")
                        + "\n");
        Map<String, String> odd = Map.of("FB_HOME", tmp.resolve("fb-home").toString(), "FB_PROFILE", "odd");

        // when / then: each offered as printf %q writes it, the empty line never
        assertThat(shells.bash(bashScript, odd, "fb client show "))
                .containsExactlyElementsOf(percentQ(
                        "O'Brien & Sons",
                        "Say \"Hi\" Ltd",
                        "$Money Co",
                        "$(echo hi) Co",
                        "Q.E.D. Ltd",
                        "QxE Ltd",
                        "[Brackets] Inc",
                        "Star* Co",
                        "Stars Co",
                        "^Caret",
                        "Back\\slash",
                        "Tab`Tick` Co",
                        "Café Crème"));
        assertThat(shells.bash(bashScript, odd, "fb client show o")).containsExactly("O\\'Brien\\ \\&\\ Sons");
        assertThat(shells.bash(bashScript, odd, "fb client show sa")).containsExactly("Say\\ \\\"Hi\\\"\\ Ltd");
        assertThat(shells.bash(bashScript, odd, "fb client show \\$m")).containsExactly("\\$Money\\ Co");
        assertThat(shells.bash(bashScript, odd, "fb client show \\$"))
                .containsExactly("\\$Money\\ Co", "\\$\\(echo\\ hi\\)\\ Co");
        assertThat(shells.bash(bashScript, odd, "fb client show q.")).containsExactly("Q.E.D.\\ Ltd");
        assertThat(shells.bash(bashScript, odd, "fb client show \\[b")).containsExactly("\\[Brackets\\]\\ Inc");
        assertThat(shells.bash(bashScript, odd, "fb client show star\\*")).containsExactly("Star\\*\\ Co");
        assertThat(shells.bash(bashScript, odd, "fb client show \\^")).containsExactly("\\^Caret");
        assertThat(shells.bash(bashScript, odd, "fb client show back")).containsExactly("Back\\\\slash");
        assertThat(shells.bash(bashScript, odd, "fb client show caf"))
                .containsExactlyElementsOf(percentQ("Café Crème"));
        assertThat(shells.bash(bashScript, odd, "fb client show 'say"))
                .as("after an opened quote, as they are")
                .containsExactly("Say \"Hi\" Ltd");
        assertThat(shells.bash(bashScript, odd, "fb client show \"$")).containsExactly("$Money Co", "$(echo hi) Co");
    }

    @Test
    void bash_should_offer_every_name_of_a_short_prefix_with_many_matches() throws IOException {
        // given: 600 names starting with "oak" in three cases, and names holding "oak" elsewhere
        List<String> clients = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            String name = (i % 3 == 0 ? "OAK" : i % 3 == 1 ? "Oak" : "oak") + (i % 2 == 0 ? " Grove " : "land ") + i;
            clients.add(name);
            expected.add(name.replace(" ", "\\ "));
            clients.add("Blue Oak " + i);
        }
        clients.add("Soaking Wet Ltd");
        Path dir = Files.createDirectories(tmp.resolve("fb-home/cache/many"));
        Files.writeString(dir.resolve("clients.txt"), String.join("\n", clients) + "\n");
        Map<String, String> many = Map.of("FB_HOME", tmp.resolve("fb-home").toString(), "FB_PROFILE", "many");

        // when / then: exactly the names starting with the word, in any case, in the cache's order
        assertThat(shells.bash(bashScript, many, "fb client show oak")).containsExactlyElementsOf(expected);
        assertThat(shells.bash(bashScript, many, "fb client show Oak"))
                .as("the same in any case")
                .containsExactlyElementsOf(expected);
        assertThat(shells.bash(bashScript, many, "fb client show oAkL"))
                .containsExactlyElementsOf(expected.stream()
                        .filter(n -> n.toLowerCase(Locale.ROOT).startsWith("oakl"))
                        .toList());
        assertThat(shells.bash(bashScript, many, "fb client show 'oak"))
                .containsExactlyElementsOf(clients.stream()
                        .filter(n -> n.toLowerCase(Locale.ROOT).startsWith("oak"))
                        .toList());
        assertThat(shells.bash(bashScript, many, "fb client show ")).hasSize(1201);
    }

    @Test
    void bash_should_offer_every_name_of_an_empty_word_from_the_quoted_file_as_printf_q_writes_them()
            throws IOException {
        // given: a cache written by fb, with names of every sort bash quotes
        List<String> names = List.of(
                "O'Brien & Sons",
                "Say \"Hi\" Ltd",
                "$(echo hi) Co",
                "`tick` Co",
                "Back\\slash",
                "Star* Co?",
                "[Brackets] Inc",
                "Bang! Ltd",
                "~Tilde Co",
                "x=~y:~z",
                "#Hash Co",
                "No #hash",
                "Tab\tCo",
                "CR\rLtd",
                "Esc\u001b[0m",
                "Café Crème",
                "Łódź Sp. z o.o.",
                " leading space",
                "a,b;c|d&e(f)g<h>i{j}k^l",
                "Acme Corp",
                "Acme Corp");
        List<Entry> entries = new ArrayList<>();
        for (String n : names) {
            entries.add(Entry.of(String.valueOf(entries.size()), n));
        }
        entries.add(Entry.of("99", ""));
        Path dir = tmp.resolve("fb-home/cache/quoted");
        cache(entries, List.of(Entry.of("201", "Website Redesign"))).write(dir);
        Path quoted = dir.resolve("clients.quoted.txt");
        assertThat(quoted).exists();
        Map<String, String> home = Map.of("FB_HOME", tmp.resolve("fb-home").toString(), "FB_PROFILE", "quoted");
        List<String> each = percentQ(Map.of(), names);

        // when / then: the same words as one printf %q per name, in the cache's order, the empty name never
        assertThat(shells.bash(bashScript, home, "fb client show ")).containsExactlyElementsOf(each);
        List<String> both = new ArrayList<>(List.of("Website\\ Redesign"));
        both.addAll(each);
        assertThat(shells.bash(bashScript, home, "fb time log --on ")).containsExactlyElementsOf(both);
        assertThat(shells.bash(bashScript, home, "fb time log --on="))
                .as("--option=, an empty word too")
                .containsExactlyElementsOf(both);

        // and: that file is what bash read (one changed by hand is offered as it is) ...
        Files.writeString(quoted, "Marker\n");
        assertThat(shells.bash(bashScript, home, "fb client show ")).containsExactly("Marker");
        // ... for an empty word only
        assertThat(shells.bash(bashScript, home, "fb client show caf"))
                .containsExactlyElementsOf(percentQ(Map.of(), List.of("Café Crème")));
        assertThat(shells.bash(bashScript, home, "fb client show '"))
                .as("after an opened quote, as they are")
                .hasSize(names.size());
        // ... not when bash quotes otherwise (the C locale writes letters outside ASCII as $'\303\251')
        Map<String, String> c = new java.util.HashMap<>(home);
        c.put("LC_ALL", "C");
        assertThat(shells.bash(bashScript, c, "fb client show "))
                .containsExactlyElementsOf(percentQ(Map.of("LC_ALL", "C"), names))
                .isNotEqualTo(each);
        // ... nor when it is older than the list
        Files.setLastModifiedTime(
                quoted,
                java.nio.file.attribute.FileTime.fromMillis(
                        Files.getLastModifiedTime(dir.resolve("clients.txt")).toMillis() - 10_000));
        assertThat(shells.bash(bashScript, home, "fb client show ")).containsExactlyElementsOf(each);
        // ... nor when it is not there
        Files.delete(quoted);
        assertThat(shells.bash(bashScript, home, "fb client show ")).containsExactlyElementsOf(each);
    }

    /** Each name as bash's {@code printf %q} quotes it, one call per name (what the scripts offered before). */
    private List<String> percentQ(String... names) throws IOException {
        return percentQ(Map.of(), List.of(names));
    }

    private List<String> percentQ(Map<String, String> env, List<String> names) throws IOException {
        Path script = Files.writeString(
                tmp.resolve("percent-q.bash"),
                "complete -F _q fb\n_q() { local n q; COMPREPLY=(); for n in "
                        + String.join(" ", names.stream().map(ShellScripts::sq).toList())
                        + "; do printf -v q %q \"$n\"; COMPREPLY+=(\"$q\"); done; }\n");
        return shells.bash(script, env, "fb ");
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
