package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code front.jsonl}: 60 phrases of the lexical front's classes (typos of days, units, verbs,
 * nouns, services and statuses; lower-case client and project names; a lower-case client after a
 * service word; text that must not be corrected), written before the front was. A ratchet: the
 * phrases that fail are exactly those listed below (none today), so a regression fails the test
 * and a fix must take its phrase off the list. Scored without account names (as nlp-eval runs)
 * and with the demo account's.
 */
class FrontPhraseSetTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    /** Phrases known to fail without account names. */
    private static final Set<String> KNOWN_FAILURES = Set.of();

    /** Phrases known to fail with the demo account's names. */
    private static final Set<String> KNOWN_FAILURES_WITH_NAMES = Set.of();

    @Test
    void should_fail_only_the_known_phrases_when_parsing_without_account_names() {
        check(new RuleBasedIntentParser(), KNOWN_FAILURES);
    }

    @Test
    void should_fail_only_the_known_phrases_when_parsing_with_the_account_names() {
        RuleBasedIntentParser rules = new RuleBasedIntentParser();
        IntentParser withNames = (text, ctx) -> rules.parse(text, ctx.withNames(GazetteerTest.DEMO));
        check(withNames, KNOWN_FAILURES_WITH_NAMES);
    }

    private static void check(IntentParser parser, Set<String> known) {
        // given
        List<Scorer.Case> cases = Scorer.load("/nlp/front.jsonl");

        // when
        Scorer.Result r = Scorer.run(parser, cases, TODAY);

        // then
        String failures = r.failures().stream().map(Object::toString).collect(Collectors.joining("\n"));
        Set<String> failed = r.failures().stream().map(f -> f.c().text()).collect(Collectors.toSet());
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        assertThat(failed).as(r.summary() + "\n" + failures).isEqualTo(known);
        assertThat(r.confidentWrong())
                .as("wrong frames with confidence >= 0.8\n" + failures)
                .isZero();
        assertThat(r.unknownRefused()).isEqualTo(r.unknownExpected());
    }
}
