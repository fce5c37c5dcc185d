package dev.fbcli.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner;
import dev.fbcli.cli.config.AppPaths;
import dev.fbcli.completions.NameCache;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser reads the account's cached names (the gazetteer) and says what it corrected. */
class ParseNamesTest {
    @TempDir
    Path home;

    private void cacheNames() throws java.io.IOException {
        cache(List.of(NameCache.Entry.of("1", "Acme Corp"), NameCache.Entry.of("2", "Globex Inc")));
    }

    private void cache(List<NameCache.Entry> clients) throws java.io.IOException {
        AppPaths paths = AppPaths.resolve(Map.of("FB_HOME", home.toString()), "Linux", "/nonexistent");
        new NameCache(
                        NameCache.VERSION,
                        770001L,
                        "acc",
                        "Demo",
                        "2026-11-24T00:00:00Z",
                        clients,
                        List.of(NameCache.Entry.of("3", "Website Redesign")),
                        List.of(NameCache.Entry.of("4", "Design")),
                        List.of(NameCache.Entry.of("5", "Travel")),
                        List.of())
                .write(paths.cache().resolve("default"));
    }

    @Test
    void should_read_a_typo_of_a_cached_name_as_the_name_and_say_so() throws Exception {
        // given: an account without Globex, "globx" after a service word is only a guess (asked)
        cache(List.of(NameCache.Entry.of("1", "Acme Corp")));
        CliRunner.Result before =
                new CliRunner(home).run("parse", "--json", "--today", "2026-11-24", "log 2h design globx");
        cacheNames();

        // when
        CliRunner.Result after =
                new CliRunner(home).run("parse", "--json", "--today", "2026-11-24", "log 2h design globx");

        // then: a typo of a cached name is the name, as the account spells it, with the correction
        assertThat(before.out()).contains("\"target\":\"globx\"").contains("\"confidence\":0.75");
        assertThat(after.out())
                .contains("\"target\":\"Globex\"")
                .contains("{\"from\":\"globx\",\"to\":\"Globex\"}")
                .doesNotContain("\"confidence\":0.75");
    }

    @Test
    void should_read_against_the_demo_account_when_the_machine_has_no_account_of_the_users() {
        // given: an empty FB_HOME

        // when
        CliRunner.Result r = new CliRunner(home).run("parse", "--json", "--today", "2026-11-24", "log 2h design globx");
        CliRunner.Result kind = new CliRunner(home)
                .run("parse", "--json", "--today", "2026-11-24", "rename Globex Inc to Globex International");

        // then: the demo account's names, the account --sandbox acts on
        assertThat(r.out()).contains("\"target\":\"Globex\"");
        assertThat(kind.out()).contains("\"intent\":\"client.update\"");
    }

    @Test
    void should_keep_a_lower_case_cached_name_as_typed_and_split_it_from_the_service() throws Exception {
        // given
        cacheNames();

        // when
        CliRunner.Result r =
                new CliRunner(home).run("parse", "--json", "--today", "2026-11-24", "log 2h design globex");

        // then
        assertThat(r.out())
                .contains("\"target\":\"globex\"")
                .contains("\"service\":\"design\"")
                .doesNotContain("corrections");
    }

    @Test
    void should_say_what_was_corrected_before_the_card_when_a_phrase_with_typos_is_run() {
        // when
        CliRunner.Result r = new CliRunner(home).run("--sandbox", "--dry-run", "log 2 hourss on Acme tomorow");

        // then
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("read 'hourss' as hours").contains("read 'tomorow' as tomorrow");
        assertThat(r.err().indexOf("read 'hourss'")).isLessThan(r.err().indexOf("Log 2h"));
    }
}
