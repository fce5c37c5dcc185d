package dev.fbcli.completions.jline;

import dev.fbcli.completions.CandidateSource;
import dev.fbcli.completions.NameCache.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
 * "Acme Corp"), services after the words that introduce them ("log 2h of des" → "Design") and
 * expense categories likewise ("expense $40 on soft" → "Software").
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
        if (consumed == 0
                || (consumed < words.size()
                        && !spec.subcommands().isEmpty()
                        && !words.get(consumed).startsWith("-"))) {
            // a phrase (also one that starts with a command word: "expense $40 on soft", "invoice
            // Umbrella H"): names across words
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

    /** Words after which a phrase names a service ("2h of design", "for QA", "doing research"). */
    private static final Set<String> SERVICE_WORDS = Set.of("of", "for", "doing");
    /** Words after which an expense phrase names a category ("$40 on software", "for office supplies"). */
    private static final Set<String> CATEGORY_WORDS = Set.of("on", "for", "in", "under", "as");
    /** A duration ("2h", "1h30m", "90min", "1:30"): the words after it may be a service ("log 2h des"). */
    private static final Pattern DURATION =
            Pattern.compile("(?i)\\d+(\\.\\d+)?(h|hrs?|hours?|m|mins?|minutes?)(\\d+m)?|\\d{1,2}:\\d{2}");
    /** Money said in an expense ("$40", "12.50", "€9", "30 CAD"). */
    private static final Pattern MONEY = Pattern.compile("[$€£]\\d[\\d,]*(\\.\\d+)?|\\d[\\d,]*\\.\\d{2}");
    /** Words that make a phrase an expense. */
    private static final Set<String> EXPENSE_WORDS = Set.of("expense", "expenses", "spent", "paid", "bought");

    /**
     * Names in a phrase, across words: clients and projects anywhere; services after the words that
     * introduce one ("of", "for", "doing", or right after a duration) in a phrase about time;
     * categories after "on", "for", "in", "under", "as" in a phrase about an expense (one that says
     * "expense", "spent" or "paid" with money and no duration). The kind the word before introduces
     * comes first.
     */
    private List<String> phraseNames(List<String> before, String word) {
        boolean duration = before.stream().anyMatch(w -> DURATION.matcher(w).matches());
        boolean expense = !duration
                && before.stream()
                        .anyMatch(w -> EXPENSE_WORDS.contains(w.toLowerCase(Locale.ROOT))
                                || MONEY.matcher(w).matches());
        Set<String> out = new LinkedHashSet<>();
        // longest start first: "Acme C|" may be the start of "Acme Corp"
        for (int k = Math.min(NAME_WORDS, before.size()); k >= 0; k--) {
            List<String> lead = before.subList(before.size() - k, before.size());
            String typed = (String.join(" ", lead) + (k == 0 ? "" : " ") + word).toLowerCase(Locale.ROOT);
            if (typed.isBlank()) {
                continue;
            }
            String intro = before.size() > k ? before.get(before.size() - k - 1).toLowerCase(Locale.ROOT) : "";
            List<Kind> kinds = new ArrayList<>();
            if (expense && CATEGORY_WORDS.contains(intro)) {
                kinds.add(Kind.CATEGORY);
            } else if (!expense
                    && (SERVICE_WORDS.contains(intro) || DURATION.matcher(intro).matches())) {
                kinds.add(Kind.SERVICE);
            }
            kinds.add(Kind.CLIENT);
            kinds.add(Kind.PROJECT);
            for (Kind kind : kinds) {
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
