package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 (incremental {@code fb sync}): the filters that read what changed since a time. Clients:
 * {@code search[updated_min]}, a day compared with {@code updated} (US/Eastern, day granularity,
 * API.md §5.1 and §6.1), within the {@code vis_state} the list asks for; projects: {@code
 * updated_since}, a UTC instant (§5.10, §6.2). Every write sets the record's time.
 */
class ChangedSinceTest {
    @TempDir
    Path dir;

    private static final String A = Sandbox.ACCT;
    private static final String P = "/projects/business/" + Sandbox.BIZ;

    /** A second server on the same database with its clock at {@code at}, as a later session of fb sees it. */
    private Sandbox at(String at) {
        try {
            return new Sandbox(SandboxServer.builder()
                    .dataDir(dir)
                    .clock(Clock.fixed(Instant.parse(at), ZoneId.of("UTC")))
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void should_list_the_clients_and_projects_written_since_a_day_or_an_instant() {
        long kept;
        long renamed;
        long archived;
        long deleted;
        long project;
        // given: on 2026-11-20 (Eastern), four clients and a project
        try (Sandbox sb = at("2026-11-20T15:00:00Z")) {
            kept = client(sb, "Kept Ltd");
            renamed = client(sb, "Old Name Ltd");
            archived = client(sb, "Archived Ltd");
            deleted = client(sb, "Deleted Ltd");
            project = sb.post(P + "/project", Sandbox.json("{'project':{'title':'Old Title'}}"))
                    .json()
                    .at("/project/id")
                    .asLong();
        }
        // when: on 2026-11-24 03:30 UTC (still the 23rd in US/Eastern) one of each change
        try (Sandbox sb = at("2026-11-24T03:30:00Z")) {
            sb.put(A + "/users/clients/" + renamed, Sandbox.json("{'client':{'organization':'New Name Ltd'}}"));
            sb.put(A + "/users/clients/" + archived, Sandbox.json("{'client':{'vis_state':2}}"));
            sb.put(A + "/users/clients/" + deleted, Sandbox.json("{'client':{'vis_state':1}}"));
            sb.put(P + "/project/" + project, Sandbox.json("{'project':{'title':'New Title'}}"));
            client(sb, "Added Ltd");

            // then: the server's Date is its own clock's, the one its records are stamped with
            assertThat(sb.get(A + "/users/clients").header("Date")).isEqualTo("Tue, 24 Nov 2026 03:30:00 GMT");

            // clients by the Eastern day of their write; the default list (active and archived)
            // and the deleted ones, each under its own vis_state
            JsonNode changed = sb.get(A + "/users/clients?search[updated_min]=2026-11-23")
                    .json()
                    .at("/response/result/clients");
            assertThat(names(changed, "organization")).containsExactly("New Name Ltd", "Archived Ltd", "Added Ltd");
            assertThat(names(changed, "vis_state")).containsExactly("0", "2", "0");
            JsonNode gone = sb.get(A + "/users/clients?search[updated_min]=2026-11-23&search[vis_state]=1")
                    .json()
                    .at("/response/result/clients");
            assertThat(names(gone, "organization")).containsExactly("Deleted Ltd");
            assertThat(sb.get(A + "/users/clients?search[updated_min]=2026-11-24")
                            .json()
                            .at("/response/result/total")
                            .asInt())
                    .isZero();
            assertThat(names(
                            sb.get(A + "/users/clients?search[updated_min]=2026-11-20&search[vis_state]=0")
                                    .json()
                                    .at("/response/result/clients"),
                            "organization"))
                    .contains("Kept Ltd", "New Name Ltd", "Added Ltd")
                    .doesNotContain("Archived Ltd", "Deleted Ltd");

            // projects by the instant of their write, in any ISO form (Z, offset, fractions, none)
            for (String since : List.of(
                    "2026-11-24T03:30:00Z",
                    "2026-11-24T03:29:59.500Z",
                    "2026-11-23T22:30:00-05:00",
                    "2026-11-24T04:00:00+01:00",
                    "2026-11-24T03:30:00")) {
                assertThat(names(
                                sb.get(P + "/projects?updated_since=" + since.replace("+", "%2B"))
                                        .json()
                                        .at("/projects"),
                                "title"))
                        .as(since)
                        .containsExactly("New Title");
            }
            assertThat(sb.get(P + "/projects?updated_since=2026-11-24T03:30:01Z")
                            .json()
                            .at("/meta/total")
                            .asInt())
                    .isZero();
            assertThat(sb.get(P + "/projects?updated_since=yesterday").status()).isEqualTo(422);
        }
    }

    private static long client(Sandbox sb, String org) {
        return sb.post(A + "/users/clients", Sandbox.json("{'client':{'organization':'" + org + "'}}"))
                .json()
                .at("/response/result/client/id")
                .asLong();
    }
}
