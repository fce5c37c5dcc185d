package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Query;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** {@code /accounting/account/{acct}/taxes/taxes} (API.md §5.8); delete is an HTTP DELETE. */
final class TaxesResource {
    private TaxesResource() {}

    static final String BASE = "/accounting/account/{acct}/taxes/taxes";

    static void register(Routes r) {
        r.add("GET", BASE, "user:taxes:read", Routes.Scoping.ACCOUNT, TaxesResource::list);
        r.add("POST", BASE, "user:taxes:write", Routes.Scoping.ACCOUNT, TaxesResource::create);
        r.add("GET", BASE + "/{id}", "user:taxes:read", Routes.Scoping.ACCOUNT, TaxesResource::get);
        r.add("PUT", BASE + "/{id}", "user:taxes:write", Routes.Scoping.ACCOUNT, TaxesResource::update);
        r.add("DELETE", BASE + "/{id}", "user:taxes:write", Routes.Scoping.ACCOUNT, TaxesResource::delete);
    }

    static ObjectNode render(Biz biz, JsonNode d) {
        ObjectNode o = Json.obj();
        o.put("accounting_systemid", biz.accountId());
        o.put("amount", Json.str(d, "amount", "0"));
        o.put("compound", Json.bool(d, "compound", false));
        long id = d.path("id").asLong();
        o.put("id", id);
        o.put("name", Json.str(d, "name", ""));
        Json.copyText(o, d, "number", null);
        o.put("taxid", id);
        o.put("updated", Json.str(d, "updated"));
        return o;
    }

    private static Response list(Request req, Ctx ctx) throws SQLException {
        Query q = new Query("tax", req.biz.id());
        Acct.eqLong(req, q, "taxid", "r.id");
        Acct.inLongs(req, q, "taxids", "r.id");
        Acct.like(req, q, "name", Acct.j("name"));
        Acct.like(req, q, "number", Acct.j("number"));
        Acct.between(req, q, "updated", "r.updated");
        Boolean compound = Acct.searchFlag(req, "compound");
        if (compound != null) {
            q.where("COALESCE(" + Acct.j("compound") + ", 0) = ?", compound ? 1 : 0);
        }
        return Response.ok(Acct.page(ctx, req, q, "taxes", docs -> {
            List<ObjectNode> out = new ArrayList<>();
            docs.forEach(d -> out.add(render(req.biz, d)));
            return out;
        }));
    }

    private static ObjectNode load(Ctx ctx, Biz biz, long id) throws SQLException {
        return ctx.tx
                .get("tax", biz.id(), id)
                .orElseThrow(() -> ApiException.notFound("tax", "taxid", id, "Tax not found."));
    }

    private static Response get(Request req, Ctx ctx) throws SQLException {
        return Response.ok(Paging.single("tax", render(req.biz, load(ctx, req.biz, Acct.pathId(req, "tax", "taxid")))));
    }

    private static Response create(Request req, Ctx ctx) throws SQLException {
        ObjectNode in = req.resource("tax");
        String name = Json.str(in, "name");
        if (name == null || name.isBlank()) {
            throw ApiException.required("tax", "name");
        }
        long id = ctx.tx.nextId("tax", 7801);
        ObjectNode d = Json.obj();
        d.put("id", id);
        d.put("amount", "0");
        d.put("compound", false);
        d.putNull("number");
        apply(d, in);
        d.put("updated", ctx.eastern());
        ctx.tx.put("tax", req.biz.id(), id, d);
        return Response.ok(Paging.single("tax", render(req.biz, d)));
    }

    private static Response update(Request req, Ctx ctx) throws SQLException {
        ObjectNode d = load(ctx, req.biz, Acct.pathId(req, "tax", "taxid"));
        apply(d, req.resource("tax"));
        d.put("updated", ctx.eastern());
        ctx.tx.put("tax", req.biz.id(), d.path("id").asLong(), d);
        return Response.ok(Paging.single("tax", render(req.biz, d)));
    }

    private static Response delete(Request req, Ctx ctx) throws SQLException {
        ObjectNode d = load(ctx, req.biz, Acct.pathId(req, "tax", "taxid"));
        ctx.tx.delete("tax", req.biz.id(), d.path("id").asLong());
        return Response.ok(Acct.emptyResponse());
    }

    private static void apply(ObjectNode d, ObjectNode in) {
        if (in.has("name")) {
            String name = Json.str(in, "name");
            if (name == null || name.isBlank()) {
                throw ApiException.required("tax", "name");
            }
            d.put("name", name.trim());
        }
        if (in.has("number")) {
            String n = Json.str(in, "number");
            if (n == null) {
                d.putNull("number");
            } else {
                d.put("number", n);
            }
        }
        if (in.has("amount")) {
            BigDecimal pct = Acct.decimalField(in, "amount", "tax");
            if (pct == null || pct.signum() < 0 || pct.compareTo(Ledger.HUNDRED) > 0 || pct.scale() > 3) {
                throw ApiException.validation(
                        1018,
                        "amount",
                        "tax",
                        in.get("amount").asText(),
                        "amount is a percentage between 0 and 100 (up to 3 decimals).",
                        null);
            }
            d.put("amount", pct.stripTrailingZeros().toPlainString());
        }
        if (in.has("compound")) {
            d.put("compound", Json.bool(in, "compound", false));
        }
    }
}
