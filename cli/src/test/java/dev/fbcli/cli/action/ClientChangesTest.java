package dev.fbcli.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.ClientDto;
import dev.fbcli.freshbooks.model.ClientQuery;
import dev.fbcli.nlp.intent.Address;
import dev.fbcli.nlp.intent.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, clients: the billing address and a note on create, update and show; archive and
 * unarchive (never a delete), each read back over the API, undone and read back again.
 */
class ClientChangesTest extends SandboxCliTest {

    private static Result ok(Result r) {
        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        return r;
    }

    private ClientDto client(long id) {
        try (SandboxInspector s = inspect()) {
            return s.client().clients().get(id);
        }
    }

    private List<Long> activeIds() {
        try (SandboxInspector s = inspect()) {
            return s.client().clients().list(ClientQuery.empty().withVisState(0)).stream()
                    .map(ClientDto::id)
                    .toList();
        }
    }

    @Test
    void should_set_acmes_address_from_what_was_said_and_put_the_empty_one_back() {
        // given: "Acme's address is 1 Main St, Springfield"
        Intent said = new Intent.UpdateClient(
                "Acme", null, null, null, null, null, Address.of("1 Main St", "Springfield", null, null, null), null);

        // when
        IntentRun.Outcome r = IntentRun.script(home, clock, said);

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("Update the client Acme Corp (client 101)")
                .contains("street: (none) → 1 Main St")
                .contains("city: (none) → Springfield")
                .contains("→ fb client update 'Acme Corp' --street '1 Main St' --city Springfield");
        assertThat(client(101).street()).isEqualTo("1 Main St");
        assertThat(client(101).city()).isEqualTo("Springfield");
        assertThat(ok(fb("client", "show", "Acme")).out()).contains("address: 1 Main St, Springfield");

        // when
        ok(fb("--yes", "undo"));

        // then
        assertThat(client(101).street()).isNullOrEmpty();
        assertThat(client(101).city()).isNullOrEmpty();
        assertThat(ok(fb("client", "show", "Acme")).out()).doesNotContain("address:");
    }

    @Test
    void should_create_a_client_with_an_address_and_a_note() {
        Result r = ok(fb(
                "--yes",
                "client",
                "create",
                "Cyberdyne Systems",
                "--email",
                "miles@cyberdyne.example",
                "--street",
                "18144 El Camino Real",
                "--city",
                "Sunnyvale",
                "--state",
                "CA",
                "--zip",
                "94087",
                "--country",
                "United States",
                "--note",
                "Net 15"));

        assertThat(r.err())
                .contains("address: 18144 El Camino Real, Sunnyvale, CA 94087, United States")
                .contains("note: Net 15");
        long id = Long.parseLong(r.out().replaceAll("(?s).*\\(client (\\d+)\\).*", "$1"));
        ClientDto c = client(id);
        assertThat(c.street()).isEqualTo("18144 El Camino Real");
        assertThat(c.province()).isEqualTo("CA");
        assertThat(c.postalCode()).isEqualTo("94087");
        assertThat(c.country()).isEqualTo("United States");
        assertThat(c.note()).isEqualTo("Net 15");
        assertThat(ok(fb("client", "show", "Cyberdyne")).out()).contains("note: Net 15");
    }

    @Test
    void should_archive_a_client_out_of_the_lists_and_unarchive_it() {
        // when
        Result archive = ok(fb("--yes", "client", "archive", "Tyrell"));

        // then: kept (vis_state 2, FreshBooks' archived), out of fb's list and names
        assertThat(archive.err())
                .contains("Archive the client Tyrell Corporation (client 108)")
                .contains("warning: Tyrell Corporation owes 1,320.00 EUR");
        assertThat(client(108).visState()).isEqualTo(2);
        assertThat(activeIds()).doesNotContain(108L);
        assertThat(ok(fb("client", "list")).out()).doesNotContain("Tyrell");
        Result twice = fb("--yes", "client", "unarchive", "Acme");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("Acme Corp is not archived");

        // when
        Result undo = ok(fb("--yes", "undo"));

        // then
        assertThat(undo.err()).contains("unarchive the client Tyrell Corporation");
        assertThat(client(108).visState()).isZero();
        assertThat(ok(fb("client", "list")).out()).contains("Tyrell");
    }

    @Test
    void should_unarchive_by_name_among_the_archived_and_undo_it() {
        // given
        ok(fb("--yes", "client", "archive", "Initech"));

        // when
        Result back = ok(fb("--yes", "client", "unarchive", "initech"));
        Result unknown = fb("--yes", "client", "unarchive", "Cyberdyne");

        // then
        assertThat(back.out()).contains("✓ Unarchived the client Initech (client 103)");
        assertThat(client(103).visState()).isZero();
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err())
                .contains("no archived client named 'Cyberdyne'")
                .contains("no client is archived");

        // when: undoing the unarchive archives it again
        Result undo = ok(fb("--yes", "undo"));

        // then
        assertThat(undo.err()).contains("archive again the client Initech");
        assertThat(client(103).visState()).isEqualTo(2);
    }
}
