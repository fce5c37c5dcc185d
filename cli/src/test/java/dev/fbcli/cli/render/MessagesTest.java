package dev.fbcli.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, messages: what fb says reads as a person would write it, run through the real command
 * line against the real sandbox.
 */
class MessagesTest extends SandboxCliTest {

    @Test
    void aCountIsPluralOnlyWhenItIsNotOne() {
        assertThat(Fmt.count(1, "day", "days")).isEqualTo("1 day");
        assertThat(Fmt.count(0, "day", "days")).isEqualTo("0 days");
        assertThat(Fmt.count(2, "day", "days")).isEqualTo("2 days");
        assertThat(Fmt.count(new BigDecimal("1.00"), "hour", "hours")).isEqualTo("1 hour");
        assertThat(Fmt.count(new BigDecimal("1.5"), "hour", "hours")).isEqualTo("1.5 hours");
    }

    @Test
    void oneDayOfTermsReadsInTheSingular() {
        Result r = fb("--dry-run", "invoice", "create", "--client", "Acme", "--total", "100", "--due-in", "1");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out() + r.err()).contains("due in 1 day (").doesNotContain("1 days");
    }

    @Test
    void theExampleForOneHourSaysHour() {
        Result r = fb("--yes", "invoice Acme for 1 hours of widgets");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'1 hour of widgets at $150'").doesNotContain("1 hours");
    }

    @Test
    void undoListSpeaksFbsWordsNotFreshBooksFieldNames() {
        Result update = fb("--yes", "client", "update", "Acme", "--phone", "555-0100", "--email", "ap@acme.example");
        assertThat(update.exitCode()).as(update.err()).isZero();

        Result list = fb("undo", "--list");

        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out())
                .contains("restore the email, the phone of client 101")
                .doesNotContain("bus_phone");
    }
}
