package dev.fbcli.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import org.junit.jupiter.api.Test;

/** Issue 14, item 8: a time report and a project's page say whose time they count. */
class WhoseTimeTest extends SandboxCliTest {

    @Test
    void should_say_a_time_report_counts_your_time_and_with_team_everyones() {
        Result mine = fb("hours on Apollo this month");
        Result team = fb("time", "list", "--project", "Apollo", "--month", "--team");
        Result project = fb("project", "show", "Apollo");

        assertThat(mine.exitCode()).as(mine.err()).isZero();
        assertThat(mine.out()).contains("Total of your time (--team: everyone's) on Apollo (Initech),");
        assertThat(team.exitCode()).as(team.err()).isZero();
        assertThat(team.out()).contains("Total of everyone's time on Apollo (Initech),");
        assertThat(project.out()).containsPattern("time: [0-9.]+ h logged by everyone on it \\(");
    }
}
