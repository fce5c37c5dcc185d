package dev.fbcli.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.render.Fmt;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 14, item 7: one rounding rule for lengths of time (docs/values.md); a near-empty timer is warned about. */
class RoundingTest extends SandboxCliTest {

    @Test
    void should_show_a_length_of_time_to_the_nearest_minute_and_under_a_minute_in_seconds() {
        assertThat(Fmt.duration(0)).isEqualTo("0h 00m");
        assertThat(Fmt.duration(5)).isEqualTo("0h 00m 05s");
        assertThat(Fmt.duration(89)).isEqualTo("0h 01m");
        assertThat(Fmt.duration(90)).isEqualTo("0h 02m");
        assertThat(Fmt.duration(9 * 3600 + 45 * 60)).isEqualTo("9h 45m");
    }

    @Test
    void should_warn_about_a_timer_stopped_after_seconds_and_say_its_seconds() {
        assertThat(fb("--yes", "timer", "start", "--project", "Website Redesign")
                        .exitCode())
                .isZero();
        clock.advance(Duration.ofSeconds(5));

        Result stop = fb("--yes", "timer", "stop");

        assertThat(stop.exitCode()).as(stop.err()).isZero();
        assertThat(stop.err())
                .contains("(running 0h 00m 05s since")
                .contains("warning: the timer ran only 5 seconds: the time entry will be nearly empty;"
                        + " `fb timer discard` drops it instead")
                .doesNotContain("0h 01m");
    }

    @Test
    void should_not_warn_about_a_timer_that_ran_a_while() {
        fb("--yes", "timer", "start", "--project", "Website Redesign");
        clock.advance(Duration.ofMinutes(90));

        Result stop = fb("--yes", "timer", "stop");

        assertThat(stop.exitCode()).as(stop.err()).isZero();
        assertThat(stop.err()).contains("(running 1h 30m since").doesNotContain("warning");
    }
}
