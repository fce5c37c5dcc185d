package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import java.time.LocalDate;
import java.time.ZoneId;

/** What the phrase tables share: the parse on the corpora's day, and the check of a frame's intent and slots. */
final class FrameAssertions {
    private FrameAssertions() {}

    private static final RuleBasedIntentParser PARSER = new RuleBasedIntentParser();

    /** {@code text} read by the rules on the corpora's day (2026-11-24, UTC), with no account names. */
    static Frame parse(String text) {
        return PARSER.parse(text, new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC")));
    }

    /** {@code text} read as {@link #parse} does, with the demo account's names as the account's (GazetteerTest.DEMO). */
    static Frame parseWithDemoNames(String text) {
        return PARSER.parse(
                text, new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC"), GazetteerTest.DEMO));
    }

    /**
     * Asserts {@code f} has {@code intent} and each slot of {@code slots} ({@code "key=value, key=value"},
     * a value may hold ", "; null or empty: no slot checked), each value compared as its text.
     */
    static void assertReadAs(Frame f, String intent, String slots) {
        assertThat(f.intent()).as(f.toJson()).isEqualTo(intent);
        if (slots == null || slots.isEmpty()) {
            return;
        }
        for (String kv : slots.split(", (?=[a-z_]+=)")) {
            String[] p = kv.split("=", 2);
            assertThat(String.valueOf(f.slots().get(p[0]))).as(f.toJson()).isEqualTo(p[1]);
        }
    }
}
