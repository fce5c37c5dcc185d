package dev.fbcli.cli.resolve;

import java.util.List;

/** What a name said by the user resolved to. */
public sealed interface Resolution {

    /** One record, and how it was found (for {@code -v} output and tests). */
    record Match(Candidate candidate, How how) implements Resolution {}

    /** Several records fit equally well: ask which, or list them in the error. */
    record Ambiguous(List<Candidate> candidates) implements Resolution {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /** Nothing fits; {@code suggestions} are the closest names, best first (may be empty). */
    record NotFound(List<Candidate> suggestions) implements Resolution {
        public NotFound {
            suggestions = List.copyOf(suggestions);
        }
    }

    /** The rule that found a match, strictest first. */
    enum How {
        ID,
        EXACT,
        CASE_INSENSITIVE,
        PREFIX_OR_WORDS,
        FUZZY,
        MEANING
    }
}
