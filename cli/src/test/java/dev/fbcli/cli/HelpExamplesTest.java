package dev.fbcli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.cli.repl.Lines;
import dev.fbcli.cli.repl.Repl;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every example in every command's help ({@code fb <noun> <verb> --help}) and in the shell's
 * {@code help} runs as written against a freshly seeded sandbox (the demo account of
 * docs/sandbox.md) and succeeds: a write really happens (with {@code --yes}), on a throwaway
 * account of its own, so one example's change never feeds another's.
 */
class HelpExamplesTest {
    @TempDir
    Path root;

    /** Tuesday 2026-11-24, 10:00 in Toronto (the examples say "yesterday", "last month", never a date). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("America/Toronto"));

    /**
     * Examples that start a server or a browser login and so never end on their own; their own
     * tests run them (McpStdioIT, SandboxServeIT, AuthLoginTest).
     */
    private static final Pattern SERVES = Pattern.compile("^fb (mcp|sandbox serve|auth login)\\b");

    /**
     * What an example speaks of that a fresh demo account does not have (an archived client, a
     * receipt, a change to undo) is made first, by the command a person would have run.
     */
    private static final Map<String, String> BEFORE = Map.of(
            "fb client unarchive Tyrell", "fb client archive Tyrell",
            "fb expense receipt 7003 --save ~/receipts/", "fb expense edit 7003 --receipt ~/r.pdf",
            "fb undo", "fb service create Photography --rate 90",
            "fb undo 1 --dry-run", "fb service create Photography --rate 90");

    /** An example's note that names its exit code ("…; exit 1"): an example that shows a refusal. */
    private static final Pattern EXIT = Pattern.compile("\\bexit (\\d)\\b");

    @Test
    void everyExampleInACommandsHelpRunsAgainstTheSandbox() throws IOException {
        List<String[]> examples = commandExamples();
        List<String> failed = new ArrayList<>();
        int ran = 0;
        for (String[] example : examples) {
            String line = example[0];
            if (SERVES.matcher(line).find()) {
                continue;
            }
            Path home = Files.createTempDirectory(root, "home");
            Path tilde = tilde(home);
            String before = BEFORE.get(line);
            if (before != null) {
                check(home, tilde, before, words(before), 0, failed);
            }
            Matcher m = EXIT.matcher(example[1]);
            check(home, tilde, line, words(line), m.find() ? Integer.parseInt(m.group(1)) : 0, failed);
            ran++;
        }
        assertThat(failed).isEmpty();
        assertThat(ran).isGreaterThan(40);
    }

    @Test
    void everyExampleInTheShellsHelpRunsAgainstTheSandbox() throws IOException {
        List<String> lines = Repl.helpExamples();
        assertThat(lines).hasSizeGreaterThan(5);
        CommandLine cl = commandLine(root);
        Path home = Files.createTempDirectory(root, "shell");
        List<String> failed = new ArrayList<>();
        for (String line : lines) {
            // one account, in order, as in one shell; at a terminal, where a name that fits several is
            // chosen by number (the answer "1")
            List<String> args = new ArrayList<>(List.of("--sandbox", "--yes"));
            args.addAll(List.of(Lines.args(cl, line)));
            CliRunner.Result r = new CliRunner(home)
                    .clock(CLOCK)
                    .interactive(true)
                    .stdin("1\n")
                    .run(args.toArray(String[]::new));
            if (r.exitCode() != 0) {
                failed.add(line + " → exit " + r.exitCode() + ": " + r.err().strip());
            }
        }
        assertThat(failed).isEmpty();
    }

    /** The example's words after {@code fb}, split as a shell splits them. */
    private static List<String> words(String example) {
        List<String> words = new ArrayList<>(ShellWords.split(example));
        words.remove(0);
        return words;
    }

    /** What {@code ~} is for this run: a directory holding the files the examples name. */
    private static Path tilde(Path home) throws IOException {
        Path dir = Files.createDirectories(home.resolve("tilde"));
        Files.createDirectories(dir.resolve("receipts"));
        Files.writeString(dir.resolve("r.pdf"), "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        return dir;
    }

    /**
     * Runs {@code fb --sandbox --no-input --yes <words>} with {@code home} as FB_HOME and {@code ~/}
     * read as {@code tilde} (as a shell expands it); notes an exit other than {@code expected}.
     */
    private static void check(
            Path home, Path tilde, String example, List<String> words, int expected, List<String> failed) {
        List<String> args = new ArrayList<>(List.of("--sandbox", "--no-input", "--yes"));
        for (String w : words) {
            args.add(w.startsWith("~/") ? tilde + w.substring(1) : w);
        }
        CliRunner.Result r = new CliRunner(home).clock(CLOCK).run(args.toArray(String[]::new));
        if (r.exitCode() != expected) {
            failed.add(example + " → exit " + r.exitCode() + " (expected " + expected + "): "
                    + r.err().strip());
        }
    }

    /** The {@code fb ...} lines of every command's examples, in the order of the command tree. */
    static List<String[]> commandExamples() {
        List<String[]> out = new ArrayList<>();
        collect(commandLine(Path.of("unused")), out);
        return out;
    }

    private static CommandLine commandLine(Path home) {
        return new Main(new AppContext(
                        Map.of("FB_HOME", home.toString()),
                        System.in,
                        new PrintWriter(Writer.nullWriter()),
                        new PrintWriter(Writer.nullWriter()),
                        false,
                        CLOCK))
                .commandLine();
    }

    /** Each example as {line, note}: the note is what follows the command after two spaces or more. */
    private static void collect(CommandLine cl, List<String[]> out) {
        for (String footer : cl.getCommandSpec().usageMessage().footer()) {
            for (String line : HelpLayout.verbatim(footer).split("\\R")) {
                String[] parts = line.strip().split(" {2,}", 2);
                if (parts[0].startsWith("fb ") && out.stream().noneMatch(e -> e[0].equals(parts[0]))) {
                    out.add(new String[] {parts[0], parts.length > 1 ? parts[1] : ""});
                }
            }
        }
        Map<String, CommandLine> subs = new LinkedHashMap<>(cl.getSubcommands());
        for (Map.Entry<String, CommandLine> e : subs.entrySet()) {
            if (e.getValue().getCommandName().equals(e.getKey())) {
                collect(e.getValue(), out);
            }
        }
    }
}
