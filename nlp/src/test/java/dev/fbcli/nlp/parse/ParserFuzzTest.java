package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.Intent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Random and adversarial text: the parser never throws (it is called through
 * {@code parseStrict}, which does not hide bugs), always returns a valid frame whose JSON reads
 * back to the same frame, refuses with no slots, and maps to an intent without error. Inputs are
 * bounded by {@link RuleBasedIntentParser#MAX_INPUT} plus some, so over-long input is covered too.
 */
class ParserFuzzTest {
    private static final ParseContext CTX = new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC"));
    private static final RuleBasedIntentParser PARSER = new RuleBasedIntentParser();

    private static void check(String text) {
        Frame f = PARSER.parseStrict(text, CTX);
        assertThat(f).isNotNull();
        assertThat(f.input()).isEqualTo(text);
        assertThat(f.confidence()).isBetween(0.0, 1.0);
        String json = f.toJson();
        assertThat(json).doesNotContain("\n");
        assertThat(Frame.fromJson(json)).isEqualTo(f);
        if (f.isUnknown()) {
            assertThat(f.slots()).isEmpty();
        }
        Intent i = IntentMapper.toIntent(f);
        assertThat(i).isNotNull();
    }

    @Property(tries = 1500)
    void should_return_a_valid_frame_when_text_is_any_unicode(@ForAll @StringLength(max = 620) String text) {
        check(text);
    }

    @Property(tries = 1500)
    void should_return_a_valid_frame_when_words_are_a_salad_of_the_grammars_own(@ForAll("salad") String text) {
        check(text);
    }

    @Property(tries = 300)
    void should_return_a_valid_frame_when_a_fragment_repeats_to_the_limit(@ForAll("repeats") String text) {
        check(text);
    }

    @Provide
    Arbitrary<String> salad() {
        List<String> vocab = List.of(
                "log",
                "lgo",
                "invoice",
                "invocie",
                "bill",
                "expense",
                "client",
                "clients",
                "project",
                "projects",
                "timer",
                "start",
                "stop",
                "show",
                "list",
                "send",
                "email",
                "paid",
                "mark",
                "payment",
                "owe",
                "update",
                "rename",
                "assign",
                "add",
                "new",
                "create",
                "for",
                "on",
                "to",
                "at",
                "from",
                "of",
                "with",
                "the",
                "a",
                "an",
                "'s",
                "Acme",
                "Acme Corp",
                "Globex",
                "Initech",
                "design",
                "note:",
                "non-billable",
                "billable",
                "net",
                "due",
                "in",
                "days",
                "old",
                "over",
                "$1,200",
                "€2,000",
                "1 200 €",
                "1.2k",
                "45 euros",
                "300 CAD",
                "$120/hour",
                "an hour",
                "3 hours",
                "2h15m",
                "1:30",
                "an hour and a half",
                "from 9 to 11:30",
                "half an hour",
                "yesterday",
                "last Friday",
                "this week",
                "the last 7 days",
                "since Monday",
                "in October",
                "March 31",
                "2026-11-02",
                "11/20",
                "#117",
                "0042",
                "invoice 57",
                "hank@globex.com",
                "416-555-0199",
                "(212) 555-0147",
                "~/r/a.pdf",
                "/tmp/x.jpg",
                "http://x.example",
                ",",
                ".",
                ":",
                "?",
                "!",
                ";",
                "&",
                "-",
                "'",
                "\"",
                "(",
                ")",
                "please",
                "could",
                "you",
                "I",
                "worked",
                "spent",
                "how",
                "many",
                "hours",
                "what",
                "which",
                "who",
                "called",
                "named",
                "contact",
                "phone",
                "budget",
                "hourly",
                "fixed price",
                "latest",
                "by check",
                "DROP",
                "TABLE",
                "rm",
                "-rf",
                "ignore",
                "instructions",
                "\t",
                "\u0000",
                "\uffff",
                "é",
                "日本",
                "🙂",
                "0",
                "99999999999999");
        return Arbitraries.of(vocab).list().ofMinSize(0).ofMaxSize(60).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<String> repeats() {
        Arbitrary<String> fragment = Arbitraries.of(
                "1 ",
                "1",
                "a ",
                "$",
                "$1",
                "1,",
                ",000",
                "from 9 to ",
                "9 to ",
                "@",
                "a@",
                "a.",
                "/",
                "~/",
                "hour and a half ",
                "an hour and ",
                "and a half ",
                "1h",
                "1:",
                "1:30 ",
                "the ",
                "'s ",
                "Acme ",
                "#",
                "0",
                "invoice ",
                "last ",
                "since ",
                "ago ",
                "days ",
                "k",
                " ",
                "-",
                "1-",
                "555-",
                "(",
                "((",
                "))",
                "e",
                "é",
                "🙂",
                "\"",
                "'",
                ":",
                "note: ",
                "select ",
                "ignore ");
        Arbitrary<Integer> count = Arbitraries.integers().between(1, 700);
        return Combinators.combine(fragment, count)
                .as((f, n) -> f.repeat(n).substring(0, Math.min(f.length() * n, 700)));
    }
}
