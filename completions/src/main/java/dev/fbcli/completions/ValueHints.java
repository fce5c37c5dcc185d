package dev.fbcli.completions;

import dev.fbcli.completions.NameCache.Kind;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Which option values and positional parameters complete with names from the cache, or with file
 * names. Choices (enums, {@code completionCandidates}) need no hint: the picocli model has them.
 *
 * <p>The rule is about the model's vocabulary, not a list of commands: an option named
 * {@code --client} anywhere takes a client name, a positional labelled {@code <project>} takes a
 * project name, an option or positional of type {@code File}/{@code Path} or labelled
 * {@code <file>} takes a file. So a new command that follows the naming conventions completes
 * without touching this class.
 */
public final class ValueHints {
    /** The name kinds for an option, by any of its names. */
    private final Map<String, List<Kind>> optionNames;
    /** The name kinds for a positional parameter, by its label. */
    private final Map<String, List<Kind>> positionalLabels;

    public ValueHints(Map<String, List<Kind>> optionNames, Map<String, List<Kind>> positionalLabels) {
        this.optionNames = Map.copyOf(optionNames);
        this.positionalLabels = Map.copyOf(positionalLabels);
    }

    /**
     * fb's conventions: {@code --client}, {@code --project}, {@code --on}/{@code --target}
     * (projects, then clients), {@code --service}, {@code --category}, {@code --member}, and the
     * positionals {@code <client>}, {@code <project>} and {@code <service>}.
     */
    public static ValueHints fb() {
        return new ValueHints(
                Map.of(
                        "--client", List.of(Kind.CLIENT),
                        "--project", List.of(Kind.PROJECT),
                        "--on", List.of(Kind.PROJECT, Kind.CLIENT),
                        "--target", List.of(Kind.PROJECT, Kind.CLIENT),
                        "--service", List.of(Kind.SERVICE),
                        "--category", List.of(Kind.CATEGORY),
                        "--member", List.of(Kind.TEAM_MEMBER)),
                Map.of(
                        "<client>", List.of(Kind.CLIENT),
                        "<project>", List.of(Kind.PROJECT),
                        "<service>", List.of(Kind.SERVICE)));
    }

    /** How {@code arg}'s values complete. */
    public Values valuesOf(ArgSpec arg) {
        Iterable<String> candidates = arg.completionCandidates();
        if (candidates != null) {
            List<String> words = new java.util.ArrayList<>();
            candidates.forEach(words::add);
            if (!words.isEmpty()) {
                return Values.choices(words);
            }
        }
        List<Kind> kinds = null;
        if (arg instanceof OptionSpec o) {
            for (String name : o.names()) {
                kinds = optionNames.get(name);
                if (kinds != null) {
                    break;
                }
            }
        } else if (arg instanceof PositionalParamSpec p) {
            kinds = positionalLabels.get(p.paramLabel());
        }
        if (kinds != null) {
            return Values.names(kinds);
        }
        Class<?> type = arg.typeInfo().isMultiValue() && arg.typeInfo().getAuxiliaryTypes().length > 0
                ? arg.typeInfo().getAuxiliaryTypes()[0]
                : arg.type();
        String label = arg.paramLabel() == null ? "" : arg.paramLabel().toLowerCase(Locale.ROOT);
        if (type == File.class
                || "java.nio.file.Path".equals(type.getName())
                || label.equals("<file>")
                || label.equals("<path>")) {
            return Values.files();
        }
        return Values.none();
    }
}
