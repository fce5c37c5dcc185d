package dev.fbcli.completions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Asks a real shell what it completes for a command line, with a generated script loaded the way a
 * user's shell loads it. Each run gets its own HOME and XDG directories under {@code sandbox}, so
 * no shell writes to the real home directory.
 *
 * <ul>
 *   <li>bash: sources the script, finds the function that {@code complete -p fb} names, sets
 *       {@code COMP_WORDS}/{@code COMP_CWORD} as bash does (the line split at blanks, and at
 *       {@code =} as COMP_WORDBREAKS does) and prints {@code COMPREPLY};
 *   <li>zsh: an interactive zsh in a pseudo-terminal runs {@code compinit} with the script's
 *       directory in {@code $fpath}, types the line and TAB, and reports the matches
 *       ({@code zsh-capture.zsh});
 *   <li>fish: sources the script and prints {@code complete -C LINE}.
 * </ul>
 */
public final class ShellHarness {
    private final Path sandbox;

    public ShellHarness(Path sandbox) {
        this.sandbox = sandbox;
    }

    /** Whether {@code shell} is installed (on PATH). */
    public static boolean installed(String shell) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, shell))) {
                return true;
            }
        }
        return false;
    }

    /** What bash completes for {@code line} (the word under the cursor is the last, possibly empty). */
    public List<String> bash(Path script, Map<String, String> env, String line) {
        List<String> words = bashWords(line);
        List<String> cmd = new ArrayList<>(List.of(
                "bash",
                "--norc",
                "--noprofile",
                "-c",
                """
                source "$1" || exit 3
                f=$(complete -p fb | sed -n 's/.*-F \\([^ ]*\\).*/\\1/p')
                [ -n "$f" ] || { echo 'no completion function for fb' >&2; exit 4; }
                shift
                COMP_WORDS=("$@")
                COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
                COMP_LINE="${COMP_WORDS[*]}"
                COMP_POINT=${#COMP_LINE}
                COMPREPLY=()
                "$f" fb "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
                [ ${#COMPREPLY[@]} -eq 0 ] || printf '%s\\n' "${COMPREPLY[@]}"
                """,
                "bash",
                script.toString()));
        cmd.addAll(words);
        return run(cmd, env);
    }

    /** What zsh's completion system offers for {@code line}, with {@code fpathDir} (holding {@code _fb}) first in $fpath. */
    public List<String> zsh(Path fpathDir, Map<String, String> env, String line) {
        Path capture = sandbox.resolve("zsh-capture.zsh");
        try (InputStream in = ShellHarness.class.getResourceAsStream("zsh-capture.zsh")) {
            Files.write(capture, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run(List.of("zsh", "-f", capture.toString(), fpathDir.toString(), line), env);
    }

    /** What fish completes for {@code line} (candidates only, descriptions dropped). */
    public List<String> fish(Path script, Map<String, String> env, String line) {
        List<String> out = run(
                List.of(
                        "fish",
                        "--no-config",
                        "-c",
                        "source $argv[1]; and complete -C $argv[2]",
                        script.toString(),
                        line),
                env);
        List<String> names = new ArrayList<>();
        for (String l : out) {
            int tab = l.indexOf('\t');
            names.add(tab < 0 ? l : l.substring(0, tab));
        }
        return names;
    }

    /** COMP_WORDS for a line typed at the end: split at blanks, with each {@code =} a word of its own. */
    static List<String> bashWords(String line) {
        List<String> words = new ArrayList<>();
        for (String w : line.split(" ", -1)) {
            if (w.isEmpty() && !words.isEmpty() && words.get(words.size() - 1).isEmpty()) {
                continue;
            }
            int eq = w.indexOf('=');
            if (eq > 0 && !w.startsWith("'") && !w.startsWith("\"")) {
                words.add(w.substring(0, eq));
                words.add("=");
                if (eq < w.length() - 1) {
                    words.add(w.substring(eq + 1));
                }
            } else {
                words.add(w);
            }
        }
        return words;
    }

    private List<String> run(List<String> cmd, Map<String, String> env) {
        try {
            Path home = Files.createDirectories(sandbox.resolve("home"));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
            Map<String, String> e = pb.environment();
            String path = e.getOrDefault("PATH", "/usr/bin:/bin");
            e.clear();
            e.put("PATH", path);
            e.put("HOME", home.toString());
            e.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
            e.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
            e.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
            e.put("TMPDIR", Files.createDirectories(sandbox.resolve("tmp")).toString());
            e.put("TERM", "xterm");
            e.put("LANG", "C.UTF-8");
            e.putAll(env);
            Path out = Files.createTempFile(sandbox, "stdout", ".txt");
            Path err = Files.createTempFile(sandbox, "stderr", ".txt");
            pb.redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            // a guard against a hung shell, not a speed check
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(cmd.get(0) + " did not finish");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError(cmd.get(0) + " exited with " + p.exitValue() + ": " + Files.readString(err));
            }
            List<String> lines = new ArrayList<>();
            for (String l : Files.readString(out, StandardCharsets.UTF_8).split("\n")) {
                if (!l.isEmpty()) {
                    lines.add(l);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
