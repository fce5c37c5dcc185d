package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.fbcli.nlp.intent.Frame;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to make a backtracking regex explode: long runs of digits, separators, spaces,
 * word characters before a missing '@', nested parentheses. Every extractor uses bounded,
 * non-nested quantifiers on input of at most {@link RuleBasedIntentParser#MAX_INPUT} characters, so
 * these finish at once. The 60-second bound is a hang guard only (a catastrophic pattern takes
 * minutes to hours); it says nothing about speed, which docs/BENCHMARKS.md measures.
 */
class PathologicalInputTest {

    @Test
    void should_finish_and_return_a_frame_when_input_is_built_to_backtrack() {
        // given
        ParseContext ctx = new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC"));
        RuleBasedIntentParser parser = new RuleBasedIntentParser();
        List<String> inputs = new ArrayList<>();
        for (String unit : List.of(
                "1",
                "1,",
                "1 ",
                "a",
                "a.",
                "a-",
                "_",
                "1.",
                "$",
                "( ",
                "1:",
                "1h",
                "x@",
                ".",
                "~/",
                "-",
                "9 to ",
                "and a half ",
                "the ",
                "Acme ",
                "'s")) {
            for (int n : new int[] {100, 250, 499, 500}) {
                String s = unit.repeat(n);
                inputs.add(s.substring(0, Math.min(s.length(), 500)));
                inputs.add("log " + s.substring(0, Math.min(s.length(), 480)) + "!");
            }
        }

        // when / then
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String in : inputs) {
                Frame f = parser.parseStrict(in, ctx);
                assertThat(f).isNotNull();
            }
        });
    }
}
