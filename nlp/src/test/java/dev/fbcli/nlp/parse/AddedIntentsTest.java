package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Address;
import dev.fbcli.nlp.intent.BillGrouping;
import dev.fbcli.nlp.intent.DateRange;
import dev.fbcli.nlp.intent.EstimateRef;
import dev.fbcli.nlp.intent.EstimateStatus;
import dev.fbcli.nlp.intent.ExpenseRef;
import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.InvoiceLine;
import dev.fbcli.nlp.intent.InvoiceRef;
import dev.fbcli.nlp.intent.Money;
import dev.fbcli.nlp.intent.NameRef;
import dev.fbcli.nlp.intent.ReportGrouping;
import dev.fbcli.nlp.intent.ReportKind;
import dev.fbcli.nlp.intent.TimeEntryRef;
import dev.fbcli.nlp.intent.TimeGrouping;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The intents docs/intents.md added: frame ↔ record, both ways, and what the records refuse. */
class AddedIntentsTest {
    private static final LocalDate MON = LocalDate.parse("2026-11-23");
    private static final LocalDate OCT1 = LocalDate.parse("2026-10-01");
    private static final LocalDate OCT31 = LocalDate.parse("2026-10-31");

    private static Map<String, Object> slots(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Arguments row(IntentType type, Map<String, Object> slots, Intent expected) {
        return Arguments.of(type, slots, expected);
    }

    static Stream<Arguments> frames() {
        Money m140 = Money.of("140", null);
        return Stream.of(
                row(
                        IntentType.INVOICE_FROM_TIME,
                        slots("client", "Globex", "date_from", OCT1, "date_to", OCT31, "rate", m140, "send", true),
                        new Intent.BillTime(NameRef.client("Globex"), new DateRange(OCT1, OCT31), m140, null, true)),
                row(
                        IntentType.INVOICE_FROM_TIME,
                        slots("target", "Acme", "group_by", "entry"),
                        new Intent.BillTime(NameRef.target("Acme"), null, null, BillGrouping.ENTRY, false)),
                row(
                        IntentType.TIME_LIST,
                        slots("target", "Acme", "unbilled", true, "group_by", "project"),
                        new Intent.ListTime(null, NameRef.target("Acme"), null, true, TimeGrouping.PROJECT)),
                row(
                        IntentType.ESTIMATE_CREATE,
                        slots(
                                "client",
                                "Initech",
                                "lines",
                                List.of(new InvoiceLine("mobile app", null, Money.of("4000", null))),
                                "total",
                                Money.of("4000", null)),
                        new Intent.CreateEstimate(
                                "Initech",
                                List.of(new InvoiceLine("mobile app", BigDecimal.ONE, Money.of("4000", null))),
                                Money.of("4000", null),
                                null,
                                null,
                                false)),
                row(
                        IntentType.ESTIMATE_LIST,
                        slots("client", "Acme", "status", "accepted"),
                        new Intent.ListEstimates("Acme", EstimateStatus.ACCEPTED)),
                row(IntentType.ESTIMATE_SHOW, slots("estimate", "3"), new Intent.ShowEstimate(EstimateRef.number("3"))),
                row(
                        IntentType.ESTIMATE_SEND,
                        slots("client", "Initech", "which", "latest", "email", "cfo@initech.com"),
                        new Intent.SendEstimate(EstimateRef.latestOf("Initech"), "cfo@initech.com")),
                row(
                        IntentType.ESTIMATE_ACCEPT,
                        slots("client", "Initech", "which", "latest"),
                        new Intent.AcceptEstimate(EstimateRef.latestOf("Initech"))),
                row(
                        IntentType.ESTIMATE_CONVERT,
                        slots("estimate", "7"),
                        new Intent.ConvertEstimate(EstimateRef.number("7"))),
                row(
                        IntentType.REPORT_SHOW,
                        slots("report", "revenue", "date_from", OCT1, "date_to", OCT31, "group_by", "client"),
                        new Intent.ShowReport(
                                ReportKind.REVENUE, new DateRange(OCT1, OCT31), ReportGrouping.CLIENT, null)),
                row(IntentType.TIME_SHOW, slots("entry", "last"), new Intent.ShowTimeEntry(TimeEntryRef.latest())),
                row(
                        IntentType.TIME_EDIT,
                        slots("date", MON, "target", "Acme", "new_duration_minutes", 300),
                        new Intent.EditTime(
                                TimeEntryRef.matching(MON, NameRef.target("Acme"), null, null),
                                300,
                                null,
                                null,
                                null,
                                null,
                                null)),
                row(
                        IntentType.TIME_EDIT,
                        slots(
                                "date",
                                MON,
                                "target",
                                "Admin",
                                "duration_minutes",
                                120,
                                "new_target",
                                "Apollo",
                                "new_billable",
                                false),
                        new Intent.EditTime(
                                TimeEntryRef.matching(MON, NameRef.target("Admin"), null, 120),
                                null,
                                null,
                                NameRef.target("Apollo"),
                                null,
                                null,
                                false)),
                row(IntentType.TIME_DELETE, slots("entry", "6011"), new Intent.DeleteTime(TimeEntryRef.id("6011"))),
                row(
                        IntentType.TIME_DELETE,
                        slots("entry", "last", "project", "Apollo"),
                        new Intent.DeleteTime(
                                new TimeEntryRef(null, true, null, NameRef.project("Apollo"), null, null))),
                row(IntentType.TIMER_STATUS, slots(), new Intent.TimerStatus()),
                row(IntentType.TIMER_DISCARD, slots(), new Intent.DiscardTimer()),
                row(
                        IntentType.EXPENSE_LIST,
                        slots("min_amount", Money.of("100", null)),
                        new Intent.ListExpenses(null, null, null, null, Money.of("100", null))),
                row(IntentType.EXPENSE_SHOW, slots("expense", "7003"), new Intent.ShowExpense(ExpenseRef.id("7003"))),
                row(
                        IntentType.EXPENSE_EDIT,
                        slots("date", MON, "vendor", "Starbucks", "new_amount", Money.of("14.50", null)),
                        new Intent.EditExpense(
                                ExpenseRef.matching(MON, "Starbucks", null, null),
                                Money.of("14.50", null),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)),
                row(
                        IntentType.EXPENSE_EDIT,
                        slots("expense", "last", "new_project", "Apollo"),
                        new Intent.EditExpense(
                                ExpenseRef.latest(), null, null, null, null, NameRef.project("Apollo"), null, null)),
                row(
                        IntentType.EXPENSE_DELETE,
                        slots("date", MON, "vendor", "Uber"),
                        new Intent.DeleteExpense(ExpenseRef.matching(MON, "Uber", null, null))),
                row(
                        IntentType.CLIENT_CREATE,
                        slots("organization", "Globex", "street", "1 Main St", "city", "Springfield", "note", "VIP"),
                        new Intent.CreateClient(
                                "Globex",
                                null,
                                null,
                                null,
                                null,
                                null,
                                new Address("1 Main St", "Springfield", null, null, null),
                                "VIP")),
                row(
                        IntentType.CLIENT_UPDATE,
                        slots("client", "Acme", "street", "1 Main St", "city", "Springfield"),
                        new Intent.UpdateClient(
                                "Acme",
                                null,
                                null,
                                null,
                                null,
                                null,
                                new Address("1 Main St", "Springfield", null, null, null),
                                null)),
                row(IntentType.CLIENT_ARCHIVE, slots("client", "Tyrell"), new Intent.ArchiveClient("Tyrell")),
                row(IntentType.CLIENT_UNARCHIVE, slots("client", "Tyrell"), new Intent.UnarchiveClient("Tyrell")),
                row(
                        IntentType.PROJECT_EDIT,
                        slots("project", "Apollo", "budget_hours", new BigDecimal("60")),
                        new Intent.EditProject("Apollo", null, new BigDecimal("60"), null, null, null, null)),
                row(
                        IntentType.PROJECT_EDIT,
                        slots("project", "Apollo", "new_title", "Apollo 2"),
                        new Intent.EditProject("Apollo", "Apollo 2", null, null, null, null, null)),
                row(
                        IntentType.PROJECT_COMPLETE,
                        slots("project", "Mobile App"),
                        new Intent.CompleteProject("Mobile App")),
                row(
                        IntentType.PROJECT_ARCHIVE,
                        slots("project", "Data Migration"),
                        new Intent.ArchiveProject("Data Migration")),
                row(
                        IntentType.PROJECT_UNASSIGN,
                        slots("project", "Admin", "member", "Sam"),
                        new Intent.UnassignProject("Admin", "Sam")),
                row(IntentType.PROJECT_LIST, slots("over_budget", true), new Intent.ListProjects(null, true)),
                row(IntentType.SERVICE_LIST, slots(), new Intent.ListServices()),
                row(
                        IntentType.SERVICE_CREATE,
                        slots("name", "Photography", "rate", Money.of("90", null)),
                        new Intent.CreateService("Photography", Money.of("90", null), null)),
                row(
                        IntentType.SERVICE_RATE,
                        slots("service", "Design", "rate", Money.of("160", null)),
                        new Intent.SetServiceRate("Design", Money.of("160", null))),
                row(
                        IntentType.INVOICE_DELETE,
                        slots("invoice", "0008"),
                        new Intent.DeleteInvoice(InvoiceRef.number("0008"))),
                row(
                        IntentType.INVOICE_ARCHIVE,
                        slots("client", "Acme", "which", "latest"),
                        new Intent.ArchiveInvoice(InvoiceRef.latestOf("Acme"))),
                row(
                        IntentType.PAYMENT_LIST,
                        slots("client", "Acme", "date_from", OCT1, "date_to", OCT31),
                        new Intent.ListPayments("Acme", null, new DateRange(OCT1, OCT31))),
                row(IntentType.PAYMENT_DELETE, slots("invoice", "0006"), new Intent.DeletePayment(null, "0006")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("frames")
    void should_map_an_added_intent_to_its_record_and_back_when_the_frame_is_valid(
            IntentType type, Map<String, Object> slots, Intent expected) {
        // given
        Frame f = Frame.of("phrase", type, slots, 0.9, "model");

        // when
        Intent i = IntentMapper.toIntent(f);
        Frame back = IntentMapper.toFrame(i, f.input(), f.confidence(), f.parser());

        // then
        assertThat(f.missing()).isEmpty();
        assertThat(i).isEqualTo(expected);
        assertThat(i.type()).isEqualTo(type);
        assertThat(back).isEqualTo(f);
        assertThat(Frame.fromJson(f.toJson())).isEqualTo(f);
    }

    @Test
    void should_cover_every_added_intent_when_the_table_is_read() {
        Set<IntentType> seen = EnumSet.noneOf(IntentType.class);
        frames().forEach(a -> seen.add((IntentType) a.get()[0]));

        assertThat(seen).containsAll(EnumSet.range(IntentType.INVOICE_FROM_TIME, IntentType.PAYMENT_DELETE));
    }

    @Test
    void should_say_writes_for_the_added_intents_that_change_the_account() {
        assertThat(new Intent.DiscardTimer().writes()).isTrue();
        assertThat(new Intent.DeleteInvoice(InvoiceRef.number("8")).writes()).isTrue();
        assertThat(new Intent.ListServices().writes()).isFalse();
        assertThat(new Intent.TimerStatus().writes()).isFalse();
        assertThat(new Intent.ShowReport(ReportKind.AGING, null, null, null).writes())
                .isFalse();
    }

    static Stream<Arguments> missing() {
        return Stream.of(
                Arguments.of(IntentType.INVOICE_FROM_TIME, slots(), List.of("client")),
                Arguments.of(IntentType.INVOICE_FROM_TIME, slots("project", "Apollo"), List.of()),
                Arguments.of(IntentType.ESTIMATE_SEND, slots("client", "Initech"), List.of("estimate")),
                Arguments.of(IntentType.REPORT_SHOW, slots(), List.of("report")),
                Arguments.of(IntentType.TIME_EDIT, slots("date", MON), List.of("new_duration_minutes")),
                Arguments.of(IntentType.TIME_EDIT, slots("new_service", "design"), List.of()),
                Arguments.of(IntentType.TIME_DELETE, slots(), List.of("entry")),
                Arguments.of(IntentType.TIME_DELETE, slots("service", "design"), List.of()),
                Arguments.of(IntentType.EXPENSE_EDIT, slots("expense", "last"), List.of("new_amount")),
                Arguments.of(IntentType.EXPENSE_EDIT, slots("receipt", "~/r.pdf"), List.of()),
                Arguments.of(IntentType.EXPENSE_DELETE, slots("vendor", "Uber"), List.of()),
                Arguments.of(IntentType.PROJECT_EDIT, slots(), List.of("project", "new_title")),
                Arguments.of(IntentType.PROJECT_EDIT, slots("project", "Apollo", "due_date", MON), List.of()),
                Arguments.of(IntentType.PROJECT_UNASSIGN, slots("member", "Sam"), List.of("project")),
                Arguments.of(IntentType.SERVICE_RATE, slots("service", "Design"), List.of("rate")),
                Arguments.of(IntentType.PAYMENT_DELETE, slots(), List.of("payment")),
                Arguments.of(IntentType.PAYMENT_DELETE, slots("invoice", "6"), List.of()));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("missing")
    void should_list_what_is_missing_with_the_or_rules_when_required_slots_are_not_given(
            IntentType type, Map<String, Object> slots, List<String> expected) {
        assertThat(type.missing(slots)).isEqualTo(expected);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(IntentType.TIME_EDIT, slots("entry", "last", "new_duration_minutes", 0), "24 hours"),
                Arguments.of(IntentType.TIME_EDIT, slots("entry", "last", "new_duration_minutes", 1500), "24 hours"),
                Arguments.of(
                        IntentType.TIME_EDIT, slots("entry", "6011", "date", MON, "new_service", "design"), "id alone"),
                Arguments.of(IntentType.TIME_SHOW, slots("entry", "yesterday"), "is a number"),
                Arguments.of(IntentType.EXPENSE_SHOW, slots("expense", "abc"), "is a number"),
                Arguments.of(
                        IntentType.INVOICE_FROM_TIME,
                        slots("client", "Acme", "rate", Money.of("0", null)),
                        "cannot be zero"),
                Arguments.of(
                        IntentType.PROJECT_EDIT,
                        slots("project", "Apollo", "budget_hours", BigDecimal.ZERO),
                        "must be positive"),
                Arguments.of(IntentType.PAYMENT_DELETE, slots("payment", "the big one"), "is a number"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("refused")
    void should_refuse_with_a_reason_fit_to_show_when_values_break_an_invariant(
            IntentType type, Map<String, Object> slots, String reason) {
        Intent i = IntentMapper.toIntent(Frame.of("phrase", type, slots, 0.9, "model"));

        assertThat(i).isInstanceOf(Intent.Unsupported.class);
        assertThat(((Intent.Unsupported) i).reason()).contains(reason);
    }

    @Test
    void should_carry_the_reason_of_an_unknown_frame_to_the_unsupported_intent() {
        Frame f = Frame.unknown("merge Acme and Globex", 0.95, "model", "fb cannot merge clients");

        Intent i = IntentMapper.toIntent(f);

        assertThat(((Intent.Unsupported) i).reason()).isEqualTo("fb cannot merge clients");
    }

    @Test
    void should_keep_the_original_constructors_when_old_callers_build_the_extended_records() {
        assertThat(new Intent.ListTime(null, NameRef.target("Acme"), "design").unbilled())
                .isNull();
        assertThat(new Intent.ListExpenses(null, "travel", null, null).minAmount())
                .isNull();
        assertThat(new Intent.ListProjects("Acme").overBudget()).isNull();
        assertThat(new Intent.CreateClient("Globex", null, null, null, null, null).address())
                .isNull();
        assertThat(new Intent.UpdateClient("Acme", "a@b.c", null, null, null, null).note())
                .isNull();
    }
}
