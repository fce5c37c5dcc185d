package dev.fbcli.cli.command.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.cli.CliException;
import dev.fbcli.nlp.intent.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void months_said_every_way() {
        assertThat(ReportPeriods.month("2026-02", TODAY)).isEqualTo(range("2026-02-01", "2026-02-28"));
        assertThat(ReportPeriods.month("11", TODAY)).isEqualTo(range("2026-11-01", "2026-11-30"));
        assertThat(ReportPeriods.month("November", TODAY)).isEqualTo(range("2026-11-01", "2026-11-30"));
        assertThat(ReportPeriods.month("nov", TODAY)).isEqualTo(range("2026-11-01", "2026-11-30"));
        // a month named without a year is the latest one not after today
        assertThat(ReportPeriods.month("december", TODAY)).isEqualTo(range("2025-12-01", "2025-12-31"));
    }

    @Test
    void quarters_and_years() {
        assertThat(ReportPeriods.quarter("Q3", TODAY)).isEqualTo(range("2026-07-01", "2026-09-30"));
        assertThat(ReportPeriods.quarter("4", TODAY)).isEqualTo(range("2026-10-01", "2026-12-31"));
        assertThat(ReportPeriods.quarter("2025-Q1", TODAY)).isEqualTo(range("2025-01-01", "2025-03-31"));
        assertThat(ReportPeriods.quarter("q2 2024", TODAY)).isEqualTo(range("2024-04-01", "2024-06-30"));
        assertThat(ReportPeriods.quarter("Q1", LocalDate.of(2026, 2, 1))).isEqualTo(range("2026-01-01", "2026-03-31"));
        assertThat(ReportPeriods.year("2026")).isEqualTo(range("2026-01-01", "2026-12-31"));
    }

    @Test
    void what_is_not_a_period_is_refused_with_an_example() {
        assertThatThrownBy(() -> ReportPeriods.month("13", TODAY))
                .isInstanceOf(CliException.Usage.class)
                .hasMessageContaining("--month '13'");
        assertThatThrownBy(() -> ReportPeriods.month("ju", TODAY)).isInstanceOf(CliException.Usage.class);
        assertThatThrownBy(() -> ReportPeriods.month("2026-00", TODAY)).isInstanceOf(CliException.Usage.class);
        assertThatThrownBy(() -> ReportPeriods.quarter("Q5", TODAY)).isInstanceOf(CliException.Usage.class);
        assertThatThrownBy(() -> ReportPeriods.year("26")).isInstanceOf(CliException.Usage.class);
    }
}
