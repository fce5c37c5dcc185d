package dev.fbcli.cli.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.ClientDraft;
import dev.fbcli.freshbooks.model.ProjectDraft;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The name cache is re-read from FreshBooks only when a name fits neither a project nor a client:
 * a client's name (which is not a project's) must not cost a re-read of every name.
 */
class NamesRefreshTest extends SandboxCliTest {

    private Path namesFile() {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(p -> p.getFileName().toString().equals("names.json"))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result ok(Result r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }

    @Test
    void should_keep_the_cached_names_when_the_name_is_a_client() throws IOException {
        // given: names cached, then an hour later
        ok(fb("sync"));
        String cached = Files.readString(namesFile());
        clock.advance(Duration.ofHours(1));

        // when: a phrase names a client that is no project
        Result r = ok(fb("--yes", "log 45 min of meetings for Umbrella Health"));

        // then: logged on that client, and the names were not re-read (same fetch time)
        assertThat(r.out() + r.err()).contains("Umbrella Health");
        assertThat(Files.readString(namesFile())).isEqualTo(cached);
    }

    @Test
    void should_reread_the_names_once_when_neither_a_project_nor_a_client_fits() throws IOException {
        // given: names cached, then a client added elsewhere (in FreshBooks' web app)
        ok(fb("sync"));
        String cached = Files.readString(namesFile());
        try (SandboxInspector s = inspect()) {
            s.client().clients().create(ClientDraft.empty().withOrganization("Cyberdyne Systems"));
        }
        clock.advance(Duration.ofHours(1));

        // when
        Result r = ok(fb("--yes", "log 2h of design on Cyberdyne"));

        // then: found after one re-read, which is in the cache now
        assertThat(r.out() + r.err()).contains("Cyberdyne Systems");
        assertThat(Files.readString(namesFile())).isNotEqualTo(cached).contains("Cyberdyne Systems");
    }

    private Path cacheFile(String name) {
        return namesFile().resolveSibling(name);
    }

    @Test
    void should_take_the_names_a_full_list_read_into_the_cache_at_no_extra_request() throws IOException {
        // given: names cached, then a client, a project and a service added elsewhere, an hour later
        ok(fb("sync"));
        String synced = updatedAt();
        clock.advance(Duration.ofHours(1));
        try (SandboxInspector s = inspect()) {
            s.client().clients().create(ClientDraft.empty().withOrganization("Cyberdyne Systems"));
            s.client()
                    .projects()
                    .create(ProjectDraft.empty()
                            .withTitle("Skunkworks")
                            .withClientId(101L)
                            .withProjectType("hourly_rate")
                            .withBillingMethod("business_rate"));
            s.client().services().create("Photography", true);
        }

        // when: a filtered project list (it read Acme's projects only): the cache keeps what it had
        ok(fb("project", "list", "--client", "Acme"));
        assertThat(cacheFile("projects.txt")).content().doesNotContain("Skunkworks");

        // when: the lists that read every client, project and service
        ok(fb("client", "list"));
        ok(fb("project", "list"));
        ok(fb("service", "list"));
        ok(fb("team", "list"));

        // then: TAB sees them, with nothing re-read (the sync's time stays)
        assertThat(cacheFile("clients.txt")).content().contains("Cyberdyne Systems", "Acme Corp");
        assertThat(cacheFile("projects.txt")).content().contains("Skunkworks", "Apollo");
        assertThat(cacheFile("services.txt")).content().contains("Photography", "Design");
        assertThat(cacheFile("categories.txt")).content().contains("Software");
        assertThat(cacheFile("team.txt")).content().contains("Priya Natarajan");
        assertThat(updatedAt()).isEqualTo(synced);
    }

    private String updatedAt() throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"updated_at\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(Files.readString(namesFile()));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void should_write_no_cache_from_a_list_when_there_is_none() {
        // a cache of clients alone would pass for a whole one
        ok(fb("client", "list"));

        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("names.json")))
                    .isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void should_bring_a_shown_client_up_to_date_in_the_cache_at_no_extra_request() throws IOException {
        // given: names cached, then Acme Corp renamed elsewhere
        ok(fb("sync"));
        String synced = updatedAt();
        try (SandboxInspector s = inspect()) {
            s.client().clients().update(101, ClientDraft.empty().withOrganization("Acme Corporation"));
        }

        // when: a show of it (found by its cached name)
        ok(fb("client", "show", "Acme Corp"));

        // then: TAB offers the new name; the other names and the sync's time stay
        assertThat(cacheFile("clients.txt")).content().contains("Acme Corporation", "Globex Inc");
        assertThat(cacheFile("clients.txt")).content().doesNotContain("Acme Corp\n");
        assertThat(updatedAt()).isEqualTo(synced);
    }
}
