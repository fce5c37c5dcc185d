package dev.fbcli.cli.resolve;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.prompt.Prompter;
import java.util.List;
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
            int i = prompter.choose(
                    "Which " + said + "?",
                    options.stream().map(Candidate::label).toList());
            return options.get(i);
        };
    }

    static Chooser failing() {
        return (kind, said, options) -> {
            throw new CliException.Usage(
                    "'" + said + "' matches several " + kind + "s: "
                            + options.stream().map(c -> c.name()).collect(Collectors.joining(", ")),
                    "say which one, for example '" + options.get(0).name() + "'");
        };
    }
}
