package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ratchet on the corpus of {@code nlp/corpus/}: each set of {@code corpus/ratchet.properties}
 * is parsed in-process and scored with the comparison of ../shared/tools/nlp-eval ({@link Scorer});
 * the build fails when its frame accuracy falls below the recorded floor or its share of wrong
 * frames at confidence ≥ 0.8 (the ones fb acts on without asking) rises above the recorded ceiling.
 * Floors only go up and ceilings only go down: when a change improves a set, raise its numbers in
 * the same commit. The test split is scored once per change and never used to choose a fix.
 */
class CorpusTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    static Stream<CorpusSets.Set> sets() {
        return CorpusSets.ratchet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void should_stay_above_its_floor_and_below_its_ceiling_when_a_corpus_set_is_scored(CorpusSets.Set set) {
        // given
        var cases = CorpusSets.cases(set);

        // when
        Scorer.Result r = Scorer.run(new RuleBasedIntentParser(), cases, TODAY, GazetteerTest.DEMO);

        // then
        double confidentWrong = (double) r.confidentWrong() / r.n();
        String line = String.format(
                Locale.ROOT,
                "%s: %s; confidently wrong share %.3f (floor %.3f, ceiling %.3f)",
                set.name(),
                r.summary(),
                confidentWrong,
                set.minAccuracy(),
                set.maxConfidentWrong());
        System.out.println(line);
        // the ratchet only moves one way: say when this run would let it move
        double floor = Math.floor(r.accuracy() * 1000) / 1000;
        double ceiling = Math.ceil(confidentWrong * 1000) / 1000;
        if (floor > set.minAccuracy() || ceiling < set.maxConfidentWrong()) {
            System.out.printf(
                    Locale.ROOT,
                    "ratchet: %s can move to %s.accuracy.min = %.3f, %s.confident_wrong.max = %.3f%n",
                    set.name(),
                    set.name(),
                    Math.max(floor, set.minAccuracy()),
                    set.name(),
                    Math.min(ceiling, set.maxConfidentWrong()));
        }
        // A held-out set's failures are never shown: they would be read, and then chosen from (SPLIT.md)
        String failures = set.name().contains(".test")
                ? "(not shown: " + set.name() + " is held out; fix classes found in the train and dev sets)"
                : r.failures().stream()
                        .limit(40)
                        .map(f -> f + "  confidence " + f.got().confidence())
                        .collect(Collectors.joining("\n"));
        assertThat(r.n()).as(set.name() + " has phrases").isPositive();
        assertThat(r.accuracy())
                .as(line + "\nframe accuracy fell below the recorded floor; first failures:\n" + failures)
                .isGreaterThanOrEqualTo(set.minAccuracy());
        assertThat(confidentWrong)
                .as(line + "\nmore wrong frames at confidence >= 0.8 than the recorded ceiling; first failures:\n"
                        + failures)
                .isLessThanOrEqualTo(set.maxConfidentWrong());
    }
}
