package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Correction;
import dev.fbcli.nlp.intent.Frame;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The account's names and the typo corrector, through the whole parser (the lexical front). */
class GazetteerTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    /** The names of the sandbox's demo account. */
    static final AccountNames DEMO = new AccountNames(
            List.of(
                    "Acme Corp",
                    "Globex Inc",
                    "Initech",
                    "Umbrella Corp",
                    "Umbrella Health",
                    "Stark Industries",
                    "Wayne Enterprises",
                    "Tyrell Corporation"),
            List.of("Website Redesign", "Apollo", "Mobile App", "Data Migration", "Admin", "Security Review"),
            List.of(
                    "Design",
                    "Development",
                    "Consulting",
                    "Research",
                    "Meetings",
                    "QA Testing",
                    "Training",
                    "Support",
                    "Copywriting",
                    "Admin"),
            List.of("Travel", "Meals", "Office Supplies", "Software"),
            List.of("Staples", "Air Canada", "Blue Bottle", "Dropbox", "Apple", "Hilton"));

    private final RuleBasedIntentParser parser = new RuleBasedIntentParser();

    private Frame parse(String text, AccountNames names) {
        return parser.parse(text, new ParseContext(TODAY, ZoneId.of("UTC"), names));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "exp 18.20 coffee blue botle meals | Blue Bottle",
                "spent 45 at stapels on office supplies | Staples",
                "exp 420 air canda airfare apollo | Air Canada",
                "last expense vendor dropbx | Dropbox",
            })
    void should_spell_a_vendor_as_the_account_does_when_it_is_typed_with_a_slip(String text, String vendor) {
        Frame f = parse(text, DEMO);

        Object said = f.slots().containsKey("new_vendor")
                ? f.slots().get("new_vendor")
                : f.slots().get("vendor");
        assertThat(said).as(f.toJson()).isEqualTo(vendor);
        assertThat(f.corrections())
                .as("the correction is said")
                .extracting(c -> c.to())
                .contains(vendor);
    }

    @Test
    void should_keep_a_vendor_as_typed_when_the_account_has_no_vendor_that_close() {
        Frame f = parse("spent 45 at staplez hardware on office supplies", DEMO);

        assertThat(String.valueOf(f.slots().get("vendor"))).as(f.toJson()).doesNotContain("Staples");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "what does acme owe me | what does Acme owe me",
                "show invoices for globex | show invoices for Globex",
                "list projects for initech | list projects for Initech",
                "log 2h design initech | log 2h design Initech",
                "log 2 hours on website redesign | log 2 hours on Website Redesign",
                "list unpaid invoices for stark industries | list unpaid invoices for Stark Industries",
                "start a timer for umbrella | start a timer for Umbrella",
                "log 1 hour of research on apollo yesterday | log 1 hour of research on Apollo yesterday"
            })
    void should_read_a_lower_case_name_as_the_capitalised_one_when_the_account_has_it(String lower, String upper) {
        // when
        Frame low = parse(lower, DEMO);
        Frame up = parse(upper, DEMO);

        // then
        assertThat(LexicalFront.sameReading(low, up))
                .as(low.toJson() + "\n" + up.toJson())
                .isTrue();
        assertThat(low.confidence()).isEqualTo(up.confidence());
        assertThat(low.corrections()).isEmpty();
        assertThat(low.toJson()).as("names as typed").doesNotContainPattern("[A-Z]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "what does acme owe me | what does Acme owe me",
                "how much does globex owe | how much does Globex owe",
                "show invoices for globex | show invoices for Globex",
                "list projects for initech | list projects for Initech",
                "record a $500 payment from globex | record a $500 payment from Globex",
                "send the latest invoice to wayne enterprises | send the latest invoice to Wayne Enterprises",
                "invoice acme $1,200 for the homepage | invoice Acme $1,200 for the homepage"
            })
    void should_read_a_lower_case_name_as_the_capitalised_one_when_the_sentence_says_it_is_a_name(
            String lower, String upper) {
        // when: no account names at all
        Frame low = parse(lower, AccountNames.none());
        Frame up = parse(upper, AccountNames.none());

        // then
        assertThat(LexicalFront.sameReading(low, up))
                .as(low.toJson() + "\n" + up.toJson())
                .isTrue();
        assertThat(low.confidence()).isEqualTo(up.confidence());
    }

    @Test
    void should_keep_the_service_apart_when_a_lower_case_client_follows_it_without_names() {
        // when
        Frame f = parse("log 2h consulting umbrella", AccountNames.none());

        // then
        assertThat(f.slots()).containsEntry("service", "consulting").containsEntry("target", "umbrella");
        assertThat(f.confidence()).as("a guess from word order: asked").isLessThan(0.8);
    }

    @Test
    void should_be_sure_of_the_split_when_the_account_has_the_name() {
        // when
        Frame f = parse("log 2h consulting umbrella", DEMO);

        // then
        assertThat(f.slots()).containsEntry("service", "consulting").containsEntry("target", "umbrella");
        assertThat(f.confidence()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void should_not_read_an_activity_as_a_name_when_it_follows_for() {
        // when
        Frame low = parse("log 2 hours for gardening", AccountNames.none());
        Frame capital = parse("log 2 hours for Gardening", AccountNames.none());

        // then: not given the capitalised reading's confidence
        assertThat(low.confidence()).isLessThan(capital.confidence());
    }

    @Test
    void should_read_a_typo_of_a_name_as_the_account_spells_it_and_say_so() {
        // when
        Frame typo = parse("log 2h design globx", DEMO);
        Frame right = parse("log 2h design Globex", DEMO);
        Frame two = parse("show unpaid invoices for Stark Industires", DEMO);

        // then: as a misspelt service or day is, with the correction on the plan card
        assertThat(typo.slots()).containsEntry("target", "Globex").containsEntry("service", "design");
        assertThat(typo.corrections()).containsExactly(new Correction("globx", "Globex"));
        assertThat(typo.confidence()).isLessThan(right.confidence());
        assertThat(two.slots()).containsEntry("client", "Stark Industries");
    }

    @Test
    void should_keep_a_name_the_account_does_not_have_as_typed() {
        Frame f = parse("log 2h design on Globotech", DEMO);
        assertThat(f.slots()).containsEntry("target", "Globotech");
        assertThat(f.corrections()).isEmpty();
    }

    @Test
    void should_name_a_new_client_as_said_when_it_looks_like_an_existing_one() {
        // when
        Frame f = parse("add client globx", DEMO);

        // then
        assertThat(f.intent()).isEqualTo("client.create");
        assertThat(f.slots()).containsEntry("organization", "globx");
        assertThat(f.corrections()).isEmpty();
    }

    @Test
    void should_read_a_misspelt_service_as_the_account_s_service_and_say_so() {
        // when
        Frame f = parse("log 2 hours desing for Acme", DEMO);

        // then
        assertThat(f.slots()).containsEntry("service", "design").containsEntry("target", "Acme");
        assertThat(f.corrections()).extracting(c -> c.from() + "->" + c.to()).containsExactly("desing->design");
    }

    @Test
    void should_read_a_misspelt_common_service_without_the_account_s_names() {
        Frame f = parse("log 1.5 hours of suport on Umbrella Health", AccountNames.none());
        assertThat(f.slots()).containsEntry("service", "support");
        assertThat(f.corrections()).extracting(c -> c.from() + "->" + c.to()).containsExactly("suport->support");
    }

    @Test
    void should_not_correct_a_word_when_it_is_one_of_the_account_names() {
        // given: a client whose name is a typo of a vocabulary word
        AccountNames names = new AccountNames(List.of("Desing Co"), List.of(), List.of(), List.of());

        // when
        Frame f = parse("show invoices for desing", names);

        // then
        assertThat(f.slots()).containsEntry("client", "desing");
        assertThat(f.corrections()).isEmpty();
    }

    @Test
    void should_report_the_correction_and_cost_a_little_confidence_when_a_word_had_a_typo() {
        // when
        Frame typo = parse("log 2h on Acme tuseday", AccountNames.none());
        Frame right = parse("log 2h on Acme tuesday", AccountNames.none());

        // then
        assertThat(typo.slots()).isEqualTo(right.slots());
        assertThat(typo.corrections()).containsExactly(new Correction("tuseday", "tuesday"));
        assertThat(typo.confidence()).isEqualTo(right.confidence() - LexicalFront.CORRECTION_COST, within(0.001));
        assertThat(typo.describe()).contains("read 'tuseday' as tuesday");
        assertThat(right.corrections()).isEmpty();
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"log 2hrss on Acme, 2hrss, 2hrs, 120", "log 45minuets on Acme, 45minuets, 45minutes, 45"})
    void should_correct_the_unit_when_it_is_mistyped_against_the_number(String text, String from, String to, int min) {
        // when
        Frame f = parse(text, AccountNames.none());

        // then
        assertThat(f.slots()).containsEntry("duration_minutes", min).containsEntry("target", "Acme");
        assertThat(f.corrections()).containsExactly(new Correction(from, to));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "email invoice 77 to bill@tommorow.example | email | bill@tommorow.example",
                "add an expense of $12 for parking, receipt at /tmp/tommorow.jpg | receipt | /tmp/tommorow.jpg",
                "log 2 hours on \"Tuseday Project\" | target | Tuseday Project",
                "add an expense of $12 for parking, receipt at /tmp/2hrss.jpg | receipt | /tmp/2hrss.jpg"
            })
    void should_leave_the_text_as_typed_when_a_typo_is_in_an_address_a_path_or_quotes(
            String text, String slot, String value) {
        // when
        Frame f = parse(text, DEMO);

        // then
        assertThat(f.slots().get(slot)).as(f.toJson()).isEqualTo(value);
        assertThat(f.corrections()).isEmpty();
    }

    @Test
    void should_not_correct_a_word_when_it_is_in_single_quotes() {
        // when
        Frame f = parse("log 2 hours on 'tuseday project'", DEMO);

        // then
        assertThat(f.toJson()).doesNotContain("tuesday");
        assertThat(f.corrections()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"log 2h on Augusta, Augusta", "log 2h for Marc, Marc", "log 2h on Junes, Junes"})
    void should_keep_a_capitalised_name_when_it_only_looks_like_a_day_or_a_month(String text, String name) {
        // when
        Frame f = parse(text, AccountNames.none());

        // then
        assertThat(f.slots()).containsEntry("target", name);
        assertThat(f.corrections()).isEmpty();
    }

    @Test
    void should_not_report_corrections_when_the_phrase_is_not_understood() {
        // when
        Frame f = parse("order a pizza for tommorow", AccountNames.none());

        // then
        assertThat(f.intent()).isEqualTo("unknown");
        assertThat(f.corrections()).isEmpty();
    }

    @Test
    void should_reuse_the_gazetteer_when_the_names_are_the_same() {
        assertThat(Gazetteer.of(DEMO)).isSameAs(Gazetteer.of(DEMO));
        assertThat(Gazetteer.of(AccountNames.none()).isEmpty()).isTrue();
        assertThat(Gazetteer.of(DEMO).knows("globex")).isTrue();
        assertThat(Map.of()).isEmpty();
    }
}
