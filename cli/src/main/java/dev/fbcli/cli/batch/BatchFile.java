package dev.fbcli.cli.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of a batch file: one phrase or command per line; blank lines and lines whose first
 * non-blank character is {@code #} are skipped. Each line gets a key made of its text (spaces
 * collapsed) and how many times that same text came before it, so a file edited between runs still
 * maps to its journal: inserted, removed or moved lines keep their keys; an edited line is a new line.
 */
public final class BatchFile {
    private BatchFile() {}

    /** One line to run. {@code number} is 1-based, as editors count; {@code key} is {@code <occurrence>:<text>}. */
    public record Line(int number, String text, String key) {}

    public static List<Line> parse(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<Line> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] raw = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String normal = normalize(line);
            int occurrence = seen.merge(normal, 1, Integer::sum);
            out.add(new Line(i + 1, line, occurrence + ":" + normal));
        }
        return out;
    }

    /** The text a line is known by: spaces and tabs collapsed to one space. */
    static String normalize(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }
}
