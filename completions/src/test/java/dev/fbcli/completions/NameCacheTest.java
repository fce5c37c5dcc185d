package dev.fbcli.completions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.completions.NameCache.Entry;
import dev.fbcli.completions.NameCache.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameCacheTest {
    @TempDir
    Path dir;

    private NameCache sample() {
        return new NameCache(
                NameCache.VERSION,
                770001L,
                "NWS77",
                "Northwind Studio",
                "2026-11-24T15:00:00Z",
                List.of(Entry.of("101", "Acme Corp"), Entry.of("104", "Umbrella Corp")),
                List.of(
                        new Entry("201", "Website Redesign", "101", null, true),
                        new Entry("206", "Security Review", "106", null, false)),
                List.of(Entry.of("301", "Design")),
                List.of(new Entry("409", "Office Supplies", "408", null, null)),
                List.of(new Entry("tm-sam", "Sam Rivera", null, "sam@northwind.example", null)));
    }

    @Test
    void should_read_back_what_was_written() throws Exception {
        // when
        sample().write(dir);

        // then
        assertThat(NameCache.read(dir)).contains(sample());
    }

    @Test
    void should_write_one_text_file_per_kind_with_active_names_only() throws Exception {
        sample().write(dir);

        assertThat(Files.readAllLines(dir.resolve("clients.txt"))).containsExactly("Acme Corp", "Umbrella Corp");
        assertThat(Files.readAllLines(dir.resolve("projects.txt"))).containsExactly("Website Redesign");
        assertThat(Files.readString(dir.resolve("team.txt"))).isEqualTo("Sam Rivera\n");
    }

    @Test
    void should_write_the_names_quoted_for_bash_beside_each_list_unless_one_cannot_be() throws Exception {
        // when
        sample().write(dir);

        // then
        assertThat(Files.readString(dir.resolve("clients.quoted.txt"))).isEqualTo("Acme\\ Corp\nUmbrella\\ Corp\n");
        assertThat(Files.readString(dir.resolve("categories.quoted.txt"))).isEqualTo("Office\\ Supplies\n");

        // when: a name bash would quote in a way fb does not reproduce (a symbol)
        new NameCache(
                        NameCache.VERSION,
                        1L,
                        "A",
                        "B",
                        "2026-11-24T15:00:00Z",
                        List.of(Entry.of("1", "Acme Corp"), Entry.of("2", "Sun \u2600 Ltd"), Entry.of("3", "")),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of())
                .write(dir);

        // then: no quoted file for that kind (the script quotes on TAB), the others as before
        assertThat(dir.resolve("clients.quoted.txt")).doesNotExist();
        assertThat(Files.readString(dir.resolve("projects.quoted.txt"))).isEqualTo("");
        assertThat(NameCache.quoted(List.of("a b", "", "O'Brien"))).isEqualTo("a\\ b\nO\\'Brien\n");
    }

    @Test
    void should_be_empty_when_there_is_no_cache_or_it_is_corrupt() throws Exception {
        assertThat(NameCache.read(dir)).isEmpty();

        Files.writeString(dir.resolve(NameCache.FILE), "{not json");
        assertThat(NameCache.read(dir)).isEmpty();
    }

    @Test
    void should_offer_candidates_by_case_insensitive_prefix() throws Exception {
        sample().write(dir);
        CandidateSource source = CandidateSource.fromCache(dir);

        assertThat(source.candidates(Kind.CLIENT, "um")).containsExactly("Umbrella Corp");
        assertThat(source.candidates(Kind.CLIENT, "")).hasSize(2);
        assertThat(source.candidates(Kind.PROJECT, "")).containsExactly("Website Redesign");
        assertThat(CandidateSource.fromCache(dir.resolve("none")).candidates(Kind.CLIENT, ""))
                .isEmpty();
    }
}
