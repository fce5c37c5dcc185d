package dev.fbcli.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.cli.render.Json;
import dev.fbcli.freshbooks.model.ExpenseDraft;
import dev.fbcli.freshbooks.model.ExpenseDto;
import dev.fbcli.freshbooks.model.ExpenseQuery;
import dev.fbcli.freshbooks.model.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 14, item 4: money is counted and totalled per currency, never added across currencies. */
class CurrencyTotalsTest extends SandboxCliTest {

    @Test
    void should_keep_an_overdue_eur_invoice_in_the_aging_report_with_its_own_totals() throws Exception {
        // given: the demo account's Tyrell Corporation owes 1,320 EUR, 31-60 days overdue
        Result r = fb("invoice", "aging");
        Result json = fb("--json", "invoice", "aging");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("CURRENCY")
                .containsPattern("Tyrell Corporation +EUR .*1,320\\.00 EUR")
                .contains("Totals in USD: 0-30 $3,600.00, 31-60 $3,400.00, 61-90 $0.00, 91+ $1,200.00, total $8,200.00")
                .contains("Totals in EUR: 0-30 0.00 EUR, 31-60 1,320.00 EUR, 61-90 0.00 EUR, 91+ 0.00 EUR,"
                        + " total 1,320.00 EUR");
        JsonNode doc = Json.MAPPER.readTree(json.out());
        JsonNode tyrell = null;
        for (JsonNode c : doc.get("clients")) {
            tyrell = c.get("client").asText().equals("Tyrell Corporation") ? c : tyrell;
        }
        assertThat(tyrell).isNotNull();
        assertThat(tyrell.get("currency").asText()).isEqualTo("EUR");
        assertThat(tyrell.get("days_31_60").toString()).isEqualTo("{\"amount\":\"1320.00\",\"code\":\"EUR\"}");
        // each bucket's totals: one money per currency, never added up
        assertThat(doc.get("totals").get("total").toString())
                .isEqualTo("[{\"amount\":\"8200.00\",\"code\":\"USD\"},{\"amount\":\"1320.00\",\"code\":\"EUR\"}]");
    }

    @Test
    void should_count_and_total_expenses_per_currency() {
        // given: one CAD expense beside the demo account's USD ones
        try (SandboxInspector s = inspect()) {
            ExpenseDto any = s.client().expenses().list(ExpenseQuery.empty()).stream()
                    .findFirst()
                    .orElseThrow();
            s.client()
                    .expenses()
                    .create(ExpenseDraft.empty()
                            .withCategoryId(any.categoryId())
                            .withStaffId(any.staffId())
                            .withDate(LocalDate.of(2026, 11, 20))
                            .withAmount(Money.of("2450.00", "CAD"))
                            .withVendor("Via Rail"));
        }

        Result r = fb("expense", "list");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .containsPattern("7 expenses: 6 in USD, total \\$[0-9,.]+; 1 in CAD, total \\$2,450\\.00 CAD")
                .doesNotContain("7 expenses, total");
    }
}
