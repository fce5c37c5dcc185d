package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Create → email → partial payment → full payment, as FreshBooks shows it. */
class InvoiceLifecycleScenarioTest {

    static final String INV = Sandbox.ACCT + "/invoices/invoices";

    static JsonNode invoice(Sandbox sb, long id) {
        return sb.get(INV + "/" + id).json().at("/response/result/invoice");
    }

    static JsonNode outstandingBalance(Sandbox sb, long client) {
        return sb.get(Sandbox.ACCT + "/users/clients/" + client + "?include[]=outstanding_balance")
                .json()
                .at("/response/result/client/outstanding_balance");
    }

    static Sandbox.Res pay(Sandbox sb, long invoice, String amount) {
        return sb.post(
                Sandbox.ACCT + "/payments/payments",
                Sandbox.json("{'payment':{'invoiceid':" + invoice + ",'amount':{'amount':'" + amount
                        + "','code':'USD'},'date':'2024-06-15','type':'Check'}}"));
    }

    @Test
    void should_move_outstanding_and_status_when_emailed_and_paid(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            // given: Wayne Enterprises (107) owes nothing yet; its only invoice (0008) is a draft
            assertThat(outstandingBalance(sb, 107)).isEmpty();

            // when: a new invoice of 2 × 250.00 with 10% discount and 13% tax on the line
            Sandbox.Res created = sb.post(
                    INV + "?include[]=lines",
                    Sandbox.json(
                            "{'invoice':{'customerid':107,"
                                    + "'create_date':'2024-06-15','due_offset_days':14,'discount_value':'10','lines':[{'name':'Audit',"
                                    + "'qty':2,'unit_cost':{'amount':'250.00','code':'USD'},'taxName1':'HST','taxAmount1':'13'}]}}"));

            // then: a draft, numbered after 0010, due in 14 days
            assertThat(created.status()).as(created.text()).isEqualTo(200);
            JsonNode inv = created.json().at("/response/result/invoice");
            long id = inv.get("id").asLong();
            assertThat(inv.get("invoice_number").asText()).isEqualTo("0011");
            assertThat(inv.get("due_date").asText()).isEqualTo("2024-06-29");
            assertThat(inv.at("/amount/amount").asText()).isEqualTo("508.50"); // 500 - 50 + 13% of 450
            assertThat(inv.at("/discount_total/amount").asText()).isEqualTo("-50.00");
            assertThat(inv.get("v3_status").asText()).isEqualTo("draft");
            assertThat(inv.get("status").asInt()).isEqualTo(1);
            assertThat(inv.at("/lines/0/qty").asText()).isEqualTo("2");
            assertThat(inv.at("/lines/0/amount/amount").asText()).isEqualTo("500.00");
            assertThat(outstandingBalance(sb, 107))
                    .as("drafts are not outstanding")
                    .isEmpty();

            // when: emailed (the phase drops the other fields of the same PUT)
            Sandbox.Res emailed = sb.put(
                    INV + "/" + id,
                    Sandbox.json("{'invoice':{'action_email':true,"
                            + "'email_recipients':['lucius@wayne.example'],'notes':'dropped'}}"));
            assertThat(emailed.status()).isEqualTo(200);
            inv = invoice(sb, id);
            assertThat(inv.get("v3_status").asText()).isEqualTo("sent");
            assertThat(inv.get("status").asInt()).isEqualTo(2);
            assertThat(inv.get("notes").asText()).isEmpty();
            assertThat(outstandingBalance(sb, 107).get(0).at("/amount/amount").asText())
                    .isEqualTo("508.50");

            // when: a partial payment
            assertThat(pay(sb, id, "200.00").status()).isEqualTo(200);
            inv = invoice(sb, id);
            assertThat(inv.at("/outstanding/amount").asText()).isEqualTo("308.50");
            assertThat(inv.at("/paid/amount").asText()).isEqualTo("200.00");
            assertThat(inv.get("v3_status").asText()).isEqualTo("partial");
            assertThat(inv.get("payment_status").asText()).isEqualTo("partial");
            assertThat(inv.get("status").asInt()).isEqualTo(8);
            assertThat(outstandingBalance(sb, 107).get(0).at("/amount/amount").asText())
                    .isEqualTo("308.50");
            assertThat(sb.get(INV + "?search[v3_status]=partial")
                            .json()
                            .at("/response/result/invoices/0/id")
                            .asLong())
                    .isEqualTo(id);

            // when: the rest is paid
            assertThat(pay(sb, id, "308.50").status()).isEqualTo(200);
            inv = invoice(sb, id);
            assertThat(inv.at("/outstanding/amount").asText()).isEqualTo("0.00");
            assertThat(inv.get("v3_status").asText()).isEqualTo("paid");
            assertThat(inv.get("payment_status").asText()).isEqualTo("paid");
            assertThat(inv.get("status").asInt()).isEqualTo(4);
            assertThat(inv.get("date_paid").asText()).isEqualTo("2024-06-15");
            assertThat(outstandingBalance(sb, 107)).isEmpty();
            assertThat(sb.get(Sandbox.ACCT + "/users/clients?search[has_outstanding]=true&per_page=100")
                            .json()
                            .at("/response/result/clients")
                            .findValuesAsText("id"))
                    .doesNotContain("107");
        }
    }

    @Test
    void should_show_seeded_overdue_invoices_relative_to_the_clock(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            JsonNode result = sb.get(INV + "?search[v3_status]=overdue").json().at("/response/result");
            assertThat(result.get("invoices").findValuesAsText("invoice_number"))
                    .containsExactlyInAnyOrder("0002", "0003", "0006", "0009");
            JsonNode inv6 = invoice(sb, 9006);
            assertThat(inv6.get("create_date").asText()).isEqualTo("2024-03-12"); // 95 days before 2024-06-15
            assertThat(inv6.get("due_date").asText()).isEqualTo("2024-04-11");
            assertThat(inv6.at("/outstanding/amount").asText()).isEqualTo("1200.00");
            assertThat(invoice(sb, 9001).get("v3_status").asText()).isEqualTo("paid");
            assertThat(invoice(sb, 9004).get("v3_status").asText()).isEqualTo("sent");
            assertThat(invoice(sb, 9003).get("display_status").asText()).isEqualTo("outstanding");
            assertThat(invoice(sb, 9008).get("v3_status").asText()).isEqualTo("draft");
            assertThat(invoice(sb, 9009).at("/amount/code").asText()).isEqualTo("EUR");
        }
    }

    @Test
    void should_apply_write_rules_when_updating_and_deleting(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            // due_date is derived: writing it is refused and changes nothing
            Sandbox.Res due = sb.put(INV + "/9005", Sandbox.json("{'invoice':{'due_date':'2030-01-01','notes':'x'}}"));
            assertThat(due.status()).isEqualTo(403);
            assertThat(due.json().at("/response/errors/0/errno").asInt()).isEqualTo(1038);
            assertThat(invoice(sb, 9005).get("notes").asText()).isEmpty();
            // status is numeric and only 0-3 are writable
            assertThat(sb.put(INV + "/9005", Sandbox.json("{'invoice':{'status':'sent'}}"))
                            .json()
                            .at("/response/errors/0/errno")
                            .asInt())
                    .isEqualTo(1015);
            assertThat(sb.put(INV + "/9005", Sandbox.json("{'invoice':{'status':4}}"))
                            .status())
                    .isEqualTo(422);
            // due_offset_days moves due_date; lines are replaced by a PUT with lines
            JsonNode upd = sb.put(
                            INV + "/9005?include[]=lines",
                            Sandbox.json("{'invoice':{'due_offset_days':10,"
                                    + "'lines':[{'name':'A','qty':1,'unit_cost':{'amount':'10','code':'USD'}},"
                                    + "{'name':'B','qty':'3','unit_cost':{'amount':'1.50','code':'USD'}}]}}"))
                    .json()
                    .at("/response/result/invoice");
            assertThat(upd.get("due_date").asText()).isEqualTo("2024-06-20");
            assertThat(upd.get("lines")).hasSize(2);
            assertThat(upd.at("/amount/amount").asText()).isEqualTo("14.50");
            assertThat(invoice(sb, 9005).has("lines"))
                    .as("lines only with include[]=lines")
                    .isFalse();
            // delete by vis_state and by DELETE
            assertThat(sb.put(INV + "/9005", Sandbox.json("{'invoice':{'vis_state':1}}"))
                            .json()
                            .at("/response/result/invoice/vis_state")
                            .asInt())
                    .isEqualTo(1);
            Sandbox.Res del = sb.delete(INV + "/9008");
            assertThat(del.status()).isEqualTo(200);
            assertThat(del.json().toString()).isEqualTo("{\"response\":{}}");
            JsonNode list = sb.get(INV + "?per_page=100").json().at("/response/result");
            assertThat(list.get("invoices").findValuesAsText("invoice_number")).doesNotContain("0005", "0008");
            assertThat(sb.get(INV + "?search[vis_state]=1")
                            .json()
                            .at("/response/result/total")
                            .asInt())
                    .isEqualTo(2);
            // mark as sent on a draft
            long id = sb.post(
                            INV,
                            Sandbox.json("{'invoice':{'customerid':101,'create_date':'2024-06-01',"
                                    + "'lines':[{'name':'A','qty':1,'unit_cost':{'amount':'10','code':'USD'}}]}}"))
                    .json()
                    .at("/response/result/invoice/id")
                    .asLong();
            assertThat(sb.put(INV + "/" + id, Sandbox.fixture("invoices_mark_sent_request"))
                            .json()
                            .at("/response/result/invoice/v3_status")
                            .asText())
                    .isEqualTo("overdue");
            // missing fields and unknown clients
            assertThat(sb.post(INV, Sandbox.json("{'invoice':{'create_date':'2024-06-01'}}"))
                            .json()
                            .at("/response/errors/0/field")
                            .asText())
                    .isEqualTo("customerid");
            assertThat(sb.post(INV, Sandbox.json("{'invoice':{'customerid':4242,'create_date':'2024-06-01'}}"))
                            .status())
                    .isEqualTo(422);
            assertThat(pay(sb, 999, "1.00").status()).isEqualTo(422);
        }
    }
}
