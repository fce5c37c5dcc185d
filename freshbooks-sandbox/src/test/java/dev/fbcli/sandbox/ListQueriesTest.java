package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: lists are filtered, sorted and paged by SQLite. Each filter here is checked against an
 * oracle: every record read without the filter (all pages), filtered by the test from the fields
 * FreshBooks returns. The same answer both ways, over pages.
 */
class ListQueriesTest {

    @TempDir
    static Path dir;

    static Sandbox sb;
    static final String A = Sandbox.ACCT;
    static final String TE = "/timetracking/business/" + Sandbox.BIZ + "/time_entries";

    @BeforeAll
    static void seed() {
        sb = Sandbox.start(dir);
        // clients with non-ASCII names; invoices in every state, in two currencies
        for (String org : List.of("Émile Zola SARL", "émile ateliers", "Œuvre Ltd", "Zed Co", "ÅNGSTRÖM AB")) {
            sb.post(A + "/users/clients", Sandbox.json("{'client':{'organization':'" + org + "'}}"));
        }
        for (int i = 0; i < 40; i++) {
            long client = 101 + i % 8;
            String day = String.format("2024-%02d-%02d", 1 + i % 6, 1 + i % 27);
            long id = sb.post(
                            A + "/invoices/invoices",
                            Sandbox.json("{'invoice':{'customerid':" + client + ",'create_date':'" + day
                                    + "','due_offset_days':" + (i % 3) * 30 + ",'lines':[{'name':'L','qty':"
                                    + (1 + i % 4)
                                    + ",'unit_cost':{'amount':'" + (50 + i) + ".00','code':'USD'}}]}}"))
                    .json()
                    .at("/response/result/invoice/id")
                    .asLong();
            if (i % 5 != 0) {
                sb.put(A + "/invoices/invoices/" + id, Sandbox.fixture("invoices_mark_sent_request"));
            }
            if (i % 4 == 1) {
                InvoiceLifecycleScenarioTest.pay(sb, id, "10.00");
            }
            if (i % 7 == 2) {
                JsonNode inv = InvoiceLifecycleScenarioTest.invoice(sb, id);
                InvoiceLifecycleScenarioTest.pay(
                        sb, id, inv.at("/outstanding/amount").asText());
            }
            if (i % 11 == 3) {
                sb.delete(A + "/invoices/invoices/" + id);
            }
        }
        // time entries: two team members, three projects, over days
        for (int i = 0; i < 60; i++) {
            sb.post(
                    TE,
                    Sandbox.json("{'time_entry':{'started_at':'2024-0" + (1 + i % 5) + "-1" + (i % 9)
                            + "T1" + (i % 8) + ":00:00Z','duration':" + (600 + i * 60) + ",'project_id':"
                            + (201 + i % 3) + ",'billable':" + (i % 2 == 0) + ",'billed':" + (i % 3 == 0)
                            + (i % 4 == 0 ? ",'identity_id':5002" : "") + "}}"));
        }
    }

    @AfterAll
    static void stop() {
        sb.close();
    }

    /** Every item of an accounting list, page by page. */
    static List<JsonNode> all(String path, String plural, int perPage) {
        List<JsonNode> out = new ArrayList<>();
        String sep = path.contains("?") ? "&" : "?";
        for (int page = 1; ; page++) {
            JsonNode r = sb.get(path + sep + "per_page=" + perPage + "&page=" + page)
                    .json()
                    .at("/response/result");
            r.get(plural).forEach(out::add);
            assertThat(r.get("total").asInt())
                    .as("total on page %d of %s", page, path)
                    .isGreaterThanOrEqualTo(0);
            if (page >= r.get("pages").asInt()) {
                assertThat(out).as("all of %s", path).hasSize(r.get("total").asInt());
                return out;
            }
        }
    }

    static List<String> ids(List<JsonNode> items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    static List<String> where(List<JsonNode> items, Predicate<JsonNode> p) {
        return ids(items.stream().filter(p).toList());
    }

    @Test
    void should_filter_invoices_by_v3_status_as_the_invoices_show_it() {
        List<JsonNode> invoices = all(A + "/invoices/invoices", "invoices", 100);
        Set<String> seen = new LinkedHashSet<>();
        for (String v3 : List.of("draft", "sent", "viewed", "partial", "paid", "overdue", "disputed")) {
            List<String> expected =
                    where(invoices, i -> i.get("v3_status").asText().equals(v3));
            assertThat(ids(all(
                            A + "/invoices/invoices?search[v3_status]=" + v3.toUpperCase(Locale.ROOT), "invoices", 7)))
                    .as("v3_status %s", v3)
                    .containsExactlyElementsOf(expected);
            seen.addAll(expected);
        }
        assertThat(seen).hasSameSizeAs(invoices);
        assertThat(where(invoices, i -> i.get("v3_status").asText().equals("partial")))
                .isNotEmpty();
        // a status no invoice here can have (documented or not) matches none, as an exact compare would
        for (String v3 : List.of("resolved", "deposit-partial", "sent%20", "PAID%25")) {
            assertThat(all(A + "/invoices/invoices?search[v3_status]=" + v3, "invoices", 100))
                    .as("v3_status '%s'", v3)
                    .isEmpty();
        }
        // sorted by due date, paged: the same order as sorting everything
        List<JsonNode> sorted = new ArrayList<>(invoices);
        sorted.sort(Comparator.comparing((JsonNode i) -> i.get("due_date").asText())
                .reversed()
                .thenComparing(i -> i.get("id").asLong()));
        assertThat(ids(all(A + "/invoices/invoices?sort=due_date_desc", "invoices", 9)))
                .containsExactlyElementsOf(ids(sorted));
        // deleted ones only when asked
        assertThat(all(A + "/invoices/invoices?search[vis_state]=1", "invoices", 100))
                .allMatch(i -> i.get("vis_state").asInt() == 1)
                .isNotEmpty();
    }

    @Test
    void should_filter_clients_by_balance_flags_as_their_balances_show_them() {
        List<JsonNode> clients = all(
                A + "/users/clients?include[]=outstanding_balance&include[]=overdue_balance&include[]=draft_balance"
                        + "&include[]=credit_balance",
                "clients",
                100);
        for (String flag : List.of("outstanding", "overdue")) {
            List<String> with = where(clients, c -> !c.get(flag + "_balance").isEmpty());
            assertThat(ids(all(A + "/users/clients?search[has_" + flag + "]=true", "clients", 3)))
                    .as("has_%s", flag)
                    .containsExactlyElementsOf(with)
                    .isNotEmpty();
            List<String> without = where(clients, c -> c.get(flag + "_balance").isEmpty());
            assertThat(ids(all(A + "/users/clients?search[has_" + flag + "]=0", "clients", 100)))
                    .containsExactlyElementsOf(without);
        }
        // every draft seeded or created here has an amount, so the balance shows it
        List<String> drafts = where(clients, c -> !c.get("draft_balance").isEmpty());
        assertThat(ids(all(A + "/users/clients?search[has_draft]=true", "clients", 100)))
                .containsExactlyElementsOf(drafts);
        assertThat(ids(all(A + "/users/clients?search[has_credit]=true", "clients", 100)))
                .containsExactlyElementsOf(
                        where(clients, c -> !c.get("credit_balance").isEmpty()));
    }

    @Test
    void should_match_and_sort_text_without_regard_to_case_in_any_script() {
        assertThat(all(A + "/users/clients?search[organization_like]=ÉMILE", "clients", 100))
                .extracting(c -> c.get("organization").asText())
                .containsExactly("Émile Zola SARL", "émile ateliers");
        assertThat(all(A + "/users/clients?search[organization_like]=ångström", "clients", 100))
                .hasSize(1);
        List<JsonNode> clients = all(A + "/users/clients", "clients", 100);
        List<JsonNode> byName = new ArrayList<>(clients);
        byName.sort(Comparator.comparing(
                (JsonNode c) -> c.get("organization").asText().toLowerCase(Locale.ROOT)));
        assertThat(ids(all(A + "/users/clients?sort=organization_name_asc", "clients", 4)))
                .containsExactlyElementsOf(ids(byName));
    }

    @Test
    void should_total_time_entries_over_the_whole_filtered_set_on_every_page() {
        for (String filter :
                List.of("team=true", "team=true&billable=true", "billed=false", "project_id=202&team=true")) {
            List<JsonNode> entries = new ArrayList<>();
            JsonNode first = null;
            for (int page = 1; ; page++) {
                JsonNode body =
                        sb.get(TE + "?" + filter + "&per_page=7&page=" + page).json();
                if (first == null) {
                    first = body.get("meta");
                }
                // the totals are the same on every page: all of meta but the page number
                assertThat(body.at("/meta/total_logged").asLong())
                        .isEqualTo(first.get("total_logged").asLong());
                assertThat(body.at("/meta/page").asInt()).isEqualTo(page);
                ObjectNode meta = body.get("meta").deepCopy();
                meta.put("page", 1);
                assertThat(meta).as(filter + " page " + page).isEqualTo(first);
                body.get("time_entries").forEach(entries::add);
                if (page >= body.at("/meta/pages").asInt()) {
                    break;
                }
            }
            assertThat(entries).as(filter).hasSize(first.get("total").asInt());
            long logged =
                    entries.stream().mapToLong(e -> e.get("duration").asLong()).sum();
            long unbilled = entries.stream()
                    .filter(e -> !e.get("billed").asBoolean())
                    .mapToLong(e -> e.get("duration").asLong())
                    .sum();
            assertThat(first.get("total_logged").asLong()).as(filter).isEqualTo(logged);
            assertThat(first.get("total_unbilled").asLong()).as(filter).isEqualTo(unbilled);
            // per team member and per day, keys in the order they first appear in the list
            Map<Long, Long> perMember = new LinkedHashMap<>();
            Map<String, Long> days = new LinkedHashMap<>();
            for (JsonNode e : entries) {
                perMember.merge(e.get("identity_id").asLong(), e.get("duration").asLong(), Long::sum);
                if (e.get("identity_id").asLong() == 5001) {
                    days.merge(
                            e.get("started_at").asText().substring(0, 10),
                            e.get("duration").asLong(),
                            Long::sum);
                }
            }
            Map<Long, Long> served = new LinkedHashMap<>();
            first.get("total_logged_per_team_member")
                    .forEach(m -> served.put(
                            m.get("identity_id").asLong(), m.get("total_logged").asLong()));
            assertThat(served).as(filter).isEqualTo(new java.util.TreeMap<>(perMember));
            for (JsonNode m : first.get("total_logged_per_team_member")) {
                if (m.get("identity_id").asLong() == 5001) {
                    List<String> servedDays = m.get("total_logged_per_day").findValuesAsText("date");
                    assertThat(servedDays).as(filter).containsExactlyElementsOf(days.keySet());
                }
            }
            // entries newest first
            List<String> started =
                    entries.stream().map(e -> e.get("started_at").asText()).toList();
            assertThat(started).isSortedAccordingTo(Comparator.reverseOrder());
        }
        // a write changes the totals at once
        long before = sb.get(TE).json().at("/meta/total_logged").asLong();
        sb.post(TE, Sandbox.json("{'time_entry':{'started_at':'2024-06-01T10:00:00Z','duration':3600}}"));
        assertThat(sb.get(TE).json().at("/meta/total_logged").asLong()).isEqualTo(before + 3600);
    }

    @Test
    void should_filter_payments_and_expenses_like_their_fields() {
        List<JsonNode> payments = all(A + "/payments/payments", "payments", 100);
        assertThat(ids(all(A + "/payments/payments?search[amount_min]=10&search[amount_max]=10.00", "payments", 2)))
                .containsExactlyElementsOf(
                        where(payments, p -> p.at("/amount/amount").asText().equals("10.00")));
        assertThat(ids(all(A + "/payments/payments?search[clientid]=102", "payments", 100)))
                .containsExactlyElementsOf(
                        where(payments, p -> p.get("clientid").asLong() == 102));
        assertThat(ids(all(
                        A + "/payments/payments?search[date_min]=2024-06-01&search[date_max]=2024-06-15",
                        "payments",
                        100)))
                .containsExactlyElementsOf(where(
                        payments,
                        p -> p.get("date").asText().compareTo("2024-06-01") >= 0
                                && p.get("date").asText().compareTo("2024-06-15") < 0));
        List<JsonNode> expenses = all(A + "/expenses/expenses", "expenses", 100);
        assertThat(ids(all(A + "/expenses/expenses?sort=amount_asc", "expenses", 2)))
                .containsExactlyElementsOf(ids(expenses.stream()
                        .sorted(Comparator.comparing((JsonNode e) -> new java.math.BigDecimal(
                                        e.at("/amount/amount").asText()))
                                .thenComparing(e -> e.get("id").asLong()))
                        .toList()));
        assertThat(ids(all(A + "/expenses/expenses?search[clientid_not]=0", "expenses", 100)))
                .containsExactlyElementsOf(
                        where(expenses, e -> e.get("clientid").asLong() != 0));
    }
}
