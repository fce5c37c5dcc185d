package dev.fbcli.cli.resolve;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.prompt.Prompter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What happens when a name fits several records: a person at a terminal picks one by number
 * ("Which Umbrella? 1) Umbrella Corp 2) Umbrella Health"); a script gets a usage error that lists
 * them.
 */
public interface Chooser {

    Candidate choose(String kind, String said, List<Candidate> options);

    static Chooser prompting(Prompter prompter) {
        return (kind, said, options) -> {
            int i = prompter.choose("Which " + said + "?", labels(options, Candidate::label));
            return options.get(i);
        };
    }

    static Chooser failing() {
        return (kind, said, options) -> {
            throw new CliException.Usage(
                    "'" + said + "' matches several " + kind + "s: "
                            + String.join(", ", labels(options, Candidate::name)),
                    "say which one, for example '" + options.get(0).name() + "'");
        };
    }

    /** The options' labels, each with its id where two would read the same ("Oscorp (id 112)"). */
    static List<String> labels(List<Candidate> options, Function<Candidate, String> text) {
        Map<String, Long> seen = options.stream()
                .collect(Collectors.groupingBy(c -> text.apply(c).toLowerCase(Locale.ROOT), Collectors.counting()));
        Function<Candidate, String> label = c -> seen.get(text.apply(c).toLowerCase(Locale.ROOT)) > 1
                ? text.apply(c) + " (id " + c.id() + ")"
                : text.apply(c);
        return options.stream().map(label).toList();
    }
}
