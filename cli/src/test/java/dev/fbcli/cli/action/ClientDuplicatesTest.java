package dev.fbcli.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import org.junit.jupiter.api.Test;

/** Issue 14, item 6: a client made twice is warned about, and two that read the same are told apart. */
class ClientDuplicatesTest extends SandboxCliTest {

    @Test
    void should_warn_on_a_name_made_a_moment_ago_and_tell_the_two_apart_by_id() {
        Result first = fb("--yes", "add a client called Oscorp");
        Result second = fb("--yes", "add a client called OSCORP");
        Result which = fb("--yes", "client", "show", "oscor");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).doesNotContain("warning");
        assertThat(second.err()).containsPattern("warning: a client named Oscorp already exists \\(client \\d+\\)");
        assertThat(which.exitCode()).isEqualTo(2);
        assertThat(which.err()).containsPattern("Oscorp \\(id \\d+\\), OSCORP \\(id \\d+\\)");
    }

    @Test
    void should_warn_when_the_name_is_an_existing_clients_contact() {
        Result r = fb("--dry-run", "add a client called rita  acosta");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("warning: Rita Acosta is already the contact of Acme Corp (client 101, rita@acme.example)");
    }
}
