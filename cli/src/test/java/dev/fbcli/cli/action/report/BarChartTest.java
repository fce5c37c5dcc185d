package dev.fbcli.cli.action.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {
    @Test
    void bars_are_scaled_to_the_largest_value_in_eighths() {
        List<String> lines = BarChart.draw(
                List.of("2026-10", "2026-11", "2026-12"),
                List.of(new BigDecimal("5000"), new BigDecimal("2500"), BigDecimal.ZERO),
                List.of("$5,000.00", "$2,500.00", "$0.00"),
                10);
        assertThat(lines)
                .containsExactly("2026-10  ██████████ $5,000.00", "2026-11  █████ $2,500.00", "2026-12   $0.00");
    }

    @Test
    void a_part_of_a_cell_is_a_partial_block_and_a_tiny_value_still_shows() {
        assertThat(BarChart.bar(new BigDecimal("3"), new BigDecimal("16"), 2)).isEqualTo("▍");
        assertThat(BarChart.bar(new BigDecimal("1"), new BigDecimal("100000"), 10))
                .isEqualTo("▏");
        assertThat(BarChart.bar(new BigDecimal("15"), new BigDecimal("16"), 2)).isEqualTo("█▉");
    }

    @Test
    void a_loss_is_marked_and_drawn_by_its_size() {
        List<String> lines = BarChart.draw(
                List.of("a", "b"), List.of(new BigDecimal("-4"), new BigDecimal("8")), List.of("-4", "8"), 4);
        assertThat(lines).containsExactly("a -██ -4", "b  ████ 8");
    }

    @Test
    void every_label_needs_a_value() {
        assertThatThrownBy(() -> BarChart.draw(List.of("a"), List.of(), List.of("x"), 4))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
