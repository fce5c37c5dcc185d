package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Query;
import dev.fbcli.sandbox.store.Tx;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /accounting/account/{acct}/expenses/expenses} and the read-only
 * {@code expenses/categories} (API.md §5.4, §5.5).
 *
 * <p>Chosen reading (UNVERIFIED in API.md §9.15): both {@code projectid} and
 * {@code modern_projectid} are accepted on write as the id of a {@code /projects} project, and
 * both are returned with that same value on read ({@code projectid: 0} and
 * {@code modern_projectid: null} when there is none, as in the fixture).
 */
final class ExpensesResource {
    private ExpensesResource() {}

    static final String BASE = "/accounting/account/{acct}/expenses/expenses";
    static final String CATEGORIES = "/accounting/account/{acct}/expenses/categories";

    static void register(Routes r) {
        r.add("GET", BASE, "user:expenses:read", Routes.Scoping.ACCOUNT, ExpensesResource::list);
        r.add("POST", BASE, "user:expenses:write", Routes.Scoping.ACCOUNT, ExpensesResource::create);
        r.add("GET", BASE + "/{id}", "user:expenses:read", Routes.Scoping.ACCOUNT, ExpensesResource::get);
        r.add("PUT", BASE + "/{id}", "user:expenses:write", Routes.Scoping.ACCOUNT, ExpensesResource::update);
        r.add("GET", CATEGORIES, "user:expenses:read", Routes.Scoping.ACCOUNT, ExpensesResource::listCategories);
        r.add("GET", CATEGORIES + "/{id}", "user:expenses:read", Routes.Scoping.ACCOUNT, ExpensesResource::getCategory);
    }

    // ------------------------------------------------------------------ categories

    static ObjectNode renderCategory(JsonNode d) {
        ObjectNode o = Json.obj();
        o.put("category", Json.str(d, "category", ""));
        long id = d.path("id").asLong();
        o.put("categoryid", id);
        o.put("created_at", Json.str(d, "created_at"));
        o.put("id", id);
        o.put("is_cogs", Json.bool(d, "is_cogs", false));
        o.put("is_editable", Json.bool(d, "is_editable", false));
        Json.putLong(o, "parentid", Json.lng(d, "parentid"));
        o.put("transaction_posted", Json.bool(d, "transaction_posted", false));
        o.put("updated_at", Json.str(d, "updated_at"));
        o.put("vis_state", d.path("vis_state").asInt(0));
        return o;
    }

    private static Response listCategories(Request req, Ctx ctx) throws SQLException {
        Query q = new Query("category", req.biz.id());
        Acct.visible(req, q);
        Acct.eqLong(req, q, "categoryid", "r.id");
        Acct.inLongs(req, q, "categoryids", "r.id");
        Acct.like(req, q, "category", Acct.j("category"));
        return Response.ok(Acct.page(ctx, req, q, "categories", docs -> {
            List<ObjectNode> out = new ArrayList<>();
            docs.forEach(d -> out.add(renderCategory(d)));
            return out;
        }));
    }

    private static Response getCategory(Request req, Ctx ctx) throws SQLException {
        long id = Acct.pathId(req, "category", "categoryid");
        ObjectNode d = ctx.tx
                .get("category", req.biz.id(), id)
                .orElseThrow(() -> ApiException.notFound("category", "categoryid", id, "Category not found."));
        return Response.ok(Paging.single("category", renderCategory(d)));
    }

    // ------------------------------------------------------------------ expenses

    static ObjectNode render(Ctx ctx, Biz biz, JsonNode d, Set<String> includes) throws SQLException {
        String code = Json.str(d, "code", biz.currency());
        ObjectNode o = Json.obj();
        o.put("account_name", Json.str(d, "account_name", ""));
        Json.putLong(o, "accountid", Json.lng(d, "accountid"));
        o.put("accounting_systemid", biz.accountId());
        o.set("amount", Json.money(Json.dec(d, "amount", BigDecimal.ZERO), code));
        if (includes.contains("attachment")) {
            JsonNode a = d.get("attachment");
            if (a == null || a.isNull()) {
                o.putNull("attachment");
            } else {
                ObjectNode att = o.putObject("attachment");
                att.put("attachmentid", a.path("id").asLong());
                att.put("id", a.path("id").asLong());
                att.put("jwt", a.path("jwt").asText());
                att.put("media_type", a.path("media_type").asText());
            }
        }
        o.putNull("background_jobid");
        Json.copyText(o, d, "bank_name", "");
        o.putArray("bill_matches");
        o.put("billable", Json.bool(d, "billable", false));
        o.put("categoryid", d.path("categoryid").asLong());
        if (includes.contains("category")) {
            Optional<ObjectNode> cat =
                    ctx.tx.get("category", biz.id(), d.path("categoryid").asLong());
            o.set("category", cat.isPresent() ? renderCategory(cat.get()) : Json.F.nullNode());
        }
        o.put("clientid", d.path("clientid").asLong(0));
        o.put("compounded_tax", Json.bool(d, "compounded_tax", false));
        o.putNull("converse_projectid");
        o.put("date", Json.str(d, "date"));
        long id = d.path("id").asLong();
        o.put("expenseid", id);
        o.putNull("ext_accountid");
        o.put("ext_invoiceid", 0);
        o.put("ext_systemid", 0);
        o.put("from_bulk_import", false);
        o.put("has_receipt", Json.bool(d, "has_receipt", false));
        o.put("id", id);
        o.put("include_receipt", Json.bool(d, "include_receipt", false));
        Json.putLong(o, "invoiceid", Json.lng(d, "invoiceid"));
        o.put("is_cogs", Json.bool(d, "is_cogs", false));
        o.put("isduplicate", false);
        o.put("markup_percent", Json.str(d, "markup_percent", "0"));
        Long project = Json.lng(d, "projectid");
        Json.putLong(o, "modern_projectid", project);
        o.put("notes", Json.str(d, "notes", ""));
        o.put("potential_bill_payment", false);
        o.put("profileid", 0);
        o.put("projectid", project == null ? 0 : project);
        o.put("staffid", d.path("staffid").asLong(1));
        o.put("status", d.path("status").asInt(0));
        for (String n : List.of("1", "2")) {
            BigDecimal tax = Json.dec(d, "taxAmount" + n, null);
            if (tax == null) {
                o.putNull("taxAmount" + n);
            } else {
                o.set("taxAmount" + n, Json.money(tax, code));
            }
        }
        Json.copyText(o, d, "taxName1", null);
        Json.copyText(o, d, "taxName2", null);
        Json.copy(o, d, "taxPercent1", null);
        Json.copy(o, d, "taxPercent2", null);
        Json.copyText(o, d, "transactionid", null);
        o.put("updated", Json.str(d, "updated"));
        o.put("vendor", Json.str(d, "vendor", ""));
        o.put("vis_state", d.path("vis_state").asInt(0));
        if (includes.contains("project")) {
            Optional<ObjectNode> p = project == null ? Optional.empty() : ctx.tx.get("project", biz.id(), project);
            o.set("project", p.isPresent() ? ProjectsRouter.render(p.get(), Map.of(), null, false) : Json.F.nullNode());
        }
        return o;
    }

    private static Response list(Request req, Ctx ctx) throws SQLException {
        Query q = new Query("expense", req.biz.id()).indexedBy("ix_expense");
        Acct.visible(req, q);
        Acct.eqLong(req, q, "expenseid", "r.id");
        Acct.inLongs(req, q, "expenseids", "r.id");
        Acct.eqLong(req, q, "clientid", "r.clientid");
        Acct.inLongs(req, q, "clientids", "r.clientid");
        Acct.eqLong(req, q, "staffid", Acct.j("staffid"));
        Acct.inLongs(req, q, "staffids", Acct.j("staffid"));
        Acct.eqLong(req, q, "categoryid", Acct.j("categoryid"));
        Acct.inLongs(req, q, "categoryids", Acct.j("categoryid"));
        Acct.eqLong(req, q, "projectid", Acct.j("projectid"));
        Acct.inLongs(req, q, "projectids", Acct.j("projectid"));
        Acct.between(req, q, "date", "r.date");
        Acct.between(req, q, "updated", "r.updated");
        Acct.amountBetween(req, q, "amount", "COALESCE(r.amount_num, 0)");
        Acct.like(req, q, "vendor", Acct.j("vendor"));
        Boolean receipt = Acct.searchFlag(req, "has_receipt");
        if (receipt != null) {
            q.where("COALESCE(" + Acct.j("has_receipt") + ", 0) = ?", receipt ? 1 : 0);
        }
        String clientNot = req.search("clientid_not");
        if (clientNot != null) {
            q.where("COALESCE(CAST(r.clientid AS TEXT), '') <> ?", clientNot.trim());
        }
        Acct.sort(
                req,
                q,
                Map.of(
                        "date", "r.date",
                        "updated", "r.updated",
                        "amount", "COALESCE(r.amount_num, 0)",
                        "vendor", "COALESCE(" + Acct.j("vendor") + ", '')"),
                "r.date DESC, r.id DESC");
        Set<String> includes = req.includes();
        return Response.ok(Acct.page(ctx, req, q, "expenses", docs -> {
            List<ObjectNode> out = new ArrayList<>();
            for (ObjectNode d : docs) {
                out.add(render(ctx, req.biz, d, includes));
            }
            return out;
        }));
    }

    private static ObjectNode load(Ctx ctx, Biz biz, long id) throws SQLException {
        return ctx.tx
                .get("expense", biz.id(), id)
                .orElseThrow(() -> ApiException.notFound("expense", "expenseid", id, "Expense not found."));
    }

    private static Response respond(Request req, Ctx ctx, ObjectNode d) throws SQLException {
        return Response.ok(Paging.single("expense", render(ctx, req.biz, d, req.includes())));
    }

    private static Response get(Request req, Ctx ctx) throws SQLException {
        return respond(req, ctx, load(ctx, req.biz, Acct.pathId(req, "expense", "expenseid")));
    }

    private static Response create(Request req, Ctx ctx) throws SQLException {
        ObjectNode in = req.resource("expense");
        for (String f : List.of("categoryid", "date", "amount")) {
            if (!in.hasNonNull(f)) {
                throw ApiException.required("expense", f);
            }
        }
        long id = ctx.tx.nextId("expense", 7001);
        ObjectNode d = Json.obj();
        d.put("id", id);
        d.put("staffid", 1);
        d.put("code", req.biz.currency());
        d.put("clientid", 0);
        d.putNull("projectid");
        d.put("status", 0);
        d.put("vis_state", 0);
        d.putNull("attachment");
        apply(ctx, req.biz, d, in);
        d.put("updated", ctx.eastern());
        ctx.tx.put("expense", req.biz.id(), id, d);
        return respond(req, ctx, d);
    }

    private static Response update(Request req, Ctx ctx) throws SQLException {
        ObjectNode d = load(ctx, req.biz, Acct.pathId(req, "expense", "expenseid"));
        ObjectNode in = req.resource("expense");
        if (in.has("vis_state")) {
            Long vis = Acct.longField(in, "vis_state", "expense");
            if (vis == null || vis < 0 || vis > 2) {
                throw ApiException.validation(
                        1004,
                        "vis_state",
                        "expense",
                        in.get("vis_state").asText(),
                        "vis_state must be 0 (active), 1 (deleted) or 2 (archived).",
                        null);
            }
            d.put("vis_state", vis.intValue());
        } else {
            apply(ctx, req.biz, d, in);
        }
        d.put("updated", ctx.eastern());
        ctx.tx.put("expense", req.biz.id(), d.path("id").asLong(), d);
        return respond(req, ctx, d);
    }

    private static void apply(Ctx ctx, Biz biz, ObjectNode d, ObjectNode in) throws SQLException {
        Tx tx = ctx.tx;
        if (in.has("categoryid")) {
            Long cat = Acct.longField(in, "categoryid", "expense");
            if (cat == null) {
                throw ApiException.required("expense", "categoryid");
            }
            if (tx.get("category", biz.id(), cat).isEmpty()) {
                throw ApiException.validation(1012, "categoryid", "category", cat, "Category not found.", null);
            }
            d.put("categoryid", cat);
        }
        if (in.has("date")) {
            String date = Acct.dateField(in, "date", "expense");
            if (date == null) {
                throw ApiException.required("expense", "date");
            }
            d.put("date", date);
        }
        if (in.has("amount")) {
            BigDecimal amount = Acct.moneyField(in, "amount", "expense");
            if (amount == null) {
                throw ApiException.required("expense", "amount");
            }
            if (amount.signum() < 0) {
                throw ApiException.validation(
                        1004,
                        "amount",
                        "expense",
                        amount.toPlainString(),
                        "The expense amount must not be negative.",
                        null);
            }
            d.put("amount", amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
            String code = Acct.moneyCode(in, "amount");
            if (code != null) {
                if (!code.matches("[A-Za-z]{3}")) {
                    throw ApiException.validation(
                            1004,
                            "amount",
                            "expense",
                            code,
                            "The amount's code must be a 3-letter currency code.",
                            null);
                }
                d.put("code", code.toUpperCase(java.util.Locale.ROOT));
            }
        }
        if (in.has("staffid")) {
            Long staff = Acct.longField(in, "staffid", "expense");
            d.put("staffid", staff == null ? 1 : staff);
        }
        if (in.has("clientid")) {
            Long client = Acct.longField(in, "clientid", "expense");
            if (client != null
                    && client != 0
                    && tx.get("client", biz.id(), client).isEmpty()) {
                throw ApiException.validation(1012, "clientid", "client", client, "Client not found.", null);
            }
            d.put("clientid", client == null ? 0 : client);
        }
        Long project = null;
        boolean projectGiven = false;
        for (String f : List.of("projectid", "modern_projectid")) {
            if (in.has(f)) {
                Long p = Acct.longField(in, f, "expense");
                if (p != null && p == 0) {
                    p = null;
                }
                if (projectGiven && !java.util.Objects.equals(project, p)) {
                    throw ApiException.validation(
                            1004,
                            f,
                            "expense",
                            String.valueOf(p),
                            "projectid and modern_projectid name different projects.",
                            null);
                }
                projectGiven = true;
                project = p;
            }
        }
        if (projectGiven) {
            if (project != null && tx.get("project", biz.id(), project).isEmpty()) {
                throw ApiException.validation(1012, "projectid", "project", project, "Project not found.", null);
            }
            Json.putLong(d, "projectid", project);
        }
        if (in.has("invoiceid")) {
            Long inv = Acct.longField(in, "invoiceid", "expense");
            if (inv != null && inv != 0 && tx.get("invoice", biz.id(), inv).isEmpty()) {
                throw ApiException.validation(1012, "invoiceid", "invoice", inv, "Invoice not found.", null);
            }
            Json.putLong(d, "invoiceid", inv == null || inv == 0 ? null : inv);
        }
        for (String f :
                List.of("vendor", "notes", "bank_name", "taxName1", "taxName2", "transactionid", "account_name")) {
            if (in.has(f)) {
                JsonNode v = in.get(f);
                if (v.isNull()) {
                    d.putNull(f);
                } else {
                    d.put(f, v.asText());
                }
            }
        }
        if (in.has("markup_percent")) {
            BigDecimal m = Acct.decimalField(in, "markup_percent", "expense");
            d.put("markup_percent", m == null ? "0" : m.stripTrailingZeros().toPlainString());
        }
        for (String n : List.of("1", "2")) {
            if (in.has("taxAmount" + n)) {
                BigDecimal t = Acct.moneyField(in, "taxAmount" + n, "expense");
                if (t == null) {
                    d.putNull("taxAmount" + n);
                } else {
                    d.put("taxAmount" + n, t.setScale(2, RoundingMode.HALF_UP).toPlainString());
                }
            }
            if (in.has("taxPercent" + n)) {
                BigDecimal t = Acct.decimalField(in, "taxPercent" + n, "expense");
                if (t == null) {
                    d.putNull("taxPercent" + n);
                } else {
                    d.put("taxPercent" + n, t);
                }
            }
        }
        for (String f : List.of("billable", "is_cogs", "has_receipt", "include_receipt", "compounded_tax")) {
            if (in.has(f) && !in.get(f).isNull()) {
                d.put(f, Json.bool(in, f, false));
            }
        }
        if (in.has("attachment")) {
            JsonNode a = in.get("attachment");
            if (a.isNull()) {
                d.putNull("attachment");
                d.put("has_receipt", false);
            } else {
                String jwt = a.isObject() ? Json.str(a, "jwt") : null;
                if (jwt == null || jwt.isBlank()) {
                    throw ApiException.validation(
                            1001,
                            "attachment",
                            "expense",
                            null,
                            "attachment needs the jwt returned by POST /uploads/account/{account_id}/attachments.",
                            null);
                }
                Optional<Tx.FileRow> file = tx.file(jwt, false);
                if (file.isEmpty() || !file.get().accountId().equals(biz.accountId())) {
                    throw ApiException.validation(
                            1012,
                            "attachment",
                            "attachment",
                            jwt,
                            "Attachment not found: upload the file first.",
                            null);
                }
                ObjectNode att = d.putObject("attachment");
                att.put("id", file.get().id());
                att.put("jwt", jwt);
                att.put("media_type", Json.str(a, "media_type", file.get().mediaType()));
                d.put("has_receipt", true);
            }
        }
    }
}
