package dev.fbcli.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.cli.CliException;
import dev.fbcli.cli.MutableClock;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.IntentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tools are generated from the intent table: every intent of {@link IntentType} is a tool
 * whose schema holds its slots, and arguments of that schema become the intent's record through
 * the same mapper as a phrase. An intent added to nlp is covered here without a line of this test.
 */
class ToolCatalogTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @EnumSource(value = IntentType.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    @SuppressWarnings("unchecked")
    void should_offer_a_tool_for_every_intent_with_its_slots_as_arguments(IntentType type) {
        ToolCatalog.Tool tool = ToolCatalog.all().get(ToolCatalog.toolName(type));

        assertThat(tool).as("a tool for " + type.wire()).isNotNull();
        assertThat(tool.intent()).isEqualTo(type);
        Map<String, Object> props = (Map<String, Object>) tool.inputSchema().get("properties");
        Set<String> expected = new TreeSet<>(type.slots().keySet());
        if (tool.writes()) {
            expected.addAll(List.of("plan_id", "confirm_invoice_number"));
        }
        assertThat(new TreeSet<>(props.keySet())).isEqualTo(expected);
        assertThat(tool.inputSchema().get("additionalProperties")).isEqualTo(false);
        props.values().forEach(p -> assertThat(((Map<String, Object>) p).get("description"))
                .as("every argument is described for a model")
                .isNotNull());
        assertThat(tool.description()).contains(type.wire());
    }

    @ParameterizedTest
    @EnumSource(value = IntentType.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void should_turn_arguments_of_the_schema_into_the_intents_record(IntentType type) {
        String tool = ToolCatalog.toolName(type);
        Map<String, Object> args = new LinkedHashMap<>();
        for (IntentType.Slot s : type.slots().values()) {
            if (s.required()) {
                args.put(s.name(), sample(s));
            }
        }
        Intent intent = tryMapping(tool, type, args);
        for (IntentType.Slot s : type.slots().values()) {
            if (intent != null) {
                break;
            }
            if (!args.containsKey(s.name())) {
                Map<String, Object> more = new LinkedHashMap<>(args);
                more.put(s.name(), sample(s)); // a record that needs one more thing said about it
                intent = tryMapping(tool, type, more);
            }
        }

        assertThat(intent).as("arguments that map to " + type.wire()).isNotNull();
        assertThat(intent.type()).isEqualTo(type);
    }

    private static Intent tryMapping(String tool, IntentType type, Map<String, Object> args) {
        try {
            return ToolArguments.intent(tool, type, ToolArguments.slots(tool, type, args, Set.of()), TODAY);
        } catch (CliException.Usage e) {
            return null;
        }
    }

    private static Object sample(IntentType.Slot s) {
        switch (s.type()) {
            case TEXT:
                return Set.of("invoice", "estimate", "entry", "expense", "payment")
                                .contains(s.name())
                        ? "6011"
                        : "Acme";
            case WORD:
                return new TreeSet<>(s.words()).first();
            case CURRENCY:
                return "USD";
            case INT:
                return 60;
            case NUMBER:
                return 2;
            case BOOL:
                return true;
            case DATE:
                return "2026-11-20";
            case TIME:
                return "09:30";
            case MONEY:
                return Map.of("amount", "45.00");
            case LINES:
                return List.of(Map.of("description", "logo", "quantity", 1, "unit_cost", Map.of("amount", "500.00")));
            default:
                throw new AssertionError(s.type());
        }
    }

    @Test
    void should_give_time_log_todays_date_when_none_is_said_as_the_parser_does() {
        Intent i = ToolArguments.intent(
                "time_log",
                IntentType.TIME_LOG,
                ToolArguments.slots("time_log", IntentType.TIME_LOG, Map.of("duration_minutes", 180), Set.of()),
                TODAY);

        assertThat(i).isInstanceOfSatisfying(Intent.LogTime.class, t -> {
            assertThat(t.durationMinutes()).isEqualTo(180);
            assertThat(t.date()).isEqualTo(TODAY);
        });
    }

    @Test
    void should_refuse_bad_arguments_with_a_message_naming_them() {
        assertThatThrownBy(() -> ToolArguments.slots(
                        "expense_create",
                        IntentType.EXPENSE_CREATE,
                        Map.of("amount", Map.of("amount", "$45")),
                        Set.of()))
                .isInstanceOf(CliException.Usage.class)
                .hasMessageContaining("expense_create.amount.amount must be a decimal string");
        assertThatThrownBy(() ->
                        ToolArguments.slots("time_log", IntentType.TIME_LOG, Map.of("date", "next friday"), Set.of()))
                .hasMessageContaining("time_log.date must be a day written YYYY-MM-DD");
        assertThatThrownBy(() -> ToolArguments.slots("time_log", IntentType.TIME_LOG, Map.of("hours", 3), Set.of()))
                .hasMessageContaining("time_log has no argument 'hours'");
        assertThatThrownBy(() -> ToolArguments.slots(
                        "invoice_list", IntentType.INVOICE_LIST, Map.of("status", "lost"), Set.of()))
                .hasMessageContaining("must be one of");
        assertThatThrownBy(() -> ToolArguments.intent("time_log", IntentType.TIME_LOG, Map.of(), TODAY))
                .hasMessageContaining("time_log needs duration_minutes");
    }

    @Test
    void should_describe_the_tables_or_rules_in_the_requirements() {
        assertThat(ToolCatalog.requirementRules(
                        IntentType.INVOICE_SEND, ToolCatalog.strictlyRequired(IntentType.INVOICE_SEND)))
                .containsExactly("invoice, or client with which");
        assertThat(ToolCatalog.strictlyRequired(IntentType.TIME_LOG)).containsExactly("duration_minutes");
        assertThat(ToolCatalog.all().get("invoice_send").inputSchema()).doesNotContainKey("required");
        assertThat(ToolCatalog.all().get("client_show").inputSchema().get("required"))
                .isEqualTo(List.of("client"));
    }

    @Test
    void should_narrow_the_tools_to_reads_or_to_an_allow_list() {
        ToolCatalog reads = ToolCatalog.all().narrowed(true, List.of());
        ToolCatalog some = ToolCatalog.all().narrowed(false, List.of("time_log", " ask "));

        assertThat(reads.tools()).isNotEmpty().allSatisfy(t -> assertThat(t.writes())
                .isFalse());
        assertThat(reads.has("list_changes")).isTrue();
        assertThat(reads.has("ask")).as("ask stays, reading only").isTrue();
        assertThat(reads.has("undo")).isFalse();
        assertThat(some.tools()).extracting(ToolCatalog.Tool::name).containsExactly("time_log", "ask");
        assertThatThrownBy(() -> ToolCatalog.all().narrowed(false, List.of("time_logg")))
                .isInstanceOf(CliException.Usage.class)
                .hasMessageContaining("--allow: there is no tool 'time_logg'");
    }

    @Test
    void should_let_a_plan_be_confirmed_only_until_it_expires() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T15:00:00Z"), ZoneId.of("UTC"));
        PlanStore plans = new PlanStore(clock);
        PlanStore.Stored s = plans.add("time_log", Map.of("duration_minutes", 30), "what", "fp", null);

        assertThat(s.id).matches("plan-[a-z0-9]{12}");
        assertThat(plans.get(s.id)).isSameAs(s);
        clock.advance(PlanStore.TTL.minusSeconds(1));
        assertThat(plans.expired(s)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(plans.expired(s)).isTrue();
        clock.advance(PlanStore.KEEP_DONE.plusSeconds(1));
        assertThat(plans.get(s.id)).as("forgotten long after").isNull();
        assertThat(plans.add("time_log", Map.of(), "x", "fp", null).id).isNotEqualTo(s.id);
    }
}
