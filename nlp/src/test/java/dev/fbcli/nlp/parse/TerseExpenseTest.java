package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An expense typed as a list of fields ({@link TerseExpense}) and well-known merchants ({@link
 * Merchants}): each run of words read by what it is, never by a guess the rules were sure of.
 * New wordings, not the corpus's.
 */
class TerseExpenseTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final ParseContext CTX = new ParseContext(TODAY, ZoneId.of("UTC"), GazetteerTest.DEMO);
    private final RuleBasedIntentParser parser = new RuleBasedIntentParser();

    private Frame parse(String text) {
        return parser.parse(text, CTX);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "exp 42.10 staples printer paper office supplies admin proj | staples | office supplies | printer paper"
                        + " | project=admin",
                "hilton 412.00 3 nights denver hotel/lodging initech | hilton | hotel/lodging | 3 nights denver"
                        + " | target=initech",
                "uber 18.40 taxi & parking ride to globex office client globex | uber | taxi & parking"
                        + " | ride to globex office | client=globex",
                "exp 19.99 figma softwre design seats | figma | software | design seats | ",
                "64.20 fedex shipping sample boxes | fedex | shipping | sample boxes | ",
                "paid 600 to Lena Park contract labor apollo proj | Lena Park | contract labor | | project=apollo",
            })
    void should_read_each_field_of_an_expense_typed_as_a_list(
            String text, String vendor, String category, String note, String who) {
        Frame f = parse(text);
        assertThat(f.intent()).as(f.toJson()).isEqualTo("expense.create");
        assertThat(String.valueOf(f.slots().get("vendor"))).as(f.toJson()).isEqualToIgnoringCase(vendor);
        assertThat(f.slots()).as(f.toJson()).containsEntry("category", category);
        if (note != null) {
            assertThat(f.slots()).as(f.toJson()).containsEntry("note", note);
        }
        if (who != null) {
            String[] kv = who.split("=");
            assertThat(String.valueOf(f.slots().get(kv[0]))).as(f.toJson()).isEqualToIgnoringCase(kv[1]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "regus 38.50 tue rent or lease meeting room client initech | regus | meeting room | client=initech",
                "godaddy 24.99 software domain renewal kiosk app proj | godaddy | domain renewal | project=kiosk app",
            })
    void should_read_money_and_a_category_typed_with_a_marker_as_an_expense_not_a_page(
            String text, String vendor, String note, String who) {
        Frame f = parse(text);
        assertThat(f.intent()).as(f.toJson()).isEqualTo("expense.create");
        assertThat(f.slots()).as(f.toJson()).containsEntry("vendor", vendor).containsEntry("note", note);
        String[] kv = who.split("=");
        assertThat(f.slots()).as(f.toJson()).containsEntry(kv[0], kv[1]);
        assertThat(f.confidence()).isLessThan(Confidence.ACT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"expense 30 for Zoom | Zoom", "15 bucks on lyft | lyft", "add a 25 euro expense for Slack | Slack"
            })
    void should_read_a_well_known_merchant_after_for_or_on_as_the_vendor(String text, String vendor) {
        Frame f = parse(text);
        assertThat(f.slots()).as(f.toJson()).containsEntry("vendor", vendor).doesNotContainKey("target");
    }

    @Test
    void should_keep_a_merchant_the_account_knows_as_a_client_as_the_client() {
        AccountNames names = new AccountNames(List.of("Slack"), List.of(), List.of(), List.of());
        Frame f = parser.parse("add a 25 euro expense for Slack", new ParseContext(TODAY, ZoneId.of("UTC"), names));
        assertThat(f.slots()).as(f.toJson()).containsEntry("target", "Slack").doesNotContainKey("vendor");
    }

    @Test
    void should_leave_a_sentence_to_the_grammar() {
        Frame f = parse("I paid €35 for a taxi on Friday for Tyrell Corporation.");
        assertThat(f.slots())
                .as(f.toJson())
                .containsEntry("target", "Tyrell Corporation")
                .doesNotContainKey("vendor");
    }

    @Test
    void should_never_change_a_reading_the_rules_were_sure_of() {
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("amount", new dev.fbcli.nlp.intent.Money(new java.math.BigDecimal("42.10"), null));
        slots.put("vendor", "something else");
        slots.put("date", TODAY);
        Frame sure = Frame.of(
                "exp 42.10 staples printer paper office supplies admin proj",
                dev.fbcli.nlp.intent.IntentType.fromWire("expense.create"),
                slots,
                0.9,
                "rules");
        assertThat(TerseExpense.apply(sure.input(), sure, CTX)).isSameAs(sure);
        Frame unsure = sure.withConfidence(0.7, "rules");
        Frame read = TerseExpense.apply(unsure.input(), unsure, CTX);
        assertThat(read.slots()).containsEntry("vendor", "staples").containsEntry("note", "printer paper");
        assertThat(read.confidence()).isEqualTo(0.7);
    }
}
