package dev.fbcli.cli.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for human output (pure: model in, string out). Numbers align right; columns
 * are separated by two spaces; with colour on, the header is bold. The same rows make the CSV.
 */
public final class Table {
    private final List<String> headers;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... headers) {
        this.headers = List.of(headers);
        this.right = new boolean[headers.length];
    }

    /** Right-aligns the given columns (0-based). */
    public Table alignRight(int... columns) {
        for (int c : columns) {
            right[c] = true;
        }
        return this;
    }

    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).toList());
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public List<String> headers() {
        return headers;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    /** The table for a terminal: every cell's control characters made visible ({@link Safe}). */
    public String render(boolean colour) {
        List<List<String>> rows =
                this.rows.stream().map(r -> r.stream().map(Safe::text).toList()).toList();
        int n = headers.size();
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            width[i] = headers.get(i).length();
        }
        for (List<String> r : rows) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        String head = line(headers, width);
        sb.append(colour ? Style.bold(head) : head).append('\n');
        for (List<String> r : rows) {
            sb.append(line(r, width)).append('\n');
        }
        return sb.toString();
    }

    private String line(List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            boolean last = i == cells.size() - 1;
            if (right[i]) {
                sb.append(" ".repeat(width[i] - c.length())).append(c);
            } else {
                sb.append(c);
                if (!last) {
                    sb.append(" ".repeat(width[i] - c.length()));
                }
            }
            if (!last) {
                sb.append("  ");
            }
        }
        return sb.toString().stripTrailing();
    }

    /** RFC 4180 CSV of the same header and rows. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        sb.append(csvLine(headers));
        for (List<String> r : rows) {
            sb.append(csvLine(r));
        }
        return sb.toString();
    }

    private static String csvLine(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                out.add('"' + c.replace("\"", "\"\"") + '"');
            } else {
                out.add(c);
            }
        }
        return String.join(",", out) + "\r\n";
    }
}
