package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.InvoiceStatus;
import dev.fbcli.nlp.intent.NameRef;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntentMapperTest {
    private final ParseContext ctx = new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC"));
    private final RuleBasedIntentParser parser = new RuleBasedIntentParser();

    @Test
    void should_map_every_intent_and_back_to_the_same_frame_when_the_phrase_sets_are_parsed() {
        // given
        Set<IntentType> seen = EnumSet.noneOf(IntentType.class);
        for (String set : new String[] {"/nlp/dev.jsonl", "/nlp/heldout.jsonl", "/nlp/blind.jsonl"}) {
            for (Scorer.Case c : Scorer.load(set)) {
                Frame f = parser.parse(c.text(), ctx);

                // when
                Intent i = IntentMapper.toIntent(f);
                Frame back = IntentMapper.toFrame(i, f.input(), f.confidence(), f.parser());

                // then
                seen.add(i.type());
                if (i instanceof Intent.Unsupported u) {
                    assertThat(f.isUnknown()).as(c.text() + " -> " + u.reason()).isTrue();
                    assertThat(back.isUnknown()).isTrue();
                } else {
                    // an intent does not carry the parser's corrections ("read 'lgo' as log")
                    assertThat(back).as(c.text()).isEqualTo(f.withCorrections(java.util.List.of()));
                }
            }
        }
        // the intents of the original contract; AddedIntentsTest covers the added ones
        assertThat(seen).containsAll(EnumSet.range(IntentType.INVOICE_CREATE, IntentType.PROJECT_ASSIGN));
        assertThat(seen).contains(IntentType.UNKNOWN);
    }

    @Test
    void should_give_typed_values_when_a_frame_is_mapped() {
        Intent i = IntentMapper.toIntent(parser.parse("log 1:30 on project Apollo last Friday, non-billable", ctx));

        assertThat(i).isInstanceOf(Intent.LogTime.class);
        Intent.LogTime t = (Intent.LogTime) i;
        assertThat(t.durationMinutes()).isEqualTo(90);
        assertThat(t.on()).isEqualTo(NameRef.project("Apollo"));
        assertThat(t.date()).isEqualTo("2026-11-20");
        assertThat(t.billable()).isFalse();
        assertThat(t.writes()).isTrue();

        Intent.ListInvoices l = (Intent.ListInvoices)
                IntentMapper.toIntent(parser.parse("Show me all unpaid invoices over 30 days old", ctx));
        assertThat(l.status()).isEqualTo(InvoiceStatus.UNPAID);
        assertThat(l.olderThanDays()).isEqualTo(30);
        assertThat(l.writes()).isFalse();
    }

    @Test
    void should_ask_when_required_slots_are_missing() {
        Intent i = IntentMapper.toIntent(parser.parse("log design on Acme", ctx));

        assertThat(i).isInstanceOf(Intent.Clarify.class);
        assertThat(((Intent.Clarify) i).missing()).containsExactly("duration_minutes");
        assertThat(i.type()).isEqualTo(IntentType.TIME_LOG);
    }

    @Test
    void should_refuse_with_the_reason_when_values_break_an_invariant() {
        Frame f = Frame.of(
                "log 30 hours",
                IntentType.TIME_LOG,
                Map.of("duration_minutes", 1800, "date", LocalDate.parse("2026-11-24")),
                0.5,
                "llm");

        Intent i = IntentMapper.toIntent(f);

        assertThat(i).isInstanceOf(Intent.Unsupported.class);
        assertThat(((Intent.Unsupported) i).reason()).contains("24 hours");
    }

    @Test
    void should_refuse_when_the_frame_is_unknown() {
        Intent i = IntentMapper.toIntent(parser.parse("tell me a joke", ctx));

        assertThat(i).isInstanceOf(Intent.Unsupported.class);
        assertThat(i.type()).isEqualTo(IntentType.UNKNOWN);
        assertThat(i.writes()).isFalse();
    }
}
