package dev.fbcli.cli.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fbcli.cli.CliRunner.Result;
import dev.fbcli.cli.SandboxCliTest;
import dev.fbcli.cli.SandboxInspector;
import dev.fbcli.freshbooks.model.ExpenseDto;
import dev.fbcli.freshbooks.model.ExpenseQuery;
import dev.fbcli.nlp.intent.ExpenseRef;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.Money;
import dev.fbcli.nlp.intent.NameRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, expenses: show (with the receipt), edit, delete and the receipt download through fb
 * against the sandbox, each read back over the API, undone and read back again. The demo's 7003
 * ($420 Air Canada) and 7004 ($310 Hilton) are both of Wed Nov 4, on Apollo (Initech).
 */
class ExpenseEditsTest extends SandboxCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate NOV_4 = LocalDate.of(2026, 11, 4);

    private static Result ok(Result r) {
        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        return r;
    }

    private ExpenseDto expense(long id) {
        try (SandboxInspector s = inspect()) {
            return s.client().expenses().get(id);
        }
    }

    private byte[] receiptOf(long id) {
        try (SandboxInspector s = inspect()) {
            return s.client()
                    .uploads()
                    .downloadAttachment(
                            s.client().expenses().get(id).attachment().jwt())
                    .content();
        }
    }

    @Test
    void should_change_the_air_canada_expense_found_by_day_and_vendor_and_put_it_back() {
        // given: "change the Air Canada expense of Nov 4 to $400 and put it on Mobile App"
        Intent edit = new Intent.EditExpense(
                ExpenseRef.matching(NOV_4, "air canada", null, null),
                Money.of("400", null),
                null,
                null,
                null,
                NameRef.project("Mobile App"),
                null,
                null);

        // when
        IntentRun.Outcome r = IntentRun.script(home, clock, edit);

        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("Change expense 7003 ($420.00 Airfare at Air Canada, Wed Nov 4, on Apollo (Initech))")
                .contains("amount: $420.00 → $400.00")
                .contains("on: Apollo (Initech) → Mobile App (Initech)")
                .contains("→ fb expense edit 7003 --amount 400.00 --project 'Mobile App'");
        ExpenseDto after = expense(7003);
        assertThat(after.amount().amount()).isEqualByComparingTo("400.00");
        assertThat(after.linkedProjectId()).isEqualTo(203);
        assertThat(after.vendor()).isEqualTo("Air Canada");

        // when
        Result undo = ok(fb("--yes", "undo"));

        // then
        assertThat(undo.err()).contains("amount back to $420.00");
        ExpenseDto back = expense(7003);
        assertThat(back.amount().amount()).isEqualByComparingTo("420.00");
        assertThat(back.linkedProjectId()).isEqualTo(202);
        assertThat(back.clientId()).isEqualTo(103);
    }

    @Test
    void should_edit_with_the_structured_command_and_undo_to_no_client() {
        // when: Dropbox (no client) goes to Globex, as travel, the next day
        Result edit = ok(fb(
                "--yes",
                "expense",
                "edit",
                "7002",
                "--category",
                "travel",
                "--vendor",
                "Dropbox Inc",
                "--date",
                "2026-11-13",
                "--client",
                "Globex",
                "--note",
                "annual plan"));

        // then
        assertThat(edit.err())
                .contains("category: Software → Travel")
                .contains("vendor: Dropbox → Dropbox Inc")
                .contains("day: Thu Nov 12 → Fri Nov 13")
                .contains("on: (none) → Globex Inc")
                .contains("note: Monthly plan → annual plan");
        ExpenseDto after = expense(7002);
        assertThat(after.categoryId()).isEqualTo(414);
        assertThat(after.clientId()).isEqualTo(102);
        assertThat(after.date()).isEqualTo(LocalDate.of(2026, 11, 13));

        // when
        ok(fb("--yes", "undo"));

        // then
        ExpenseDto back = expense(7002);
        assertThat(back.categoryId()).isEqualTo(412);
        assertThat(back.vendor()).isEqualTo("Dropbox");
        assertThat(back.clientId() == null || back.clientId() == 0).isTrue();
        assertThat(back.linkedProjectId()).isNull();
        assertThat(back.date()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(back.notes()).isEqualTo("Monthly plan");
    }

    @Test
    void should_attach_download_replace_and_restore_a_receipt() throws Exception {
        // given
        Path first = home.resolve("lunch.png");
        Path second = home.resolve("lunch-better.png");
        Files.write(first, png(1));
        Files.write(second, png(2));
        Path saved = Files.createDirectories(home.resolve("saved"));

        // when: attached where there was none
        Result attach = ok(fb("--yes", "expense", "edit", "7005", "--receipt", first.toString()));
        Result download = ok(fb("expense", "receipt", "7005", "--save", saved.toString()));

        // then
        assertThat(attach.err()).contains("warning: undo leaves the receipt attached");
        assertThat(download.out()).contains("Saved the receipt of expense 7005");
        assertThat(Files.readAllBytes(saved.resolve("expense-7005.png"))).isEqualTo(png(1));
        assertThat(ok(fb("expense", "show", "7005")).out()).contains("receipt: image/png");

        // when: replaced, then undone
        Result replace = ok(fb("--yes", "expense", "edit", "7005", "--receipt", second.toString()));
        assertThat(receiptOf(7005)).isEqualTo(png(2));
        Result undo = ok(fb("--yes", "undo"));

        // then: the first receipt is back
        assertThat(replace.err()).contains("warning: the receipt it has now is replaced (undo puts it back)");
        assertThat(undo.err()).contains("attachment back to the receipt it had");
        assertThat(receiptOf(7005)).isEqualTo(png(1));
        Result again = fb("expense", "receipt", "7005", "--save", saved.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
        ok(fb("expense", "receipt", "7005", "--save", saved.toString(), "--force"));
    }

    @Test
    void should_delete_an_expense_and_bring_it_back() {
        // when
        Result del = ok(fb("--yes", "expense", "delete", "--vendor", "Hilton"));

        // then
        assertThat(del.err()).contains("Delete expense 7004 ($310.00 Hotel/Lodging at Hilton, Wed Nov 4");
        assertThat(expense(7004).visState()).isEqualTo(1);
        assertThat(ids(fb("--json", "expense", "list"))).doesNotContain(7004L);

        // when
        Result undo = ok(fb("--yes", "undo"));

        // then
        assertThat(undo.err()).contains("bring back the expense 7004");
        assertThat(expense(7004).visState()).isZero();
        assertThat(ids(fb("--json", "expense", "list"))).contains(7004L);
    }

    @Test
    void should_list_expenses_of_a_day_to_a_script_and_refuse_what_does_not_fit() {
        Result two = fb("--yes", "expense", "delete", "--date", "2026-11-04");
        Result none = fb("--yes", "expense", "show", "--vendor", "Starbucks");
        Result noReceipt = fb("expense", "receipt", "7003", "--save", home.toString());
        Result nothing = fb("--yes", "expense", "edit", "7003", "--amount", "420");

        assertThat(two.exitCode()).isEqualTo(2);
        assertThat(two.err())
                .contains("2 expenses fit 'Wed Nov 4'")
                .contains("7003 ($420.00 Airfare at Air Canada, Wed Nov 4, on Apollo (Initech))")
                .contains("7004 ($310.00 Hotel/Lodging at Hilton");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no expense fits 'at Starbucks' in the last 90 days");
        assertThat(noReceipt.exitCode()).isEqualTo(2);
        assertThat(noReceipt.err()).contains("has no receipt");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("already has those values");
        assertThat(expense(7003).visState()).isZero();
        assertThat(expense(7004).visState()).isZero();
    }

    @Test
    void should_list_expenses_over_an_amount() {
        Result r = ok(fb("--json", "expense", "list", "--min-amount", "310"));
        Result table = ok(fb("expense", "list", "--min-amount", "$400"));

        assertThat(ids(r)).containsExactlyInAnyOrder(7003L, 7004L, 7006L);
        assertThat(table.out()).contains("7003").contains("7006").doesNotContain("Hilton");
        assertThat(table.out()).contains("2 expenses, total $1,719.00");
        try (SandboxInspector s = inspect()) {
            assertThat(s.client().expenses().list(ExpenseQuery.empty()).toList())
                    .hasSize(6);
        }
    }

    private static List<Long> ids(Result r) {
        try {
            JsonNode n = JSON.readTree(r.out());
            List<Long> out = new ArrayList<>();
            n.get("expenses").forEach(x -> out.add(x.get("id").asLong()));
            return out;
        } catch (java.io.IOException e) {
            throw new AssertionError(r.out(), e);
        }
    }

    private static byte[] png(int seed) {
        byte[] b = new byte[2048];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * seed + seed);
        }
        b[0] = (byte) 0x89;
        b[1] = 'P';
        b[2] = 'N';
        b[3] = 'G';
        return b;
    }
}
