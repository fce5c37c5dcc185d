package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Query;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /accounting/account/{acct}/estimates/estimates} (API.md §5.3), with the invoices'
 * conventions: numbers ({@code estimate_number}, next 4-digit number when omitted), money, lines
 * (only with {@code include[]=lines}; a PUT with {@code lines} replaces them), client snapshot
 * fields, search keys, phases (vis_state > actions > data).
 *
 * <p>{@code status}: 1 draft, 2 sent, 3 viewed, 4 replied, 5 accepted, 6 invoiced; {@code ui_status}
 * (and {@code display_status}) the same as words. {@code action_email} (recipients as for invoices,
 * the message in {@code estimate_customized_email}) and {@code action_mark_as_sent} make a draft
 * sent; {@code action_accept} makes it accepted ({@code accepted: true}). An invoice created with
 * {@code estimateid} makes the estimate invoiced (6) and gets the estimate's lines when it sends
 * none. Delete by {@code DELETE} (200 {@code {"response":{}}}) or {@code vis_state: 1}.
 */
final class EstimatesResource {
    private EstimatesResource() {}

    static final String BASE = "/accounting/account/{acct}/estimates/estimates";
    static final List<String> UI_STATUS =
            List.of("disputed", "draft", "sent", "viewed", "replied", "accepted", "invoiced");

    static void register(Routes r) {
        r.add("GET", BASE, "user:estimates:read", Routes.Scoping.ACCOUNT, EstimatesResource::list);
        r.add("POST", BASE, "user:estimates:write", Routes.Scoping.ACCOUNT, EstimatesResource::create);
        r.add("GET", BASE + "/{id}", "user:estimates:read", Routes.Scoping.ACCOUNT, EstimatesResource::get);
        r.add("PUT", BASE + "/{id}", "user:estimates:write", Routes.Scoping.ACCOUNT, EstimatesResource::update);
        r.add("DELETE", BASE + "/{id}", "user:estimates:write", Routes.Scoping.ACCOUNT, EstimatesResource::delete);
    }

    static String uiStatus(int status) {
        return status >= 0 && status < UI_STATUS.size() ? UI_STATUS.get(status) : "draft";
    }

    // ------------------------------------------------------------------ render

    static ObjectNode render(Biz biz, ObjectNode d, ObjectNode client, Set<String> includes) {
        String code = Json.str(d, "currency_code", biz.currency());
        Ledger.Amounts a = Ledger.amounts(d);
        long id = d.path("id").asLong();
        int status = d.path("status").asInt(1);
        ObjectNode o = Json.obj();
        o.put("accepted", status == 5 || Json.bool(d, "accepted", false));
        o.put("accountid", biz.accountId());
        o.put("accounting_systemid", biz.accountId());
        Json.copyText(o, d, "address", "");
        o.set("amount", Json.money(a.amount(), code));
        InvoicesResource.snapshot(o, d, client, "city", "p_city");
        InvoicesResource.snapshot(o, d, client, "code", "p_code");
        InvoicesResource.snapshot(o, d, client, "country", "p_country");
        o.put("create_date", Json.str(d, "create_date"));
        o.put("created_at", Json.str(d, "created_at"));
        o.put("currency_code", code);
        o.put(
                "current_organization",
                client == null ? Json.str(d, "organization", "") : Json.str(client, "organization", ""));
        o.put("customerid", d.path("customerid").asLong());
        Json.copyText(o, d, "description", "");
        o.set("discount_total", Json.money(a.discount(), code));
        o.put("discount_value", Json.str(d, "discount_value", "0"));
        o.put("display_status", uiStatus(status));
        o.put("estimate_number", Json.str(d, "estimate_number"));
        o.put("estimateid", id);
        o.put("ext_archive", 0);
        InvoicesResource.snapshot(o, d, client, "fname", "fname");
        Json.copyText(o, d, "fulfillment_date", null);
        o.put("id", id);
        o.put("invoiced", status == 6);
        o.put("language", Json.str(d, "language", "en"));
        if (includes.contains("lines")) {
            ArrayNode lines = o.putArray("lines");
            for (JsonNode l : d.path("lines")) {
                ObjectNode line = InvoicesResource.renderLine(l, id, code);
                line.remove("invoiceid");
                line.put("estimateid", id);
                lines.add(line);
            }
        }
        InvoicesResource.snapshot(o, d, client, "lname", "lname");
        Json.copyText(o, d, "notes", "");
        InvoicesResource.snapshot(o, d, client, "organization", "organization");
        o.put("ownerid", 1);
        Json.copyText(o, d, "po_number", null);
        InvoicesResource.snapshot(o, d, client, "province", "p_province");
        o.put("reply_status", status == 5 ? "accepted" : null);
        o.put("sentid", 1);
        o.put("status", status);
        InvoicesResource.snapshot(o, d, client, "street", "p_street");
        InvoicesResource.snapshot(o, d, client, "street2", "p_street2");
        o.put("template", Json.str(d, "template", "clean-grouped"));
        Json.copyText(o, d, "terms", null);
        o.put("ui_status", uiStatus(status));
        o.put("updated", Json.str(d, "updated"));
        o.put("uuid", Json.str(d, "uuid"));
        InvoicesResource.snapshot(o, d, client, "vat_name", "vat_name");
        InvoicesResource.snapshot(o, d, client, "vat_number", "vat_number");
        o.put("vis_state", d.path("vis_state").asInt(0));
        return o;
    }

    // ------------------------------------------------------------------ read

    private static Response list(Request req, Ctx ctx) throws SQLException {
        Biz biz = req.biz;
        Query q = new Query("estimate", biz.id())
                .indexedBy(
                        req.search("customerid") != null
                                        || !req.searchList("customerids").isEmpty()
                                ? "ix_estimate_customer"
                                : "ix_estimate");
        Acct.visible(req, q);
        Acct.eqLong(req, q, "customerid", "r.customerid");
        Acct.inLongs(req, q, "customerids", "r.customerid");
        Acct.eqLong(req, q, "estimateid", "r.id");
        Acct.inLongs(req, q, "estimateids", "r.id");
        Acct.eqText(req, q, "estimate_number", Acct.j("estimate_number"));
        Acct.like(req, q, "estimate_number_like", Acct.j("estimate_number"));
        Acct.like(req, q, "notes", Acct.j("notes"));
        Acct.eqLong(req, q, "statusid", "COALESCE(r.status, 1)");
        Acct.inLongs(req, q, "statusids", "COALESCE(r.status, 1)");
        String ui = req.search("ui_status");
        if (ui != null) {
            int status = UI_STATUS.indexOf(ui.trim().toLowerCase(java.util.Locale.ROOT));
            q.where("COALESCE(r.status, 1) = ?", status);
        }
        Acct.between(req, q, "date", "r.create_date");
        Acct.between(req, q, "updated", "r.updated");
        Acct.sort(
                req,
                q,
                Map.of(
                        "create_date", "r.create_date",
                        "estimate_number", Acct.j("estimate_number"),
                        "updated", "r.updated",
                        "estimateid", "r.id"),
                "r.create_date DESC, r.id DESC");
        Set<String> includes = req.includes();
        return Response.ok(Acct.page(ctx, req, q, "estimates", docs -> {
            Set<Long> customers = new java.util.TreeSet<>();
            docs.forEach(d -> customers.add(d.path("customerid").asLong()));
            Map<Long, ObjectNode> clients = ctx.tx.byIds("client", biz.id(), customers);
            List<ObjectNode> out = new ArrayList<>();
            for (ObjectNode d : docs) {
                out.add(render(biz, d, clients.get(d.path("customerid").asLong()), includes));
            }
            return out;
        }));
    }

    static ObjectNode load(Ctx ctx, Biz biz, long id) throws SQLException {
        return ctx.tx
                .get("estimate", biz.id(), id)
                .orElseThrow(() -> ApiException.notFound("estimate", "estimateid", id, "Estimate not found."));
    }

    private static Response respond(Request req, Ctx ctx, ObjectNode d) throws SQLException {
        ObjectNode client = ctx.tx
                .get("client", req.biz.id(), d.path("customerid").asLong())
                .orElse(null);
        return Response.ok(Paging.single("estimate", render(req.biz, d, client, req.includes())));
    }

    private static Response get(Request req, Ctx ctx) throws SQLException {
        return respond(req, ctx, load(ctx, req.biz, Acct.pathId(req, "estimate", "estimateid")));
    }

    // ------------------------------------------------------------------ write

    private static Response create(Request req, Ctx ctx) throws SQLException {
        ObjectNode in = req.resource("estimate");
        Long customer = Acct.longField(in, "customerid", "estimate");
        if (customer == null) {
            throw ApiException.required("estimate", "customerid");
        }
        ObjectNode client = InvoicesResource.clientOf(ctx, req.biz, customer);
        String createDate = Acct.dateField(in, "create_date", "estimate");
        if (createDate == null) {
            throw ApiException.required("estimate", "create_date");
        }
        long id = ctx.tx.nextId("estimate", 3001);
        ObjectNode d = Json.obj();
        d.put("id", id);
        d.put("customerid", customer);
        d.put("create_date", createDate);
        d.put("currency_code", Json.str(client, "currency_code", req.biz.currency()));
        d.put("status", 1);
        d.put("discount_value", "0");
        d.put("language", Json.str(client, "language", "en"));
        d.putArray("lines");
        String now = ctx.eastern();
        d.put("created_at", now);
        d.put("uuid", UUID.randomUUID().toString());
        d.put("vis_state", 0);
        applyData(ctx, req.biz, d, in, now);
        if (!d.hasNonNull("estimate_number") || Json.str(d, "estimate_number").isBlank()) {
            d.put("estimate_number", String.format("%04d", maxNumber(ctx, req.biz) + 1));
        }
        noteNumber(ctx, req.biz, Json.str(d, "estimate_number"));
        d.put("updated", now);
        ctx.tx.put("estimate", req.biz.id(), id, d);
        return respond(req, ctx, d);
    }

    private static Response update(Request req, Ctx ctx) throws SQLException {
        ObjectNode d = load(ctx, req.biz, Acct.pathId(req, "estimate", "estimateid"));
        ObjectNode in = req.resource("estimate");
        int status = d.path("status").asInt(1);
        if (in.has("vis_state")) {
            Long vis = Acct.longField(in, "vis_state", "estimate");
            if (vis == null || vis < 0 || vis > 2) {
                throw ApiException.validation(
                        1004,
                        "vis_state",
                        "estimate",
                        in.get("vis_state").asText(),
                        "vis_state must be 0 (active), 1 (deleted) or 2 (archived).",
                        null);
            }
            d.put("vis_state", vis.intValue());
        } else if (Json.bool(in, "action_accept", false)) {
            if (status == 6) {
                throw ApiException.validation(
                        1004, "action_accept", "estimate", "true", "The estimate is already invoiced.", null);
            }
            d.put("status", 5);
            d.put("accepted", true);
        } else if (Json.bool(in, "action_email", false) || Json.bool(in, "action_mark_as_sent", false)) {
            if (Json.bool(in, "action_email", false)) {
                d.set("last_email_recipients", InvoicesResource.recipients(ctx, req.biz, d, in, "estimate"));
                JsonNode email = in.get("estimate_customized_email");
                if (email != null && email.isObject()) {
                    d.set("last_email", email.deepCopy());
                }
                d.put("last_emailed_at", ctx.eastern());
            }
            if (status == 1) {
                d.put("status", 2);
            }
        } else {
            applyData(ctx, req.biz, d, in, ctx.eastern());
            noteNumber(ctx, req.biz, Json.str(d, "estimate_number"));
        }
        d.put("updated", ctx.eastern());
        ctx.tx.put("estimate", req.biz.id(), d.path("id").asLong(), d);
        return respond(req, ctx, d);
    }

    private static Response delete(Request req, Ctx ctx) throws SQLException {
        ObjectNode d = load(ctx, req.biz, Acct.pathId(req, "estimate", "estimateid"));
        d.put("vis_state", 1);
        d.put("updated", ctx.eastern());
        ctx.tx.put("estimate", req.biz.id(), d.path("id").asLong(), d);
        return Response.ok(Acct.emptyResponse());
    }

    /** The data phase: the invoice's writable fields with estimate names; {@code lines} replaces them all. */
    private static void applyData(Ctx ctx, Biz biz, ObjectNode d, ObjectNode in, String now) throws SQLException {
        if (in.has("due_date")) {
            throw ApiException.forbidden(
                    1038,
                    "due_date",
                    "estimate",
                    in.get("due_date").asText(),
                    "Write access denied to field due_date.");
        }
        if (in.has("customerid")) {
            Long customer = Acct.longField(in, "customerid", "estimate");
            if (customer == null) {
                throw ApiException.required("estimate", "customerid");
            }
            ObjectNode client = InvoicesResource.clientOf(ctx, biz, customer);
            if (customer != d.path("customerid").asLong()) {
                d.put("currency_code", Json.str(client, "currency_code", biz.currency()));
            }
            d.put("customerid", customer);
        }
        if (in.has("create_date")) {
            String date = Acct.dateField(in, "create_date", "estimate");
            if (date == null) {
                throw ApiException.required("estimate", "create_date");
            }
            d.put("create_date", date);
        }
        if (in.has("estimate_number")) {
            String num = Acct.textField(in, "estimate_number");
            if (num != null && !num.isBlank()) {
                d.put("estimate_number", num.trim());
            }
        }
        if (in.has("currency_code")) {
            String cc = Acct.textField(in, "currency_code");
            if (cc == null || !cc.matches("[A-Za-z]{3}")) {
                throw ApiException.validation(
                        1004, "currency_code", "estimate", cc, "currency_code must be a 3-letter ISO code.", null);
            }
            d.put("currency_code", cc.toUpperCase(java.util.Locale.ROOT));
        }
        if (in.has("discount_value")) {
            BigDecimal pct = Acct.decimalField(in, "discount_value", "estimate");
            pct = pct == null ? BigDecimal.ZERO : pct;
            if (pct.signum() < 0 || pct.compareTo(Ledger.HUNDRED) > 0) {
                throw ApiException.validation(
                        1018,
                        "discount_value",
                        "estimate",
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
                        1015, "status", "estimate", s.asText(), "Field status must be a number.", null);
            }
            int st = s.asInt();
            if (st < 1 || st > 4) {
                throw ApiException.validation(
                        1004,
                        "status",
                        "estimate",
                        st,
                        "Only statuses 1 (draft) to 4 (replied) can be written; accept with action_accept.",
                        null);
            }
            d.put("status", st);
        }
        for (String f : InvoicesResource.WRITABLE_TEXT) {
            if (in.has(f)) {
                JsonNode v = in.get(f);
                if (v.isNull()) {
                    d.putNull(f);
                } else if (v.isValueNode()) {
                    d.put(f, v.asText());
                }
            }
        }
        if (in.has("lines")) {
            d.set("lines", InvoicesResource.lines(in.get("lines"), now));
        }
    }

    // ------------------------------------------------------------------ numbers and invoicing

    private static long maxNumber(Ctx ctx, Biz biz) throws SQLException {
        String key = "estimate_number_max:" + biz.id();
        var known = ctx.tx.meta(key);
        if (known.isPresent()) {
            return Long.parseLong(known.get());
        }
        long max = 0;
        for (ObjectNode d : ctx.tx.list("estimate", biz.id())) {
            String num = Json.str(d, "estimate_number", "");
            max = Math.max(max, num.matches("\\d{1,12}") ? Long.parseLong(num) : 0);
        }
        ctx.tx.putMeta(key, Long.toString(max));
        return max;
    }

    private static void noteNumber(Ctx ctx, Biz biz, String num) throws SQLException {
        long n = num != null && num.matches("\\d{1,12}") ? Long.parseLong(num) : 0;
        if (n > maxNumber(ctx, biz)) {
            ctx.tx.putMeta("estimate_number_max:" + biz.id(), Long.toString(n));
        }
    }

    /**
     * The estimate an invoice create names with {@code estimateid} (null when none): it must exist,
     * not be deleted, and belong to the invoice's client.
     */
    static ObjectNode forInvoice(Ctx ctx, Biz biz, ObjectNode in, long customer) throws SQLException {
        Long id = Acct.longField(in, "estimateid", "invoice");
        if (id == null || id == 0) {
            return null;
        }
        ObjectNode e = ctx.tx
                .get("estimate", biz.id(), id)
                .orElseThrow(
                        () -> ApiException.validation(1012, "estimateid", "estimate", id, "Estimate not found.", null));
        if (e.path("vis_state").asInt(0) == 1) {
            throw ApiException.validation(1011, "estimateid", "estimate", id, "The estimate is deleted.", null);
        }
        if (e.path("customerid").asLong() != customer) {
            throw ApiException.validation(
                    1004, "estimateid", "estimate", id, "The estimate belongs to another client.", null);
        }
        return e;
    }

    /** An invoice was made from this estimate: status invoiced (6). */
    static void markInvoiced(Ctx ctx, Biz biz, ObjectNode estimate) throws SQLException {
        estimate.put("status", 6);
        estimate.put("updated", ctx.eastern());
        ctx.tx.put("estimate", biz.id(), estimate.path("id").asLong(), estimate);
    }
}
