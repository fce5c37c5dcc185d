package dev.fbcli.cli.action.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A small horizontal bar chart in Unicode blocks (eighths of a cell, no colour), for a by-month
 * report on a terminal: one line per label, bars scaled to the largest value of the chart (one
 * currency per chart: amounts in different currencies are never drawn on one scale). A negative
 * value (a month at a loss) is drawn with {@code -} before its bar. Pure.
 */
public final class BarChart {
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

    private BarChart() {}

    /** One value per label, drawn {@code width} cells wide at most, each line ending with {@code shown}'s text. */
    public static List<String> draw(List<String> labels, List<BigDecimal> values, List<String> shown, int width) {
        if (labels.size() != values.size() || labels.size() != shown.size()) {
            throw new IllegalArgumentException("one value and one text per label");
        }
        BigDecimal max = BigDecimal.ZERO;
        int labelWidth = 0;
        for (int i = 0; i < labels.size(); i++) {
            max = max.max(values.get(i).abs());
            labelWidth = Math.max(labelWidth, labels.get(i).length());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            BigDecimal v = values.get(i);
            String bar = bar(v.abs(), max, width);
            StringBuilder line = new StringBuilder();
            line.append(String.format("%-" + labelWidth + "s ", labels.get(i)));
            line.append(v.signum() < 0 ? "-" : " ");
            line.append(bar);
            line.append(" ").append(shown.get(i));
            out.add(line.toString());
        }
        return out;
    }

    /** {@code value / max} of {@code width} cells, in eighths; a non-zero value shows at least one eighth. */
    static String bar(BigDecimal value, BigDecimal max, int width) {
        if (max.signum() == 0 || value.signum() == 0) {
            return "";
        }
        long eighths = value.multiply(BigDecimal.valueOf(width * 8L))
                .divide(max, 0, RoundingMode.HALF_UP)
                .longValue();
        eighths = Math.max(1, eighths);
        StringBuilder b = new StringBuilder();
        for (long i = 0; i < eighths / 8; i++) {
            b.append('█');
        }
        b.append(EIGHTHS[(int) (eighths % 8)]);
        return b.toString();
    }
}
