package dev.fbcli.completions.jline;

import dev.fbcli.completions.CandidateSource;
import dev.fbcli.completions.NameCache.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * TAB in the REPL: command words and options from the picocli model, the values an option lists,
 * and the names of clients, projects, services and expense categories from the local name cache
 * ({@link CandidateSource}). Never the network: a TAB answers at once, offline.
 *
 * <p>After {@code --client} come client names, after {@code --project} project names, and so on;
 * inside a phrase ("log 2h on Ac") client and project names, completed across words ("Acme C" →
 * "Acme Corp").
 */
public final class FbCompleter implements Completer {
    /** Options whose value is a name of these kinds. */
    private static final Map<String, List<Kind>> NAME_OPTIONS = Map.of(
            "--client", List.of(Kind.CLIENT),
            "-c", List.of(Kind.CLIENT),
            "--project", List.of(Kind.PROJECT),
            "--on", List.of(Kind.PROJECT, Kind.CLIENT),
            "--target", List.of(Kind.PROJECT, Kind.CLIENT),
            "--service", List.of(Kind.SERVICE),
            "-s", List.of(Kind.SERVICE),
            "--category", List.of(Kind.CATEGORY),
            "--member", List.of(Kind.TEAM_MEMBER));
    /** How many words before the cursor a multi-word name may start. */
    private static final int NAME_WORDS = 4;

    private final CommandSpec root;
    private final CandidateSource names;
    private final List<String> extraWords;

    /**
     * @param root the command tree ({@code fb})
     * @param names where names come from (the local cache)
     * @param extraWords words the REPL itself understands at the start of a line ({@code help}, {@code exit})
     */
    public FbCompleter(CommandSpec root, CandidateSource names, List<String> extraWords) {
        this.root = root;
        this.names = names;
        this.extraWords = List.copyOf(extraWords);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        for (String c : candidates(line)) {
            candidates.add(new Candidate(c, c, null, null, null, null, !c.endsWith("=")));
        }
    }

    /** The completions of the word under the cursor, most useful first. */
    public List<String> candidates(ParsedLine line) {
        List<String> words = new ArrayList<>(line.words().subList(0, line.wordIndex()));
        String word =
                line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        if (!words.isEmpty() && words.get(0).equals("fb")) {
            words.remove(0);
        }
        Set<String> out = new LinkedHashSet<>();
        if (words.isEmpty()) {
            for (String name : root.subcommands().keySet()) {
                if (!root.subcommands()
                        .get(name)
                        .getCommandSpec()
                        .usageMessage()
                        .hidden()) {
                    out.add(name);
                }
            }
            out.addAll(extraWords);
            return matching(out, word);
        }
        CommandSpec spec = root;
        int consumed = 0;
        for (String w : words) {
            var sub = spec.subcommands().get(w);
            if (sub == null) {
                break;
            }
            spec = sub.getCommandSpec();
            consumed++;
        }
        if (consumed == 0) {
            // a phrase: names of clients and projects, across words
            return phraseNames(words, word);
        }
        String previous = words.get(words.size() - 1);
        OptionSpec option = spec.findOption(previous);
        if (option != null && option.arity().max() > 0 && consumed < words.size()) {
            List<Kind> kinds = NAME_OPTIONS.get(previous);
            if (kinds == null) {
                for (String n : option.names()) {
                    kinds = kinds == null ? NAME_OPTIONS.get(n) : kinds;
                }
            }
            if (kinds != null) {
                for (Kind k : kinds) {
                    out.addAll(names.candidates(k, word));
                }
                return List.copyOf(out);
            }
            if (option.completionCandidates() != null) {
                option.completionCandidates().forEach(out::add);
                return matching(out, word);
            }
            return List.of();
        }
        if (word.startsWith("-")) {
            for (OptionSpec o : spec.options()) {
                if (!o.hidden()) {
                    out.add(o.longestName());
                }
            }
            return matching(out, word);
        }
        if (consumed == words.size() && !spec.subcommands().isEmpty()) {
            out.addAll(spec.subcommands().keySet());
            return matching(out, word);
        }
        // a positional argument (a client to update, a project title...): names
        for (Kind k : List.of(Kind.CLIENT, Kind.PROJECT)) {
            out.addAll(names.candidates(k, word));
        }
        return List.copyOf(out);
    }

    private List<String> phraseNames(List<String> before, String word) {
        Set<String> out = new LinkedHashSet<>();
        // longest start first: "Acme C|" may be the start of "Acme Corp"
        for (int k = Math.min(NAME_WORDS, before.size()); k >= 0; k--) {
            List<String> lead = before.subList(before.size() - k, before.size());
            String typed = (String.join(" ", lead) + (k == 0 ? "" : " ") + word).toLowerCase(Locale.ROOT);
            if (typed.isBlank()) {
                continue;
            }
            for (Kind kind : List.of(Kind.CLIENT, Kind.PROJECT)) {
                for (String name : names.candidates(kind, typed)) {
                    String[] parts = name.split(" ", -1);
                    if (parts.length <= k) {
                        continue;
                    }
                    // what replaces the word under the cursor: the name from that word on
                    out.add(String.join(" ", java.util.Arrays.asList(parts).subList(k, parts.length)));
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<String> matching(Set<String> words, String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        return words.stream()
                .filter(w -> w.toLowerCase(Locale.ROOT).startsWith(p))
                .toList();
    }
}
