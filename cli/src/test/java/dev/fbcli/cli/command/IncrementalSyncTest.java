package dev.fbcli.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.cli.CliRunner;
import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.cli.render.Json;
import dev.fbcli.completions.NameCache;
import dev.fbcli.freshbooks.FreshBooksClient;
import dev.fbcli.freshbooks.auth.TokenProvider;
import dev.fbcli.freshbooks.model.ClientDraft;
import dev.fbcli.freshbooks.model.ProjectDraft;
import dev.fbcli.sandbox.SandboxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: {@code fb sync} reads only what changed since the last sync (clients by {@code
 * search[updated_min]}, active, archived and deleted; projects by {@code updated_since}), checks the
 * merged counts against FreshBooks' totals, and reads every name when it must. In each case the
 * cache it leaves is the one {@code fb sync --full} writes, entry for entry. Real sandbox, real
 * client, real files; the changes are made "elsewhere" through an independent server and client.
 */
class IncrementalSyncTest extends SandboxCliTest {

    private Path cacheDir() {
        return home.resolve("cache/sandbox");
    }

    private JsonNode sync(String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "sync";
        args[1] = "--json";
        System.arraycopy(more, 0, args, 2, more.length);
        Result r = fb(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        try {
            return Json.MAPPER.readTree(r.out());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NameCache cache() {
        return NameCache.read(cacheDir()).orElseThrow();
    }

    /** The names a cache holds, all kinds, with the business: what must equal a full read's. */
    private static List<Object> names(NameCache c) {
        return List.of(
                c.businessId(),
                String.valueOf(c.businessName()),
                c.clients(),
                c.projects(),
                c.services(),
                c.categories(),
                c.team());
    }

    /** The cache now, then {@code fb sync --full}: the same names, and the text files TAB reads too. */
    private void assertSameAsAFullRead() throws IOException {
        NameCache now = cache();
        String clientsTxt = Files.readString(cacheDir().resolve("clients.txt"));
        String projectsTxt = Files.readString(cacheDir().resolve("projects.txt"));
        JsonNode full = sync("--full");
        assertThat(full.path("mode").asText()).isEqualTo("full");
        assertThat(full.path("full_because").asText()).isEqualTo("a full read was asked for");
        assertThat(names(now)).isEqualTo(names(cache()));
        assertThat(cacheDir().resolve("clients.txt")).content().isEqualTo(clientsTxt);
        assertThat(cacheDir().resolve("projects.txt")).content().isEqualTo(projectsTxt);
    }

    /**
     * A sync's recorded start: FreshBooks' time (the sandbox's clock, this test's) when it began,
     * that is the Date of its first answer less the real time it took to come: a little before.
     */
    private static void assertStartedAt(String recorded, String expected) {
        Instant at = Instant.parse(recorded);
        Instant want = Instant.parse(expected);
        assertThat(at).isBetween(want.minus(Duration.ofMinutes(1)), want);
    }

    private static List<String> namesOf(List<NameCache.Entry> entries) {
        return entries.stream().map(NameCache.Entry::name).toList();
    }

    @Test
    void should_read_every_name_on_the_first_sync_and_only_the_changes_after() throws IOException {
        // when: the first sync
        JsonNode first = sync();

        // then: every name, and the cache says when
        assertThat(first.path("mode").asText()).isEqualTo("full");
        assertThat(first.path("full_because").asText()).isEqualTo("no names are cached yet");
        assertThat(first.path("clients").asInt()).isEqualTo(8);
        assertStartedAt(cache().syncStartedAt(), "2026-11-24T15:00:00Z");
        assertStartedAt(cache().fullSyncStartedAt(), "2026-11-24T15:00:00Z");

        // when: an hour later, nothing changed
        clock.advance(Duration.ofHours(1));
        JsonNode again = sync();

        // then: only the changes were read (none), and the sync's time moved on, the full read's did not
        assertThat(again.path("mode").asText()).isEqualTo("incremental");
        assertThat(again.path("full_because").isNull()).isTrue();
        assertThat(again.path("clients").asInt()).isEqualTo(8);
        assertThat(again.path("projects").asInt()).isEqualTo(6);
        assertStartedAt(cache().syncStartedAt(), "2026-11-24T16:00:00Z");
        assertStartedAt(cache().fullSyncStartedAt(), "2026-11-24T15:00:00Z");
        assertSameAsAFullRead();
    }

    @Test
    void should_take_in_new_renamed_archived_and_deleted_clients_and_new_and_renamed_projects() throws IOException {
        // given: a sync, then changes made elsewhere an hour later
        sync();
        clock.advance(Duration.ofHours(1));
        try (SandboxInspector s = inspect()) {
            s.client().clients().create(ClientDraft.empty().withOrganization("Cyberdyne Systems"));
            s.client().clients().update(101, ClientDraft.empty().withOrganization("Acme Corporation"));
            s.client().clients().archive(104); // Umbrella Corp
            s.client().clients().delete(108); // Tyrell Corporation
            s.client()
                    .projects()
                    .create(ProjectDraft.empty()
                            .withTitle("Skunkworks")
                            .withClientId(102L)
                            .withProjectType("hourly_rate")
                            .withBillingMethod("business_rate"));
            s.client().projects().update(202, ProjectDraft.empty().withTitle("Apollo Launch"));
        }
        clock.advance(Duration.ofMinutes(5));

        // when
        JsonNode r = sync();

        // then: read incrementally, with every change in
        assertThat(r.path("mode").asText()).as(r.toString()).isEqualTo("incremental");
        assertThat(namesOf(cache().clients()))
                .contains("Cyberdyne Systems", "Acme Corporation", "Globex Inc")
                .doesNotContain("Acme Corp", "Umbrella Corp", "Tyrell Corporation");
        assertThat(namesOf(cache().projects()))
                .contains("Skunkworks", "Apollo Launch", "Mobile App")
                .doesNotContain("Apollo");
        assertThat(r.path("clients").asInt()).isEqualTo(7);
        assertThat(r.path("projects").asInt()).isEqualTo(7);
        assertThat(cacheDir().resolve("clients.txt")).content().doesNotContain("Umbrella Corp\n");
        assertSameAsAFullRead();
    }

    @Test
    void should_read_every_name_when_a_deleted_project_leaves_the_counts_apart() throws IOException {
        // given: a sync, then a project deleted elsewhere (it is then in no list) and one added
        sync();
        clock.advance(Duration.ofHours(1));
        try (SandboxInspector s = inspect()) {
            s.client().projects().delete(204); // Data Migration
            s.client().projects().create(ProjectDraft.empty().withTitle("Replacement"));
        }

        // when
        JsonNode r = sync();

        // then: the added project alone would keep the count; the deleted one is still cached, so
        // the merged count is one more than FreshBooks': every name is read again
        assertThat(r.path("mode").asText()).isEqualTo("full");
        assertThat(r.path("full_because").asText())
                .isEqualTo("FreshBooks counts 6 projects where the updated cache holds 7");
        assertThat(namesOf(cache().projects())).contains("Replacement").doesNotContain("Data Migration");
        assertStartedAt(cache().fullSyncStartedAt(), "2026-11-24T16:00:00Z");
        assertSameAsAFullRead();
    }

    @Test
    void should_see_a_change_stamped_a_little_before_the_last_sync_by_a_server_clock_behind_ours() throws IOException {
        // given: a sync; then FreshBooks, whose clock runs 5 minutes behind this machine's, stamps a
        // rename with a time before the sync's start as this machine recorded it
        sync();
        clock.advance(Duration.ofMinutes(2));
        try (SandboxInspector s = new SandboxInspector(home, Clock.offset(clock, Duration.ofMinutes(-5)))) {
            s.client().projects().update(203, ProjectDraft.empty().withTitle("Mobile App v2"));
        }

        // when
        JsonNode r = sync();

        // then: the margin taken off the last sync's start covers it
        assertThat(r.path("mode").asText()).isEqualTo("incremental");
        assertThat(namesOf(cache().projects())).contains("Mobile App v2").doesNotContain("Mobile App");
        assertSameAsAFullRead();
    }

    @Test
    void should_count_changes_by_freshbooks_clock_when_this_machines_runs_half_an_hour_ahead(@TempDir Path data)
            throws Exception {
        // given: FreshBooks (a sandbox served on its own) whose clock is 30 minutes behind this
        // machine's; fb reaches it as a real account, with a token in the environment
        try (SandboxServer server = SandboxServer.builder()
                        .dataDir(data)
                        .clock(Clock.offset(clock, Duration.ofMinutes(-30)))
                        .accessToken("ci-token")
                        .start();
                FreshBooksClient elsewhere = FreshBooksClient.builder()
                        .baseUrl(server.baseUri())
                        .allowLoopback(true)
                        .tokenProvider(TokenProvider.of(() -> "ci-token"))
                        .clock(clock)
                        .build()) {
            CliRunner fbHere = runner().env(
                            "FRESHBOOKS_API_URL", server.baseUri().toString())
                    .env("FRESHBOOKS_TOKEN", "ci-token");
            Path dir = home.resolve("cache/default");
            assertThat(fbHere.run("sync").exitCode()).isZero();
            // the sync's start is recorded by FreshBooks' clock
            assertStartedAt(NameCache.read(dir).orElseThrow().syncStartedAt(), "2026-11-24T14:30:00Z");

            // when: a project renamed two minutes later (stamped 14:32 by FreshBooks), then a sync
            clock.advance(Duration.ofMinutes(2));
            elsewhere.projects().update(203, ProjectDraft.empty().withTitle("Mobile App v2"));
            Result r = fbHere.run("sync", "--json");

            // then: read incrementally, with the rename (by this machine's clock, less the margin,
            // the rename would fall 18 minutes before the last sync)
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(Json.MAPPER.readTree(r.out()).path("mode").asText()).isEqualTo("incremental");
            assertThat(namesOf(NameCache.read(dir).orElseThrow().projects()))
                    .contains("Mobile App v2")
                    .doesNotContain("Mobile App");
        }
    }

    @Test
    void should_read_every_name_when_more_changed_than_a_page_and_half_the_names() throws IOException {
        // given: a sync, then a bulk import of 101 clients elsewhere (the demo account caches 8)
        sync();
        clock.advance(Duration.ofHours(1));
        try (SandboxInspector s = inspect()) {
            for (int i = 0; i < 101; i++) {
                s.client().clients().create(ClientDraft.empty().withOrganization("Imported " + i));
            }
        }

        // when
        JsonNode r = sync();

        // then
        assertThat(r.path("mode").asText()).isEqualTo("full");
        assertThat(r.path("full_because").asText()).isEqualTo("more than half the clients changed since the last sync");
        assertThat(r.path("clients").asInt()).isEqualTo(109);
        assertSameAsAFullRead();
    }

    @Test
    void should_read_every_name_with_full_or_when_the_last_full_read_is_a_week_old() throws IOException {
        sync();
        clock.advance(Duration.ofDays(3));
        assertThat(sync("--full").path("mode").asText()).isEqualTo("full");
        assertStartedAt(cache().fullSyncStartedAt(), "2026-11-27T15:00:00Z");

        clock.advance(Duration.ofDays(4));
        assertThat(sync().path("mode").asText()).isEqualTo("incremental");

        clock.advance(Duration.ofDays(4)); // 8 days after the last full read, 4 after the last sync
        JsonNode r = sync();
        assertThat(r.path("mode").asText()).isEqualTo("full");
        assertThat(r.path("full_because").asText()).isEqualTo("the last full read is more than 7 days old");
    }

    @Test
    void should_read_every_name_with_a_notice_when_the_cache_is_damaged() throws IOException {
        // given: a cache cut short (a disk full, an editor)
        sync();
        Path file = cacheDir().resolve(NameCache.FILE);
        String whole = Files.readString(file);
        Files.writeString(file, whole.substring(0, whole.length() / 2));
        clock.advance(Duration.ofHours(1));

        // when
        Result r = fb("sync");

        // then: a notice on stderr, every name read, and a whole cache again
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("fb: the name cache in " + cacheDir() + " was not used: it cannot be read (")
                .contains("every name was read again");
        assertThat(r.out())
                .contains("Synced Northwind Studio: 8 clients, 6 projects")
                .contains("(every name read: the name cache was not used: it cannot be read (");
        assertStartedAt(cache().fullSyncStartedAt(), "2026-11-24T16:00:00Z");
        assertSameAsAFullRead();
    }

    @Test
    void should_read_every_name_when_the_cache_is_of_another_format_or_from_an_older_fb() throws IOException {
        sync();
        Path file = cacheDir().resolve(NameCache.FILE);
        String whole = Files.readString(file);

        Files.writeString(file, whole.replace("\"version\" : 1", "\"version\" : 99"));
        Result r = fb("sync", "--json");
        assertThat(r.err()).contains("was not used: it is in another format (version 99, this fb writes 1)");
        assertThat(Json.MAPPER.readTree(r.out()).path("mode").asText()).isEqualTo("full");

        // a cache written before incremental syncs has no sync times: read in full, without a notice
        Files.writeString(file, whole.replaceAll(",\\s*\"(full_)?sync_started_at\" : \"[^\"]*\"", ""));
        r = fb("sync", "--json");
        assertThat(r.err()).doesNotContain("was not used");
        assertThat(Json.MAPPER.readTree(r.out()).path("full_because").asText())
                .isEqualTo("the cache does not say when it was synced");
    }
}
