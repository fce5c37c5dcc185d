package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Query;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** {@code /accounting/account/{acct}/invoices/invoices} (API.md §5.2). */
final class InvoicesResource {
    private InvoicesResource() {}

    static final String BASE = "/accounting/account/{acct}/invoices/invoices";

    static void register(Routes r) {
        r.add("GET", BASE, "user:invoices:read", Routes.Scoping.ACCOUNT, InvoicesResource::list);
        r.add("POST", BASE, "user:invoices:write", Routes.Scoping.ACCOUNT, InvoicesResource::create);
        r.add("GET", BASE + "/{id}", "user:invoices:read", Routes.Scoping.ACCOUNT, InvoicesResource::get);
        r.add("PUT", BASE + "/{id}", "user:invoices:write", Routes.Scoping.ACCOUNT, InvoicesResource::update);
        r.add("DELETE", BASE + "/{id}", "user:invoices:write", Routes.Scoping.ACCOUNT, InvoicesResource::delete);
    }

    static final Set<String> WRITABLE_TEXT = Set.of(
            "notes",
            "terms",
            "po_number",
            "discount_description",
            "street",
            "street2",
            "city",
            "province",
            "code",
            "country",
            "fname",
            "lname",
            "organization",
            "vat_name",
            "vat_number",
            "template",
            "description",
            "language",
            "return_uri",
            "address",
            "payment_details");

    // ------------------------------------------------------------------ render

    static ObjectNode render(
            Ctx ctx, Biz biz, ObjectNode d, ObjectNode client, Ledger.Paid paid, Set<String> includes) {
        LocalDate today = ctx.today(biz);
        Ledger.Totals t = Ledger.totals(d, paid, today);
        String code = Json.str(d, "currency_code", biz.currency());
        long id = d.path("id").asLong();
        ObjectNode o = Json.obj();
        o.put("accountid", biz.accountId());
        o.put("accounting_systemid", biz.accountId());
        Json.copyText(o, d, "address", "");
        o.set("amount", Json.money(t.amount(), code));
        o.put("auto_bill", false);
        o.putNull("autobill_status");
        o.put("basecampid", 0);
        snapshot(o, d, client, "city", "p_city");
        snapshot(o, d, client, "code", "p_code");
        snapshot(o, d, client, "country", "p_country");
        o.put("create_date", Json.str(d, "create_date"));
        o.put("created_at", Json.str(d, "created_at"));
        o.put("currency_code", code);
        String org = Json.str(d, "organization", client == null ? "" : Json.str(client, "organization", ""));
        o.put("current_organization", client == null ? org : Json.str(client, "organization", org));
        o.put("customerid", d.path("customerid").asLong());
        o.put("date_paid", t.datePaid());
        BigDecimal deposit = Json.dec(d, "deposit_amount", null);
        if (deposit == null) {
            o.putNull("deposit_amount");
        } else {
            o.set("deposit_amount", Json.money(deposit, code));
        }
        Json.copyText(o, d, "deposit_percentage", null);
        o.put("deposit_status", "none");
        Json.copyText(o, d, "description", "");
        Json.copyText(o, d, "discount_description", null);
        o.set("discount_total", Json.money(t.discountTotal(), code));
        o.put("discount_value", Json.str(d, "discount_value", "0"));
        o.put("display_status", t.displayStatus());
        o.putNull("dispute_status");
        o.put("due_date", t.dueDate().toString());
        o.put("due_offset_days", d.path("due_offset_days").asInt(0));
        o.put("estimateid", d.path("estimateid").asLong(0));
        o.put("ext_archive", 0);
        snapshot(o, d, client, "fname", "fname");
        Json.copyText(o, d, "fulfillment_date", null);
        Json.copyText(o, d, "generation_date", null);
        o.put("gmail", false);
        o.put("id", id);
        o.put("invoice_number", Json.str(d, "invoice_number"));
        o.put("invoiceid", id);
        o.put("language", Json.str(d, "language", "en"));
        o.putNull("last_order_status");
        if (includes.contains("lines")) {
            ArrayNode lines = o.putArray("lines");
            for (JsonNode l : d.path("lines")) {
                lines.add(renderLine(l, id, code));
            }
        }
        snapshot(o, d, client, "lname", "lname");
        o.set("net_paid_amount", Json.money(t.paid(), code));
        Json.copyText(o, d, "notes", "");
        snapshot(o, d, client, "organization", "organization");
        o.set("outstanding", Json.money(t.outstanding(), code));
        o.put("ownerid", 1);
        o.set("paid", Json.money(t.paid(), code));
        o.put("parent", 0);
        Json.copyText(o, d, "payment_details", "");
        o.put("payment_status", t.paymentStatus());
        Json.copyText(o, d, "po_number", null);
        if (includes.contains("presentation")) {
            o.set("presentation", presentation(id));
        }
        if (includes.contains("allowed_gateways")) {
            o.set(
                    "allowed_gateways",
                    d.has("allowed_gatewayids") ? d.get("allowed_gatewayids").deepCopy() : Json.arr());
        }
        snapshot(o, d, client, "province", "p_province");
        Json.copyText(o, d, "return_uri", null);
        o.put("sentid", 1);
        o.put("show_attachments", Json.bool(d, "show_attachments", false));
        o.put("status", t.status());
        snapshot(o, d, client, "street", "p_street");
        snapshot(o, d, client, "street2", "p_street2");
        o.put("template", Json.str(d, "template", "clean-grouped"));
        Json.copyText(o, d, "terms", null);
        o.put("updated", Json.str(d, "updated"));
        o.put("uuid", Json.str(d, "uuid"));
        o.put("v3_status", t.v3Status());
        snapshot(o, d, client, "vat_name", "vat_name");
        snapshot(o, d, client, "vat_number", "vat_number");
        o.put("version", Json.str(d, "version"));
        o.put("vis_state", d.path("vis_state").asInt(0));
        return o;
    }

    /** The invoice's own copy of a contact field, else the client's current value. */
    static void snapshot(ObjectNode o, JsonNode d, JsonNode client, String field, String clientField) {
        if (d.has(field)) {
            o.set(field, d.get(field).deepCopy());
        } else if (client != null && client.hasNonNull(clientField)) {
            o.put(field, client.get(clientField).asText());
        } else {
            o.put(field, "");
        }
    }

    static ObjectNode renderLine(JsonNode l, long invoiceId, String code) {
        ObjectNode o = Json.obj();
        o.set("amount", Json.money(Ledger.lineAmount(l), code));
        o.put("basecampid", 0);
        o.put("compounded_tax", Json.bool(l, "compounded_tax", false));
        Json.copyText(o, l, "date", null);
        o.put("description", Json.str(l, "description", ""));
        o.put("expenseid", l.path("expenseid").asLong(0));
        o.put("invoiceid", invoiceId);
        o.put("lineid", l.path("lineid").asLong());
        Json.putLong(o, "modern_project_id", Json.lng(l, "modern_project_id"));
        o.putArray("modern_time_entries");
        o.put("name", Json.str(l, "name", ""));
        o.put("qty", Json.str(l, "qty", "1"));
        o.putNull("retainer_id");
        o.putNull("retainer_period_id");
        o.put("taskno", l.path("lineid").asLong());
        o.put("taxAmount1", Json.str(l, "taxAmount1", "0"));
        o.put("taxAmount2", Json.str(l, "taxAmount2", "0"));
        Json.copyText(o, l, "taxName1", null);
        Json.copyText(o, l, "taxName2", null);
        Json.copyText(o, l, "taxNumber1", null);
        Json.copyText(o, l, "taxNumber2", null);
        o.put("type", l.path("type").asInt(0));
        o.set("unit_cost", Json.money(Json.dec(l, "unit_cost", BigDecimal.ZERO), code));
        o.put("updated", Json.str(l, "updated"));
        return o;
    }

    private static ObjectNode presentation(long id) {
        ObjectNode p = Json.obj();
        p.put("date_format", "mm/dd/yyyy");
        p.putNull("description_heading");
        p.putNull("hours_heading");
        p.put("image_banner_position_y", 0);
        p.putNull("image_banner_src");
        p.putNull("image_logo_src");
        p.put("invoiceid", id);
        p.putNull("item_heading");
        p.putNull("label");
        p.putNull("quantity_heading");
        p.putNull("rate_heading");
        p.putNull("task_heading");
        p.put("theme_font_name", "modern");
        p.put("theme_layout", "simple");
        p.put("theme_primary_color", "#345beb");
        p.putNull("time_entry_notes_heading");
        p.putNull("unit_cost_heading");
        return p;
    }

    // ------------------------------------------------------------------ read

    private static Response list(Request req, Ctx ctx) throws SQLException {
        Biz biz = req.biz;
        boolean byClient = req.search("customerid") != null
                || !req.searchList("customerids").isEmpty();
        Query q = new Query("invoice", biz.id())
                .indexedBy(byClient ? "ix_invoice_customer" : "ix_invoice")
                .join(Ledger.JOIN);
        Acct.visible(req, q);
        Acct.eqLong(req, q, "customerid", "r.customerid");
        Acct.inLongs(req, q, "customerids", "r.customerid");
        Acct.eqLong(req, q, "invoiceid", "r.id");
        Acct.inLongs(req, q, "invoiceids", "r.id");
        Acct.eqText(req, q, "invoice_number", Acct.j("invoice_number"));
        Acct.between(req, q, "date", "r.create_date");
        Acct.between(req, q, "updated", "r.updated");
        String v3 = req.search("v3_status");
        if (v3 != null) {
            // the status as Ledger.v3Sql spells it (compared ignoring case), so SQLite compares its own
            // strings instead of calling back into Java for every invoice; a status it never gives
            // matches nothing
            String spelled = null;
            for (String known : Ledger.V3_STATUSES) {
                if (known.equalsIgnoreCase(v3)) {
                    spelled = known;
                }
            }
            if (spelled == null) {
                q.where("0");
            } else {
                q.where(Ledger.v3Sql("r") + " = ?", ctx.today(biz).toString(), spelled);
            }
        }
        Acct.sort(
                req,
                q,
                Map.of(
                        "invoice_date", "r.create_date",
                        "create_date", "r.create_date",
                        "invoice_number", Acct.j("invoice_number"),
                        "updated", "r.updated",
                        "invoiceid", "r.id",
                        "due_date", "l.due_date"),
                "r.create_date DESC, r.id DESC");
        Set<String> includes = req.includes();
        return Response.ok(Acct.page(ctx, req, q, "invoices", docs -> renderAll(ctx, biz, docs, includes)));
    }

    /** Renders a page of invoices: their clients and what was paid on them are read once for the page. */
    static List<ObjectNode> renderAll(Ctx ctx, Biz biz, List<ObjectNode> docs, Set<String> includes)
            throws SQLException {
        Set<Long> customers = new java.util.TreeSet<>();
        docs.forEach(d -> customers.add(d.path("customerid").asLong()));
        Map<Long, ObjectNode> clients = ctx.tx.byIds("client", biz.id(), customers);
        Map<Long, Ledger.Paid> paid = Ledger.paid(ctx.tx, ClientsResource.ids(docs));
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode d : docs) {
            long id = d.path("id").asLong();
            out.add(render(
                    ctx,
                    biz,
                    d,
                    clients.get(d.path("customerid").asLong()),
                    paid.getOrDefault(id, Ledger.Paid.NONE),
                    includes));
        }
        return out;
    }

    static ObjectNode load(Ctx ctx, Biz biz, long id) throws SQLException {
        return ctx.tx
                .get("invoice", biz.id(), id)
                .orElseThrow(() -> ApiException.notFound("invoice", "invoiceid", id, "Invoice not found."));
    }

    static Response respond(Request req, Ctx ctx, ObjectNode d) throws SQLException {
        ObjectNode client = ctx.tx
                .get("client", req.biz.id(), d.path("customerid").asLong())
                .orElse(null);
        Ledger.Paid paid = Ledger.paid(ctx.tx, d.path("id").asLong());
        return Response.ok(Paging.single("invoice", render(ctx, req.biz, d, client, paid, req.includes())));
    }

    private static Response get(Request req, Ctx ctx) throws SQLException {
        return respond(req, ctx, load(ctx, req.biz, Acct.pathId(req, "invoice", "invoiceid")));
    }

    // ------------------------------------------------------------------ write

    private static Response create(Request req, Ctx ctx) throws SQLException {
        ObjectNode in = req.resource("invoice");
        rejectReadOnly(in);
        Long customer = Acct.longField(in, "customerid", "invoice");
        if (customer == null) {
            throw ApiException.required("invoice", "customerid");
        }
        ObjectNode client = clientOf(ctx, req.biz, customer);
        String createDate = Acct.dateField(in, "create_date", "invoice");
        if (createDate == null) {
            throw ApiException.required("invoice", "create_date");
        }
        long id = ctx.tx.nextId("invoice", 1001);
        ObjectNode d = Json.obj();
        d.put("id", id);
        d.put("customerid", customer);
        d.put("create_date", createDate);
        d.put("due_offset_days", 0);
        d.put("currency_code", Json.str(client, "currency_code", req.biz.currency()));
        d.put("status", 1);
        d.put("discount_value", "0");
        d.put("language", Json.str(client, "language", "en"));
        d.putArray("lines");
        String now = ctx.eastern();
        d.put("created_at", now);
        d.put("uuid", UUID.randomUUID().toString());
        d.put("vis_state", 0);
        ObjectNode estimate = EstimatesResource.forInvoice(ctx, req.biz, in, customer);
        applyData(ctx, req.biz, d, in, now);
        if (estimate != null) {
            // an invoice made from an estimate (API.md lists estimateid among the invoice's fields)
            d.put("estimateid", estimate.path("id").asLong());
            if (!in.has("lines")) {
                d.set("lines", estimate.path("lines").deepCopy()); // UNVERIFIED: the estimate's lines
            }
        }
        if (!d.hasNonNull("invoice_number") || Json.str(d, "invoice_number").isBlank()) {
            d.put("invoice_number", nextNumber(ctx, req.biz));
        }
        noteNumber(ctx, req.biz, Json.str(d, "invoice_number"));
        stamp(ctx, d);
        Ledger.put(ctx.tx, req.biz.id(), d);
        if (estimate != null) {
            EstimatesResource.markInvoiced(ctx, req.biz, estimate);
        }
        return respond(req, ctx, d);
    }

    private static Response update(Request req, Ctx ctx) throws SQLException {
        ObjectNode d = load(ctx, req.biz, Acct.pathId(req, "invoice", "invoiceid"));
        ObjectNode in = req.resource("invoice");
        // API.md §9.4: ext_vis_state > vis_state > actions > data; only the first phase present runs
        if (in.has("ext_vis_state")) {
            stamp(ctx, d);
        } else if (in.has("vis_state")) {
            Long vis = Acct.longField(in, "vis_state", "invoice");
            if (vis == null || vis < 0 || vis > 2) {
                throw ApiException.validation(
                        1004,
                        "vis_state",
                        "invoice",
                        in.get("vis_state").asText(),
                        "vis_state must be 0 (active), 1 (deleted) or 2 (archived).",
                        null);
            }
            d.put("vis_state", vis.intValue());
            stamp(ctx, d);
        } else if (Json.bool(in, "action_email", false) || Json.bool(in, "action_mark_as_sent", false)) {
            if (Json.bool(in, "action_email", false)) {
                ArrayNode recipients = recipients(ctx, req.biz, d, in, "invoice");
                d.set("last_email_recipients", recipients);
                d.put("last_emailed_at", ctx.eastern());
                d.put("email_count", d.path("email_count").asInt(0) + 1);
            }
            if (d.path("status").asInt(1) == 1) {
                d.put("status", 2);
            }
            stamp(ctx, d);
        } else {
            rejectReadOnly(in);
            applyData(ctx, req.biz, d, in, ctx.eastern());
            noteNumber(ctx, req.biz, Json.str(d, "invoice_number"));
            stamp(ctx, d);
        }
        Ledger.put(ctx.tx, req.biz.id(), d);
        return respond(req, ctx, d);
    }

    private static Response delete(Request req, Ctx ctx) throws SQLException {
        ObjectNode d = load(ctx, req.biz, Acct.pathId(req, "invoice", "invoiceid"));
        d.put("vis_state", 1);
        stamp(ctx, d);
        Ledger.put(ctx.tx, req.biz.id(), d);
        return Response.ok(Acct.emptyResponse());
    }

    static ArrayNode recipients(Ctx ctx, Biz biz, ObjectNode d, ObjectNode in, String object) throws SQLException {
        ArrayNode out = Json.arr();
        JsonNode r = in.get("email_recipients");
        if (r != null && !r.isNull()) {
            if (!r.isArray()) {
                throw ApiException.validation(
                        1004,
                        "email_recipients",
                        object,
                        r.toString(),
                        "email_recipients must be a list of email addresses.",
                        null);
            }
            for (JsonNode e : r) {
                String email = e.asText("").trim();
                if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    throw ApiException.validation(
                            1004,
                            "email_recipients",
                            object,
                            email,
                            "'" + email + "' is not a valid email address.",
                            null);
                }
                out.add(email);
            }
        }
        if (out.isEmpty()) {
            ObjectNode client = ctx.tx
                    .get("client", biz.id(), d.path("customerid").asLong())
                    .orElse(null);
            String email = client == null ? null : Json.str(client, "email");
            if (email == null || email.isBlank()) {
                throw ApiException.validation(
                        1001,
                        "email_recipients",
                        object,
                        null,
                        "The client has no email address; pass email_recipients.",
                        null);
            }
            out.add(email);
        }
        return out;
    }

    private static void rejectReadOnly(ObjectNode in) {
        if (in.has("due_date")) {
            throw ApiException.forbidden(
                    1038,
                    "due_date",
                    "invoice",
                    in.get("due_date").asText(),
                    "Write access denied to field due_date; set due_offset_days instead.");
        }
    }

    static ObjectNode clientOf(Ctx ctx, Biz biz, long customer) throws SQLException {
        return ctx.tx
                .get("client", biz.id(), customer)
                .orElseThrow(() -> ApiException.validation(
                        1012,
                        "customerid",
                        "client",
                        customer,
                        "Client not found.",
                        Map.of("customerid", "Client not found.")));
    }

    /** The data phase: partial update of writable fields; {@code lines} replaces every line. */
    private static void applyData(Ctx ctx, Biz biz, ObjectNode d, ObjectNode in, String now) throws SQLException {
        if (in.has("customerid")) {
            Long customer = Acct.longField(in, "customerid", "invoice");
            if (customer == null) {
                throw ApiException.required("invoice", "customerid");
            }
            ObjectNode client = clientOf(ctx, biz, customer);
            if (customer != d.path("customerid").asLong()) {
                for (String f : List.of(
                        "fname",
                        "lname",
                        "organization",
                        "street",
                        "street2",
                        "city",
                        "province",
                        "code",
                        "country",
                        "vat_name",
                        "vat_number")) {
                    d.remove(f);
                }
                d.put("currency_code", Json.str(client, "currency_code", biz.currency()));
            }
            d.put("customerid", customer);
        }
        if (in.has("create_date")) {
            String date = Acct.dateField(in, "create_date", "invoice");
            if (date == null) {
                throw ApiException.required("invoice", "create_date");
            }
            d.put("create_date", date);
        }
        if (in.has("due_offset_days")) {
            Long off = Acct.longField(in, "due_offset_days", "invoice");
            if (off == null || off < 0 || off > 3650) {
                throw ApiException.validation(
                        1004,
                        "due_offset_days",
                        "invoice",
                        in.get("due_offset_days").asText(),
                        "due_offset_days must be a whole number of days between 0 and 3650.",
                        null);
            }
            d.put("due_offset_days", off.intValue());
        }
        if (in.has("currency_code")) {
            String cc = Acct.textField(in, "currency_code");
            if (cc == null || !cc.matches("[A-Za-z]{3}")) {
                throw ApiException.validation(
                        1004, "currency_code", "invoice", cc, "currency_code must be a 3-letter ISO code.", null);
            }
            d.put("currency_code", cc.toUpperCase(java.util.Locale.ROOT));
        }
        if (in.has("invoice_number")) {
            String num = Acct.textField(in, "invoice_number");
            if (num != null && !num.isBlank()) {
                d.put("invoice_number", num.trim());
            }
        }
        if (in.has("discount_value")) {
            BigDecimal pct = Acct.decimalField(in, "discount_value", "invoice");
            if (pct == null) {
                pct = BigDecimal.ZERO;
            }
            if (pct.signum() < 0 || pct.compareTo(Ledger.HUNDRED) > 0) {
                throw ApiException.validation(
                        1018,
                        "discount_value",
                        "invoice",
                        pct.toPlainString(),
                        "discount_value is a percentage between 0 and 100.",
                        null);
            }
            d.put("discount_value", pct.stripTrailingZeros().toPlainString());
        }
        if (in.has("status")) {
            JsonNode s = in.get("status");
            if (!s.isIntegralNumber()) {
                throw ApiException.validation(
                        1015, "status", "invoice", s.asText(), "Field status must be a number.", null);
            }
            int st = s.asInt();
            if (st < 0 || st > 3) {
                throw ApiException.validation(
                        1004,
                        "status",
                        "invoice",
                        st,
                        "Only statuses 0 (disputed) to 3 (viewed) can be written.",
                        null);
            }
            d.put("status", st);
        }
        if (in.has("deposit_amount")) {
            BigDecimal dep = Acct.moneyField(in, "deposit_amount", "invoice");
            if (dep == null) {
                d.remove("deposit_amount");
            } else {
                d.put("deposit_amount", dep.toPlainString());
            }
        }
        if (in.has("deposit_percentage")) {
            BigDecimal dep = Acct.decimalField(in, "deposit_percentage", "invoice");
            if (dep == null) {
                d.putNull("deposit_percentage");
            } else {
                d.put("deposit_percentage", dep.toPlainString());
            }
        }
        for (String f : List.of("show_attachments")) {
            if (in.has(f)) {
                d.put(f, Json.bool(in, f, false));
            }
        }
        for (String f : WRITABLE_TEXT) {
            if (in.has(f)) {
                JsonNode v = in.get(f);
                if (v.isNull()) {
                    d.putNull(f);
                } else if (v.isValueNode()) {
                    d.put(f, v.asText());
                }
            }
        }
        for (String f : List.of("fulfillment_date", "generation_date")) {
            if (in.has(f)) {
                String v = Acct.dateField(in, f, "invoice");
                if (v == null) {
                    d.putNull(f);
                } else {
                    d.put(f, v);
                }
            }
        }
        if (in.has("allowed_gatewayids") && in.get("allowed_gatewayids").isArray()) {
            d.set("allowed_gatewayids", in.get("allowed_gatewayids").deepCopy());
        }
        if (in.has("lines")) {
            d.set("lines", lines(in.get("lines"), now));
        }
    }

    static ArrayNode lines(JsonNode in, String now) {
        if (in.isNull()) {
            return Json.arr();
        }
        if (!in.isArray()) {
            throw ApiException.validation(
                    1004, "lines", "invoice", null, "lines must be a list of line objects.", null);
        }
        ArrayNode out = Json.arr();
        int n = 0;
        for (JsonNode l : in) {
            if (!l.isObject()) {
                throw ApiException.validation(1004, "lines", "line", null, "Each line must be an object.", null);
            }
            ObjectNode line = out.addObject();
            line.put("lineid", ++n);
            line.put("name", Json.str(l, "name", ""));
            line.put("description", Json.str(l, "description", ""));
            BigDecimal qty = Acct.decimalField(l, "qty", "line");
            line.put(
                    "qty",
                    (qty == null ? BigDecimal.ONE : qty).stripTrailingZeros().toPlainString());
            BigDecimal cost = Acct.moneyField(l, "unit_cost", "line");
            line.put("unit_cost", (cost == null ? BigDecimal.ZERO : cost).toPlainString());
            for (String f : List.of("taxAmount1", "taxAmount2")) {
                BigDecimal pct = Acct.decimalField(l, f, "line");
                if (pct != null) {
                    if (pct.signum() < 0 || pct.compareTo(Ledger.HUNDRED) > 0 || pct.scale() > 3) {
                        throw ApiException.validation(
                                1018,
                                f,
                                "line",
                                pct.toPlainString(),
                                f + " is a tax percentage between 0 and 100 (up to 3 decimals).",
                                null);
                    }
                    line.put(f, pct.stripTrailingZeros().toPlainString());
                }
            }
            for (String f : List.of("taxName1", "taxName2", "taxNumber1", "taxNumber2")) {
                if (l.hasNonNull(f)) {
                    line.put(f, l.get(f).asText());
                }
            }
            if (l.has("compounded_tax")) {
                line.put("compounded_tax", Json.bool(l, "compounded_tax", false));
            }
            Long type = Acct.longField(l, "type", "line");
            line.put("type", type == null ? 0 : type.intValue());
            Long expense = Acct.longField(l, "expenseid", "line");
            line.put("expenseid", expense == null ? 0 : expense);
            line.put("updated", now);
        }
        return out;
    }

    /**
     * The next 4-digit invoice number: one more than the largest numeric number in the business.
     * The largest is kept in the meta table (computed by one scan the first time), so creating an
     * invoice does not read every invoice.
     */
    private static String nextNumber(Ctx ctx, Biz biz) throws SQLException {
        long max = maxNumber(ctx, biz);
        return String.format("%04d", max + 1);
    }

    private static long maxNumber(Ctx ctx, Biz biz) throws SQLException {
        String key = "invoice_number_max:" + biz.id();
        var known = ctx.tx.meta(key);
        if (known.isPresent()) {
            return Long.parseLong(known.get());
        }
        long max = 0;
        for (ObjectNode d : ctx.tx.list("invoice", biz.id())) {
            max = Math.max(max, numeric(Json.str(d, "invoice_number", "")));
        }
        ctx.tx.putMeta(key, Long.toString(max));
        return max;
    }

    private static long numeric(String num) {
        return num.matches("\\d{1,12}") ? Long.parseLong(num) : 0;
    }

    /** Records a written invoice number so that auto-numbering continues after it. */
    private static void noteNumber(Ctx ctx, Biz biz, String num) throws SQLException {
        long n = numeric(num == null ? "" : num);
        if (n > maxNumber(ctx, biz)) {
            ctx.tx.putMeta("invoice_number_max:" + biz.id(), Long.toString(n));
        }
    }

    private static void stamp(Ctx ctx, ObjectNode d) {
        d.put("updated", ctx.eastern());
        d.put("version", ctx.version());
    }
}
