package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: what editing and deleting each kind of record does, as `fb` edit/delete/undo rely on. */
class EditDeleteScenarioTest {

    static final String A = Sandbox.ACCT;
    static final String CLIENTS = A + "/users/clients";
    static final String PAY = A + "/payments/payments";
    static final String EXP = A + "/expenses/expenses";
    static final String P = "/projects/business/" + Sandbox.BIZ;
    static final String C = "/comments/business/" + Sandbox.BIZ;
    static final String TE = "/timetracking/business/" + Sandbox.BIZ + "/time_entries";

    static JsonNode client(Sandbox sb, long id, String... includes) {
        StringBuilder q = new StringBuilder();
        for (String i : includes) {
            q.append(q.length() == 0 ? "?" : "&").append("include[]=").append(i);
        }
        return sb.get(CLIENTS + "/" + id + q).json().at("/response/result/client");
    }

    @Test
    void should_reopen_the_invoice_when_its_payment_is_deleted(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            // 9001 (0001) is paid in full by payment 8001
            JsonNode paid = InvoiceLifecycleScenarioTest.invoice(sb, 9001);
            assertThat(paid.get("v3_status").asText()).isEqualTo("paid");
            long payment = sb.get(PAY + "?search[invoiceid]=9001")
                    .json()
                    .at("/response/result/payments/0/id")
                    .asLong();
            JsonNode deleted = sb.put(PAY + "/" + payment, Sandbox.json("{'payment':{'vis_state':1}}"))
                    .json()
                    .at("/response/result/payment");
            assertThat(deleted.get("vis_state").asInt()).isEqualTo(1);
            JsonNode reopened = InvoiceLifecycleScenarioTest.invoice(sb, 9001);
            assertThat(reopened.at("/outstanding/amount").asText())
                    .isEqualTo(paid.at("/amount/amount").asText());
            assertThat(reopened.at("/paid/amount").asText()).isEqualTo("0.00");
            assertThat(reopened.get("payment_status").asText()).isEqualTo("unpaid");
            assertThat(reopened.get("status").asInt()).isEqualTo(2);
            assertThat(reopened.get("v3_status").asText()).isIn("sent", "overdue");
            assertThat(reopened.get("date_paid").isNull()).isTrue();
            assertThat(sb.get(A + "/invoices/invoices?search[v3_status]=paid")
                            .json()
                            .at("/response/result/invoices")
                            .findValuesAsText("id"))
                    .doesNotContain("9001");
            // deleted payments are listed only on request; restoring it pays the invoice again
            assertThat(sb.get(PAY + "?search[invoiceid]=9001")
                            .json()
                            .at("/response/result/total")
                            .asInt())
                    .isZero();
            assertThat(sb.get(PAY + "?search[vis_state]=1")
                            .json()
                            .at("/response/result/total")
                            .asInt())
                    .isEqualTo(1);
            sb.put(PAY + "/" + payment, Sandbox.json("{'payment':{'vis_state':0}}"));
            assertThat(InvoiceLifecycleScenarioTest.invoice(sb, 9001)
                            .get("v3_status")
                            .asText())
                    .isEqualTo("paid");
        }
    }

    @Test
    void should_keep_an_overpayment_as_the_clients_credit(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            // 9004 (0004, client 103, sent, nothing paid): pay 150.00 more than it is
            JsonNode inv = InvoiceLifecycleScenarioTest.invoice(sb, 9004);
            java.math.BigDecimal amount =
                    new java.math.BigDecimal(inv.at("/amount/amount").asText());
            assertThat(client(sb, 103, "credit_balance").get("credit_balance")).isEmpty();
            JsonNode over = InvoiceLifecycleScenarioTest.pay(
                            sb,
                            9004,
                            amount.add(new java.math.BigDecimal("150.00")).toPlainString())
                    .json()
                    .at("/response/result/payment");
            assertThat(over.get("overpaymentid").isIntegralNumber()).isTrue();
            JsonNode after = InvoiceLifecycleScenarioTest.invoice(sb, 9004);
            assertThat(after.at("/outstanding/amount").asText()).isEqualTo("0.00");
            assertThat(after.get("v3_status").asText()).isEqualTo("paid");
            String credit = "150.00";
            JsonNode balance = client(sb, 103, "credit_balance").get("credit_balance");
            assertThat(balance).hasSize(1);
            assertThat(balance.at("/0/amount").toString())
                    .isEqualTo("{\"amount\":\"" + credit + "\",\"code\":\"USD\"}");
            assertThat(sb.get(CLIENTS + "?search[has_credit]=true")
                            .json()
                            .at("/response/result/clients")
                            .findValuesAsText("id"))
                    .containsExactly("103");
            assertThat(sb.get(CLIENTS + "?search[has_credit]=false")
                            .json()
                            .at("/response/result/total")
                            .asInt())
                    .isEqualTo(7);
            // a payment within what is owed makes no credit
            JsonNode exact =
                    InvoiceLifecycleScenarioTest.pay(sb, 9003, "1.00").json().at("/response/result/payment");
            assertThat(exact.get("overpaymentid").isNull()).isTrue();
            // deleting the overpayment takes the credit away
            sb.put(PAY + "/" + over.get("id").asLong(), Sandbox.json("{'payment':{'vis_state':1}}"));
            assertThat(client(sb, 103, "credit_balance").get("credit_balance")).isEmpty();
        }
    }

    @Test
    void should_archive_restore_and_round_trip_client_fields(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            JsonNode updated = sb.put(
                            CLIENTS + "/103",
                            Sandbox.json("{'client':{'p_street':'1 Main St','p_street2':'Suite 2','p_city':'Halifax',"
                                    + "'p_province':'Nova Scotia','p_country':'Canada','p_code':'B3H 1A1',"
                                    + "'note':'Prefers email','bus_phone':'902-555-0100'}}"))
                    .json()
                    .at("/response/result/client");
            JsonNode read = client(sb, 103);
            for (String f : new String[] {
                "p_street", "p_street2", "p_city", "p_province", "p_country", "p_code", "note", "bus_phone"
            }) {
                assertThat(read.get(f).asText()).as(f).isEqualTo(updated.get(f).asText());
            }
            assertThat(read.get("note").asText()).isEqualTo("Prefers email");
            assertThat(read.get("p_code").asText()).isEqualTo("B3H 1A1");
            // vis_state 1 (what fb calls archiving; API.md: "deleted") hides it from lists...
            assertThat(sb.put(CLIENTS + "/103", Sandbox.json("{'client':{'vis_state':1,'note':'dropped'}}"))
                            .json()
                            .at("/response/result/client/vis_state")
                            .asInt())
                    .isEqualTo(1);
            assertThat(client(sb, 103).get("note").asText())
                    .as("the vis_state phase drops the rest")
                    .isEqualTo("Prefers email");
            assertThat(sb.get(CLIENTS + "?per_page=100")
                            .json()
                            .at("/response/result/clients")
                            .findValuesAsText("id"))
                    .doesNotContain("103");
            assertThat(sb.get(CLIENTS + "?search[vis_state]=1")
                            .json()
                            .at("/response/result/clients")
                            .findValuesAsText("id"))
                    .containsExactly("103");
            // ... vis_state 0 brings it back; vis_state 2 (archived) stays in the default list
            sb.put(CLIENTS + "/103", Sandbox.json("{'client':{'vis_state':0}}"));
            assertThat(sb.get(CLIENTS + "?per_page=100")
                            .json()
                            .at("/response/result/clients")
                            .findValuesAsText("id"))
                    .contains("103");
            sb.put(CLIENTS + "/104", Sandbox.json("{'client':{'vis_state':2}}"));
            assertThat(sb.get(CLIENTS + "?per_page=100")
                            .json()
                            .at("/response/result/clients")
                            .findValuesAsText("id"))
                    .contains("104");
            assertThat(sb.get(CLIENTS + "?search[vis_state]=2")
                            .json()
                            .at("/response/result/clients")
                            .findValuesAsText("id"))
                    .containsExactly("104");
            assertThat(sb.put(CLIENTS + "/104", Sandbox.json("{'client':{'vis_state':7}}"))
                            .status())
                    .isEqualTo(422);
        }
    }

    @Test
    void should_edit_and_delete_invoices_expenses_and_time(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            // invoices: archived (vis_state 2) stay listed by default; deleted by DELETE or vis_state 1
            String inv = A + "/invoices/invoices";
            sb.put(inv + "/9004", Sandbox.json("{'invoice':{'vis_state':2}}"));
            assertThat(sb.get(inv + "?per_page=100")
                            .json()
                            .at("/response/result/invoices")
                            .findValuesAsText("id"))
                    .contains("9004");
            assertThat(sb.get(inv + "?search[vis_state]=2")
                            .json()
                            .at("/response/result/invoices")
                            .findValuesAsText("id"))
                    .containsExactly("9004");
            assertThat(sb.delete(inv + "/9005").status()).isEqualTo(200);
            sb.put(inv + "/9008", Sandbox.json("{'invoice':{'vis_state':1}}"));
            assertThat(sb.get(inv + "?search[vis_state]=1")
                            .json()
                            .at("/response/result/invoices")
                            .findValuesAsText("id"))
                    .containsExactlyInAnyOrder("9005", "9008");

            // expenses: partial update, delete by vis_state
            JsonNode e = sb.put(
                            EXP + "/7001",
                            Sandbox.json(
                                    "{'expense':{'vendor':'Staples Inc','amount':{'amount':'70.00','code':'USD'}}}"))
                    .json()
                    .at("/response/result/expense");
            assertThat(e.get("vendor").asText()).isEqualTo("Staples Inc");
            assertThat(e.at("/amount/amount").asText()).isEqualTo("70.00");
            assertThat(e.get("notes").asText()).isEqualTo("Printer ink");
            sb.put(EXP + "/7001", Sandbox.json("{'expense':{'vis_state':1}}"));
            assertThat(sb.get(EXP + "?per_page=100")
                            .json()
                            .at("/response/result/expenses")
                            .findValuesAsText("id"))
                    .doesNotContain("7001");
            assertThat(sb.get(EXP + "/7001")
                            .json()
                            .at("/response/result/expense/vis_state")
                            .asInt())
                    .isEqualTo(1);

            // time entries: a PUT may not null started_at (nothing changes); DELETE is 204
            Sandbox.Res nulled = sb.put(TE + "/6002", Sandbox.json("{'time_entry':{'started_at':null,'note':'x'}}"));
            assertThat(nulled.status()).isEqualTo(422);
            assertThat(sb.get(TE + "/6002").json().at("/time_entry/note").asText())
                    .isNotEqualTo("x");
            assertThat(sb.put(TE + "/6002", Sandbox.json("{'time_entry':{'duration':5400,'note':'edited'}}"))
                            .json()
                            .at("/time_entry/duration")
                            .asLong())
                    .isEqualTo(5400);
            assertThat(sb.delete(TE + "/6002").status()).isEqualTo(204);
            assertThat(sb.get(TE).json().get("time_entries").findValuesAsText("id"))
                    .doesNotContain("6002");
            assertThat(sb.get(TE + "?include_deleted=true")
                            .json()
                            .get("time_entries")
                            .findValuesAsText("id"))
                    .contains("6002");
        }
    }

    @Test
    void should_edit_and_delete_projects_and_services(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            // projects: title on every PUT; complete / active; DELETE 204
            Sandbox.Res noTitle = sb.put(P + "/project/202", Sandbox.json("{'project':{'complete':true}}"));
            assertThat(noTitle.status()).isEqualTo(422);
            assertThat(noTitle.json().at("/error/title").asText()).isEqualTo("field required");
            assertThat(sb.get(P + "/project/202").json().at("/project/complete").asBoolean())
                    .isFalse();
            String title =
                    sb.get(P + "/project/202").json().at("/project/title").asText();
            JsonNode done = sb.put(
                            P + "/project/202",
                            Sandbox.json("{'project':{'title':'" + title + "','complete':true,'active':false}}"))
                    .json()
                    .get("project");
            assertThat(done.get("complete").asBoolean()).isTrue();
            assertThat(done.get("active").asBoolean()).isFalse();
            assertThat(sb.get(P + "/projects?complete=true")
                            .json()
                            .get("projects")
                            .findValuesAsText("id"))
                    .contains("202");
            assertThat(sb.get(P + "/projects?active=true")
                            .json()
                            .get("projects")
                            .findValuesAsText("id"))
                    .doesNotContain("202");
            assertThat(sb.delete(P + "/project/202").status()).isEqualTo(204);
            assertThat(sb.get(P + "/project/202").status()).isEqualTo(404);

            // services: created not billable; renamed; rate set then changed; DELETE 204
            JsonNode svc = sb.post(C + "/service", Sandbox.json("{'service':{'name':'Travel','billable':false}}"))
                    .json()
                    .get("service");
            long id = svc.get("id").asLong();
            assertThat(svc.get("billable").asBoolean()).isFalse();
            assertThat(sb.put(C + "/service/" + id, Sandbox.json("{'service':{'name':'Travel time'}}"))
                            .json()
                            .at("/service/name")
                            .asText())
                    .isEqualTo("Travel time");
            assertThat(sb.get(C + "/service/" + id + "/rate").status()).isEqualTo(404);
            assertThat(sb.post(C + "/service/" + id + "/rate", Sandbox.json("{'service_rate':{'rate':'40'}}"))
                            .json()
                            .at("/service_rate/rate")
                            .asText())
                    .isEqualTo("40.00");
            assertThat(sb.put(C + "/service/" + id + "/rate", Sandbox.json("{'service_rate':{'rate':'45.50'}}"))
                            .json()
                            .at("/service_rate/rate")
                            .asText())
                    .isEqualTo("45.50");
            assertThat(sb.get(C + "/service/" + id + "/rate")
                            .json()
                            .at("/service_rate/rate")
                            .asText())
                    .isEqualTo("45.50");
            assertThat(sb.delete(C + "/service/" + id).status()).isEqualTo(204);
            assertThat(sb.get(C + "/services").json().get("services").findValuesAsText("id"))
                    .doesNotContain(Long.toString(id));
            assertThat(sb.get(C + "/services?include_deleted=true")
                            .json()
                            .get("services")
                            .findValuesAsText("id"))
                    .contains(Long.toString(id));
        }
    }
}
