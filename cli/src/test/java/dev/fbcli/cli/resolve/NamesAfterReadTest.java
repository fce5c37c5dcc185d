package dev.fbcli.cli.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.ClientDraft;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 20, completion: every successful list or show refreshes the name cache that the shell
 * completion scripts read (docs/completion.md), the command form as well as the phrase.
 */
class NamesAfterReadTest extends SandboxCliTest {

    private Path clientsFile() {
        return home.resolve("cache/sandbox/clients.txt");
    }

    private static Result ok(Result r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }

    @Test
    void a_list_writes_the_names_when_there_were_none() {
        ok(fb("client", "list"));

        assertThat(clientsFile()).content().contains("Umbrella Health");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "client list",
                "client show Acme",
                "project list",
                "invoice list",
                "time list",
                "expense list",
                "service list",
                "show my clients"
            })
    void a_successful_list_or_show_takes_in_a_client_added_elsewhere(String command) {
        // given: names cached, then a client added elsewhere (in FreshBooks' web app)
        ok(fb("sync"));
        try (SandboxInspector s = inspect()) {
            s.client().clients().create(ClientDraft.empty().withOrganization("Cyberdyne Systems"));
        }
        assertThat(clientsFile()).content().doesNotContain("Cyberdyne Systems");

        // when
        ok(fb(command.startsWith("show") ? new String[] {command} : command.split(" ")));

        // then: TAB offers it
        assertThat(clientsFile()).content().contains("Cyberdyne Systems");
    }

    @Test
    void a_failed_list_leaves_the_names_as_they_were() {
        ok(fb("sync"));
        try (SandboxInspector s = inspect()) {
            s.client().clients().create(ClientDraft.empty().withOrganization("Cyberdyne Systems"));
        }

        Result r = fb("invoice", "list", "--status", "nonsense");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(clientsFile()).content().doesNotContain("Cyberdyne Systems");
    }
}
