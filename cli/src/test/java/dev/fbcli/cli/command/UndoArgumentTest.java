package dev.fbcli.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner;
import dev.fbcli.cli.SandboxCliTest;
import org.junit.jupiter.api.Test;

class UndoArgumentTest extends SandboxCliTest {
    @Test
    void aWordWhereTheChangeNumberGoesIsAClearUsageError() {
        CliRunner.Result r = fb("undo", "abc");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains("'abc' is not a change number")
                .contains("fb undo --list")
                .doesNotContain("I did not understand");
        assertThat(r.out()).isEmpty();
    }
}
