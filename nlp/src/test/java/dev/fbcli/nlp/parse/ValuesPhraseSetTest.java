package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The values-and-scope set ({@code values.jsonl}: bare amounts, rates, several lines, net terms,
 * start times, refused values, verbs fb does not carry out, the added intents), written before
 * the fixes, under a ratchet: the rows that fail are listed in {@code values.known-failures.txt};
 * a row not listed that fails is a regression, and a listed row that now passes must be taken off
 * the list. A refused row counts as passing only when the frame says why ({@code reason}).
 */
class ValuesPhraseSetTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    @Test
    void should_fail_exactly_the_known_rows_when_scoring_the_values_set() throws IOException {
        // given
        var cases = Scorer.load("/nlp/values.jsonl");
        Set<String> known = knownFailures();
        var parser = new RuleBasedIntentParser();

        // when
        Scorer.Result r = Scorer.run(parser, cases, TODAY);
        Set<String> failing = new LinkedHashSet<>();
        List<String> detail = new ArrayList<>();
        for (Scorer.Failure f : r.failures()) {
            failing.add(f.c().text());
            detail.add(f.toString());
        }
        for (Scorer.Case c : cases) {
            if (c.intent().equals("unknown")) {
                Frame got = parser.parse(c.text(), new ParseContext(TODAY, java.time.ZoneId.of("UTC")));
                if (got.intent().equals("unknown") && got.reason() == null && failing.add(c.text())) {
                    detail.add("- " + c.text() + "\n  refused without a reason");
                }
            }
        }

        // then
        Set<String> regressions = new LinkedHashSet<>(failing);
        regressions.removeAll(known);
        Set<String> fixed = new LinkedHashSet<>(known);
        fixed.removeAll(failing);
        assertThat(regressions)
                .as("rows that fail and are not in values.known-failures.txt\n" + String.join("\n", detail))
                .isEmpty();
        assertThat(fixed)
                .as("rows that now pass: take them off values.known-failures.txt")
                .isEmpty();
    }

    private static Set<String> knownFailures() throws IOException {
        try (InputStream in = ValuesPhraseSetTest.class.getResourceAsStream("/nlp/values.known-failures.txt")) {
            Set<String> out = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        }
    }
}
