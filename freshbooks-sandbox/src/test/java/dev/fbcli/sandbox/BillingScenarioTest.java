package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: estimates (life cycle, accept, email, conversion to an invoice) and billing time entries. */
class BillingScenarioTest {

    static final String EST = Sandbox.ACCT + "/estimates/estimates";
    static final String TE = "/timetracking/business/" + Sandbox.BIZ + "/time_entries";

    static JsonNode estimate(Sandbox sb, long id) {
        return sb.get(EST + "/" + id + "?include[]=lines").json().at("/response/result/estimate");
    }

    @Test
    void should_draft_send_accept_and_invoice_an_estimate(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            // create: a draft numbered 0001, money and lines like an invoice
            Sandbox.Res created = sb.post(
                    EST + "?include[]=lines",
                    Sandbox.json("{'estimate':{'customerid':102,'create_date':'2024-06-10','discount_value':'10',"
                            + "'notes':'Phase 1','lines':[{'name':'Design','qty':4,'unit_cost':{'amount':'125.00',"
                            + "'code':'USD'},'taxName1':'HST','taxAmount1':'13'}]}}"));
            assertThat(created.status()).as(created.text()).isEqualTo(200);
            JsonNode e = created.json().at("/response/result/estimate");
            long id = e.get("id").asLong();
            assertThat(e.get("estimateid").asLong()).isEqualTo(id);
            assertThat(e.get("estimate_number").asText()).isEqualTo("0001");
            assertThat(e.get("status").asInt()).isEqualTo(1);
            assertThat(e.get("ui_status").asText()).isEqualTo("draft");
            assertThat(e.at("/amount/amount").asText()).isEqualTo("508.50"); // 500 - 50 + 13% of 450
            assertThat(e.at("/discount_total/amount").asText()).isEqualTo("-50.00");
            assertThat(e.at("/lines/0/amount/amount").asText()).isEqualTo("500.00");
            assertThat(e.at("/lines/0/estimateid").asLong()).isEqualTo(id);
            assertThat(e.get("organization").asText()).isNotEmpty();
            assertThat(sb.get(EST + "/" + id)
                            .json()
                            .at("/response/result/estimate")
                            .has("lines"))
                    .isFalse();

            // email: the estimate_ prefix; a draft becomes sent; the other fields of the PUT are dropped
            JsonNode sent = sb.put(
                            EST + "/" + id,
                            Sandbox.json(
                                    "{'estimate':{'action_email':true,'email_recipients':['buyer@acme.example'],"
                                            + "'estimate_customized_email':{'subject':'Estimate','body':'Hi'},'notes':'dropped'}}"))
                    .json()
                    .at("/response/result/estimate");
            assertThat(sent.get("status").asInt()).isEqualTo(2);
            assertThat(sent.get("ui_status").asText()).isEqualTo("sent");
            assertThat(sent.get("notes").asText()).isEqualTo("Phase 1");

            // list filters and search keys
            assertThat(sb.get(EST + "?search[ui_status]=sent")
                            .json()
                            .at("/response/result/total")
                            .asInt())
                    .isEqualTo(1);
            assertThat(sb.get(EST + "?search[statusids][]=1&search[statusids][]=2")
                            .json()
                            .at("/response/result/total")
                            .asInt())
                    .isEqualTo(1);
            assertThat(sb.get(EST + "?search[customerid]=101")
                            .json()
                            .at("/response/result/total")
                            .asInt())
                    .isZero();
            assertThat(sb.get(EST + "?search[estimate_number_like]=01")
                            .json()
                            .at("/response/result/estimates/0/id")
                            .asLong())
                    .isEqualTo(id);

            // accept
            JsonNode accepted = sb.put(EST + "/" + id, Sandbox.json("{'estimate':{'action_accept':true}}"))
                    .json()
                    .at("/response/result/estimate");
            assertThat(accepted.get("status").asInt()).isEqualTo(5);
            assertThat(accepted.get("accepted").asBoolean()).isTrue();
            assertThat(accepted.get("ui_status").asText()).isEqualTo("accepted");

            // convert: an invoice with estimateid gets its lines; the estimate is invoiced
            Sandbox.Res inv = sb.post(
                    InvoiceLifecycleScenarioTest.INV + "?include[]=lines",
                    Sandbox.json("{'invoice':{'customerid':102,'create_date':'2024-06-15','estimateid':" + id
                            + ",'discount_value':'10'}}"));
            assertThat(inv.status()).as(inv.text()).isEqualTo(200);
            JsonNode invoice = inv.json().at("/response/result/invoice");
            assertThat(invoice.get("estimateid").asLong()).isEqualTo(id);
            assertThat(invoice.get("lines")).hasSize(1);
            assertThat(invoice.at("/amount/amount").asText()).isEqualTo("508.50");
            JsonNode invoiced = estimate(sb, id);
            assertThat(invoiced.get("status").asInt()).isEqualTo(6);
            assertThat(invoiced.get("ui_status").asText()).isEqualTo("invoiced");
            assertThat(invoiced.get("invoiced").asBoolean()).isTrue();
            assertThat(sb.put(EST + "/" + id, Sandbox.json("{'estimate':{'action_accept':true}}"))
                            .status())
                    .isEqualTo(422);

            // an estimate of another client, or none, cannot be invoiced
            assertThat(sb.post(
                                    InvoiceLifecycleScenarioTest.INV,
                                    Sandbox.json("{'invoice':{'customerid':101,'create_date':'2024-06-15','estimateid':"
                                            + id + "}}"))
                            .status())
                    .isEqualTo(422);
            assertThat(sb.post(
                                    InvoiceLifecycleScenarioTest.INV,
                                    Sandbox.json("{'invoice':{'customerid':101,'create_date':'2024-06-15',"
                                            + "'estimateid':99999}}"))
                            .json()
                            .at("/response/errors/0/errno")
                            .asInt())
                    .isEqualTo(1012);

            // delete: by DELETE and by vis_state
            long second = sb.post(EST, Sandbox.json("{'estimate':{'customerid':101,'create_date':'2024-06-12'}}"))
                    .json()
                    .at("/response/result/estimate/id")
                    .asLong();
            assertThat(estimate(sb, second).get("estimate_number").asText()).isEqualTo("0002");
            Sandbox.Res del = sb.delete(EST + "/" + second);
            assertThat(del.json().toString()).isEqualTo("{\"response\":{}}");
            assertThat(sb.put(EST + "/" + id, Sandbox.json("{'estimate':{'vis_state':1}}"))
                            .json()
                            .at("/response/result/estimate/vis_state")
                            .asInt())
                    .isEqualTo(1);
            assertThat(sb.get(EST).json().at("/response/result/total").asInt()).isZero();
            assertThat(sb.get(EST + "?search[vis_state]=1")
                            .json()
                            .at("/response/result/total")
                            .asInt())
                    .isEqualTo(2);
            assertThat(sb.get(EST + "/424242").status()).isEqualTo(404);
        }
    }

    @Test
    void should_mark_time_billed_with_a_full_put_and_filter_on_it(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            long unbilled =
                    sb.get(TE + "?billed=false").json().at("/meta/total").asLong();
            long unbilledSeconds = sb.get(TE).json().at("/meta/total_unbilled").asLong();
            // GET, merge, PUT the whole entry back (API.md §5.11)
            ObjectNode entry = (ObjectNode) sb.get(TE + "/6001").json().get("time_entry");
            assertThat(entry.get("billed").asBoolean()).isFalse();
            entry.put("billed", true);
            ObjectNode body = Sandbox.JSON.createObjectNode();
            body.set("time_entry", entry);
            Sandbox.Res put = sb.put(TE + "/6001", body);
            assertThat(put.status()).as(put.text()).isEqualTo(200);
            assertThat(put.json().at("/time_entry/billed").asBoolean()).isTrue();
            assertThat(put.json().at("/time_entry/started_at").asText())
                    .isEqualTo(entry.get("started_at").asText());
            assertThat(put.json().at("/time_entry/duration").asLong())
                    .isEqualTo(entry.get("duration").asLong());

            assertThat(sb.get(TE + "/6001").json().at("/time_entry/billed").asBoolean())
                    .isTrue();
            assertThat(sb.get(TE + "?billed=false").json().at("/meta/total").asLong())
                    .isEqualTo(unbilled - 1);
            assertThat(sb.get(TE + "?billed=true").json().get("time_entries").findValuesAsText("id"))
                    .contains("6001");
            assertThat(sb.get(TE).json().at("/meta/total_unbilled").asLong())
                    .isEqualTo(unbilledSeconds - entry.get("duration").asLong());
            assertThat(sb.get(TE + "?billable=true&billed=true")
                            .json()
                            .at("/meta/total")
                            .asLong())
                    .isPositive();
            // and back
            assertThat(sb.put(TE + "/6001", Sandbox.json("{'time_entry':{'billed':false}}"))
                            .json()
                            .at("/time_entry/billed")
                            .asBoolean())
                    .isFalse();
        }
    }
}
