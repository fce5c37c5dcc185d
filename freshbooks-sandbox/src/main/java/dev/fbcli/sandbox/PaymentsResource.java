package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Query;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /accounting/account/{acct}/payments/payments} (API.md §5.6). */
final class PaymentsResource {
    private PaymentsResource() {}

    static final String BASE = "/accounting/account/{acct}/payments/payments";

    static final Set<String> TYPES = Set.of(
            "Check",
            "Credit",
            "Cash",
            "Bank Transfer",
            "Credit Card",
            "Debit",
            "PayPal",
            "2Checkout",
            "VISA",
            "MASTERCARD",
            "DISCOVER",
            "AMEX",
            "DINERS",
            "JCB",
            "ACH",
            "Other");

    static void register(Routes r) {
        r.add("GET", BASE, "user:payments:read", Routes.Scoping.ACCOUNT, PaymentsResource::list);
        r.add("POST", BASE, "user:payments:write", Routes.Scoping.ACCOUNT, PaymentsResource::create);
        r.add("GET", BASE + "/{id}", "user:payments:read", Routes.Scoping.ACCOUNT, PaymentsResource::get);
        r.add("PUT", BASE + "/{id}", "user:payments:write", Routes.Scoping.ACCOUNT, PaymentsResource::update);
    }

    static ObjectNode render(Biz biz, JsonNode d) {
        ObjectNode o = Json.obj();
        o.put("accounting_systemid", biz.accountId());
        o.set("amount", Json.money(Json.dec(d, "amount", BigDecimal.ZERO), Json.str(d, "code", biz.currency())));
        o.putNull("bulk_paymentid");
        o.put("clientid", d.path("clientid").asLong());
        o.putNull("creditid");
        o.put("date", Json.str(d, "date"));
        o.put("from_credit", false);
        o.putNull("gateway");
        long id = d.path("id").asLong();
        o.put("id", id);
        o.put("invoiceid", d.path("invoiceid").asLong());
        o.put("logid", id);
        o.put("note", Json.str(d, "note", ""));
        Json.copyText(o, d, "orderid", null);
        Json.putLong(o, "overpaymentid", Json.lng(d, "overpaymentid"));
        if (d.has("send_client_notification")) {
            o.put("send_client_notification", Json.bool(d, "send_client_notification", false));
        } else {
            o.putNull("send_client_notification");
        }
        Json.copyText(o, d, "transactionid", null);
        o.put("type", Json.str(d, "type", "Check"));
        o.put("updated", Json.str(d, "updated"));
        o.put("vis_state", d.path("vis_state").asInt(0));
        return o;
    }

    private static Response list(Request req, Ctx ctx) throws SQLException {
        boolean byClient = req.search("clientid") != null
                || req.search("customerid") != null
                || !req.searchList("clientids").isEmpty()
                || !req.searchList("customerids").isEmpty();
        Query q = new Query("payment", req.biz.id())
                .indexedBy(
                        req.search("invoiceid") != null
                                ? "ix_payment_invoice"
                                : byClient ? "ix_payment_client" : "ix_payment");
        Acct.visible(req, q);
        Acct.eqLong(req, q, "invoiceid", "r.invoiceid");
        Acct.eqLong(req, q, "clientid", "r.clientid");
        Acct.inLongs(req, q, "clientids", "r.clientid");
        Acct.eqLong(req, q, "customerid", "r.clientid");
        Acct.inLongs(req, q, "customerids", "r.clientid");
        Acct.between(req, q, "date", "r.date");
        Acct.between(req, q, "updated", "r.updated");
        Acct.amountBetween(req, q, "amount", "COALESCE(r.amount_num, 0)");
        Acct.eqText(req, q, "type", Acct.j("type"));
        Acct.eqText(req, q, "currency", Acct.j("code"));
        Acct.sort(
                req,
                q,
                Map.of("date", "r.date", "updated", "r.updated", "amount", "COALESCE(r.amount_num, 0)"),
                "r.date DESC, r.id DESC");
        return Response.ok(Acct.page(ctx, req, q, "payments", docs -> {
            List<ObjectNode> out = new ArrayList<>();
            docs.forEach(d -> out.add(render(req.biz, d)));
            return out;
        }));
    }

    private static ObjectNode load(Ctx ctx, Biz biz, long id) throws SQLException {
        return ctx.tx
                .get("payment", biz.id(), id)
                .orElseThrow(() -> ApiException.notFound("payment", "logid", id, "Payment not found."));
    }

    private static Response get(Request req, Ctx ctx) throws SQLException {
        return Response.ok(
                Paging.single("payment", render(req.biz, load(ctx, req.biz, Acct.pathId(req, "payment", "logid")))));
    }

    private static Response create(Request req, Ctx ctx) throws SQLException {
        ObjectNode in = req.resource("payment");
        Long invoiceId = Acct.longField(in, "invoiceid", "payment");
        if (invoiceId == null) {
            throw ApiException.required("payment", "invoiceid");
        }
        ObjectNode inv = ctx.tx
                .get("invoice", req.biz.id(), invoiceId)
                .orElseThrow(() ->
                        ApiException.validation(1012, "invoiceid", "invoice", invoiceId, "Invoice not found.", null));
        if (inv.path("vis_state").asInt(0) == 1) {
            throw ApiException.validation(
                    1011,
                    "invoiceid",
                    "invoice",
                    invoiceId,
                    "The invoice is deleted; payments cannot be added to it.",
                    null);
        }
        BigDecimal amount = Acct.moneyField(in, "amount", "payment");
        if (amount == null) {
            throw ApiException.required("payment", "amount");
        }
        if (amount.signum() <= 0) {
            throw ApiException.validation(
                    1004,
                    "amount",
                    "payment",
                    amount.toPlainString(),
                    "The payment amount must be greater than 0.",
                    null);
        }
        String code = Json.str(inv, "currency_code", req.biz.currency());
        String given = Acct.moneyCode(in, "amount");
        if (given != null && !given.equalsIgnoreCase(code)) {
            throw ApiException.validation(
                    1004,
                    "amount",
                    "payment",
                    given,
                    "The payment currency " + given + " does not match the invoice currency " + code + ".",
                    null);
        }
        long id = ctx.tx.nextId("payment", 8001);
        ObjectNode d = Json.obj();
        d.put("id", id);
        d.put("invoiceid", invoiceId);
        d.put("clientid", inv.path("customerid").asLong());
        d.put("amount", amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        d.put("code", code);
        String date = Acct.dateField(in, "date", "payment");
        d.put("date", date == null ? ctx.today(req.biz).toString() : date);
        d.put("vis_state", 0);
        apply(d, in);
        if (!d.has("type")) {
            d.put("type", "Check");
        }
        d.put("updated", ctx.eastern());
        // the part above what was left to pay becomes the client's credit, with an id of its own
        Ledger.Totals before = Ledger.totals(inv, Ledger.paid(ctx.tx, invoiceId), ctx.today(req.biz));
        if (amount.compareTo(before.outstanding()) > 0) {
            d.put("overpaymentid", ctx.tx.nextId("overpayment", 4001));
            d.put("overpaid", amount.subtract(before.outstanding()).toPlainString());
        }
        ctx.tx.put("payment", req.biz.id(), id, d);
        touchInvoice(ctx, req.biz, inv);
        return Response.ok(Paging.single("payment", render(req.biz, d)));
    }

    private static Response update(Request req, Ctx ctx) throws SQLException {
        ObjectNode d = load(ctx, req.biz, Acct.pathId(req, "payment", "logid"));
        ObjectNode in = req.resource("payment");
        if (in.has("vis_state")) {
            Long vis = Acct.longField(in, "vis_state", "payment");
            if (vis == null || vis < 0 || vis > 2) {
                throw ApiException.validation(
                        1004,
                        "vis_state",
                        "payment",
                        in.get("vis_state").asText(),
                        "vis_state must be 0 (active), 1 (deleted) or 2 (archived).",
                        null);
            }
            d.put("vis_state", vis.intValue());
        } else {
            if (in.has("amount")) {
                BigDecimal amount = Acct.moneyField(in, "amount", "payment");
                if (amount == null || amount.signum() <= 0) {
                    throw ApiException.validation(
                            1004,
                            "amount",
                            "payment",
                            in.get("amount").toString(),
                            "The payment amount must be greater than 0.",
                            null);
                }
                d.put(
                        "amount",
                        amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
            }
            if (in.has("date")) {
                String date = Acct.dateField(in, "date", "payment");
                if (date == null) {
                    throw ApiException.required("payment", "date");
                }
                d.put("date", date);
            }
            apply(d, in);
        }
        d.put("updated", ctx.eastern());
        ctx.tx.put("payment", req.biz.id(), d.path("id").asLong(), d);
        ctx.tx.get("invoice", req.biz.id(), d.path("invoiceid").asLong()).ifPresent(inv -> {
            try {
                touchInvoice(ctx, req.biz, inv);
            } catch (SQLException e) {
                throw new dev.fbcli.sandbox.store.StoreException(e.getMessage(), e);
            }
        });
        return Response.ok(Paging.single("payment", render(req.biz, d)));
    }

    private static void apply(ObjectNode d, ObjectNode in) {
        if (in.has("type")) {
            String type = Json.str(in, "type");
            if (type == null || !TYPES.contains(type)) {
                throw ApiException.validation(
                        1004,
                        "type",
                        "payment",
                        type,
                        "Unknown payment type; use one of " + String.join(", ", new java.util.TreeSet<>(TYPES)) + ".",
                        null);
            }
            d.put("type", type);
        }
        for (String f : List.of("note", "orderid", "transactionid")) {
            if (in.has(f)) {
                d.put(f, Json.str(in, f, ""));
            }
        }
        if (in.has("send_client_notification")) {
            d.put("send_client_notification", Json.bool(in, "send_client_notification", false));
        }
    }

    /** A payment changes the invoice: bump its {@code updated}, compute its ledger row again. */
    private static void touchInvoice(Ctx ctx, Biz biz, ObjectNode inv) throws SQLException {
        inv.put("updated", ctx.eastern());
        inv.put("version", ctx.version());
        Ledger.put(ctx.tx, biz.id(), inv);
    }
}
