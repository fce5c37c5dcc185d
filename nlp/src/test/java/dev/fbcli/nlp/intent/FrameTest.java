package dev.fbcli.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameTest {

    @Test
    void should_write_the_json_of_intents_md_on_one_line_when_a_frame_is_printed() {
        // given: slots put in a scrambled order
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("service", "design");
        slots.put("target", "Acme");
        slots.put("date", LocalDate.parse("2026-11-23"));
        slots.put("duration_minutes", 180);
        Frame f = Frame.of("log 3 hours of design on Acme yesterday", IntentType.TIME_LOG, slots, 0.97, "rules");

        // when
        String json = f.toJson();

        // then: table order, no nulls, one line
        assertThat(json)
                .isEqualTo("{\"input\":\"log 3 hours of design on Acme yesterday\",\"intent\":\"time.log\","
                        + "\"slots\":{\"duration_minutes\":180,\"date\":\"2026-11-23\",\"target\":\"Acme\",\"service\":\"design\"},"
                        + "\"missing\":[],\"confidence\":0.97,\"parser\":\"rules\"}");
    }

    @Test
    void should_write_money_lines_and_times_as_the_contract_says_when_present() {
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("client", "Acme Corp");
        slots.put("total", Money.of("1200", null));
        slots.put("lines", List.of(new InvoiceLine("consulting", new BigDecimal("8.0"), Money.of("150", "EUR"))));
        slots.put("send", true);
        Frame f = Frame.of("x", IntentType.INVOICE_CREATE, slots, 0.9, "rules");

        assertThat(f.toJson())
                .contains("\"lines\":[{\"description\":\"consulting\",\"quantity\":8,"
                        + "\"unit_cost\":{\"amount\":\"150.00\",\"currency\":\"EUR\"}}]")
                .contains("\"total\":{\"amount\":\"1200.00\",\"currency\":null}")
                .contains("\"send\":true");
        Frame t = Frame.of(
                "x",
                IntentType.TIME_LOG,
                Map.of(
                        "duration_minutes",
                        150,
                        "date",
                        LocalDate.parse("2026-11-24"),
                        "start_time",
                        LocalTime.of(9, 0)),
                0.9,
                "rules");
        assertThat(t.toJson()).contains("\"start_time\":\"09:00\"");
    }

    @Test
    void should_escape_the_input_when_it_holds_quotes_and_controls() {
        Frame f = Frame.unknown("say \"hi\"\\\n\t\u0001", 0.9, "rules");

        assertThat(f.toJson()).startsWith("{\"input\":\"say \\\"hi\\\"\\\\\\n\\t\\u0001\",");
        assertThat(Frame.fromJson(f.toJson()).input()).isEqualTo(f.input());
    }

    @Test
    void should_list_missing_required_slots_in_table_order_when_they_are_not_given() {
        assertThat(Frame.of("", IntentType.PROJECT_ASSIGN, Map.of(), 0.5, "rules")
                        .missing())
                .containsExactly("project", "member");
        assertThat(Frame.of("", IntentType.INVOICE_SHOW, Map.of("client", "Acme", "which", "latest"), 0.5, "rules")
                        .missing())
                .isEmpty();
        assertThat(Frame.of(
                                "",
                                IntentType.CLIENT_CREATE,
                                Map.of("first_name", "Jane", "last_name", "Doe"),
                                0.5,
                                "rules")
                        .missing())
                .isEmpty();
        assertThat(Frame.of("", IntentType.PAYMENT_RECORD, Map.of("client", "Acme"), 0.5, "rules")
                        .missing())
                .isEmpty();
        assertThat(Frame.of("", IntentType.TIME_LOG, Map.of("date", LocalDate.parse("2026-11-24")), 0.5, "rules")
                        .missing())
                .containsExactly("duration_minutes");
    }

    @Test
    void should_read_back_the_same_frame_when_json_round_trips() {
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("title", "Mobile App");
        slots.put("client", "Initech");
        slots.put("budget_hours", new BigDecimal("40"));
        slots.put("billing_method", "fixed_price");
        slots.put("fixed_price", Money.of("15000", null));
        slots.put("due_date", LocalDate.parse("2027-03-31"));
        Frame f = Frame.of("new fixed price project", IntentType.PROJECT_CREATE, slots, 0.93, "rules");

        Frame back = Frame.fromJson(f.toJson());

        assertThat(back).isEqualTo(f);
        assertThat(back.toJson()).isEqualTo(f.toJson());
    }

    @Test
    void should_accept_an_llm_frame_when_optional_keys_are_absent() {
        Frame f = Frame.fromJson("{\"intent\":\"client.show\",\"slots\":{\"client\":\"Acme\",\"extra\":null}}"
                .replace(",\"extra\":null", ""));

        assertThat(f.slots()).containsEntry("client", "Acme");
        assertThat(f.missing()).isEmpty();
        assertThat(f.parser()).isEqualTo("llm");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"intent\":\"time.lgo\"}",
                "{\"intent\":\"time.log\",\"slots\":{\"duration_minutes\":\"three\"}}",
                "{\"intent\":\"time.log\",\"slots\":{\"colour\":\"red\"}}",
                "{\"intent\":\"invoice.list\",\"slots\":{\"status\":\"lost\"}}",
                "{\"intent\":\"unknown\",\"slots\":{\"client\":\"Acme\"}}",
                "{\"intent\":\"time.log\",\"confidence\":1.5}",
                "{\"intent\":\"time.log\",\"parser\":\"magic\"}",
                "{\"intent\":\"client.create\",\"slots\":{\"currency\":\"euro\"}}",
                "{\"intent\":\"time.log\",\"missing\":[\"service\"]}",
                "{\"intent\":\"time.log\",\"slots\":{\"date\":\"2026-02-30\"}}",
                "[1,2]",
                "{\"intent\":",
                "",
                "{\"intent\":\"time.log\"} trailing",
            })
    void should_refuse_with_a_message_when_frame_json_is_invalid(String json) {
        assertThatThrownBy(() -> Frame.fromJson(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("null");
    }

    @Test
    void should_refuse_nesting_when_json_is_deeper_than_any_frame() {
        String deep = "[".repeat(5000) + "]".repeat(5000);

        assertThatThrownBy(() -> Frame.fromJson(deep))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deeply");
    }

    @Test
    void should_describe_the_frame_for_people_when_not_json() {
        Frame f = Frame.of(
                "log design on Acme",
                IntentType.TIME_LOG,
                Map.of("date", LocalDate.parse("2026-11-24"), "target", "Acme", "service", "design"),
                0.75,
                "rules");

        assertThat(f.describe())
                .contains("log time (time.log)")
                .contains("confidence 0.75")
                .contains("target")
                .contains("Acme")
                .contains("missing: duration_minutes");
    }

    @Test
    void should_validate_values_when_records_are_built() {
        assertThatThrownBy(() -> Money.of("-1", null)).hasMessageContaining("negative");
        assertThatThrownBy(() -> Money.of("1", "usd")).hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> new DateRange(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-01")))
                .hasMessageContaining("before");
        assertThatThrownBy(() -> new InvoiceLine("x", BigDecimal.ZERO, null)).hasMessageContaining("positive");
        assertThatThrownBy(() -> InvoiceRef.number(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NameRef(" ", NameRef.Kind.CLIENT)).hasMessageContaining("name");
        assertThat(Money.of("1200", null).amountText()).isEqualTo("1200.00");
        assertThat(InvoiceRef.number("#117").number()).isEqualTo("117");
    }

    @Test
    void should_round_trip_reason_and_corrections_when_a_frame_has_them() {
        // given
        Frame unknown = Frame.unknown("log -2 hours on Apollo", 0.95, "model", "a duration cannot be negative");
        Frame corrected = Frame.of(
                        "log 2h tomorow",
                        IntentType.TIME_LOG,
                        Map.of("duration_minutes", 120, "date", LocalDate.parse("2026-11-25")),
                        0.9,
                        "model")
                .withCorrections(List.of(new Correction("tomorow", "tomorrow")));

        // when
        String uj = unknown.toJson();
        String cj = corrected.toJson();

        // then: the keys come after parser, only when present
        assertThat(uj).endsWith(",\"parser\":\"model\",\"reason\":\"a duration cannot be negative\"}");
        assertThat(cj).endsWith(",\"parser\":\"model\",\"corrections\":[{\"from\":\"tomorow\",\"to\":\"tomorrow\"}]}");
        assertThat(Frame.fromJson(uj)).isEqualTo(unknown);
        assertThat(Frame.fromJson(cj)).isEqualTo(corrected);
        assertThat(Frame.unknown("x", 1, "rules").toJson())
                .doesNotContain("reason")
                .doesNotContain("corrections");
        assertThat(unknown.describe()).contains("a duration cannot be negative");
        assertThat(corrected.describe()).contains("read 'tomorow' as tomorrow");
    }

    @Test
    void should_refuse_a_reason_when_the_frame_is_not_unknown() {
        assertThatThrownBy(() -> new Frame("x", "timer.stop", Map.of(), List.of(), 0.9, "rules", "why", List.of()))
                .hasMessageContaining("only an unknown frame has a reason");
        assertThatThrownBy(() -> Frame.fromJson("{\"intent\":\"unknown\",\"corrections\":[{\"from\":\"a\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("correction");
        assertThatThrownBy(() -> new Correction(" ", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_validate_the_added_value_types_when_records_are_built() {
        assertThatThrownBy(() -> TimeEntryRef.id("12a")).hasMessageContaining("is a number");
        assertThatThrownBy(() -> TimeEntryRef.matching(null, null, null, null)).hasMessageContaining("say which");
        assertThatThrownBy(() -> new TimeEntryRef("1", true, null, null, null, null))
                .hasMessageContaining("id alone");
        assertThatThrownBy(() -> TimeEntryRef.matching(null, null, null, -5)).hasMessageContaining("24 hours");
        assertThatThrownBy(() -> ExpenseRef.matching(null, " ", null, null)).hasMessageContaining("say which");
        assertThatThrownBy(() -> EstimateRef.number("#")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Address(" ", null, null, null, null)).hasMessageContaining("at least one");
        assertThat(Address.of(null, " ", null, null, null)).isNull();
        assertThat(TimeEntryRef.id("#6011").id()).isEqualTo("6011");
        assertThat(ExpenseRef.latest().last()).isTrue();
        assertThat(ReportKind.fromWire("profit_loss")).isEqualTo(ReportKind.PROFIT_LOSS);
        assertThat(TimeGrouping.MEMBER.wire()).isEqualTo("member");
    }
}
