package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Query;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@code /accounting/account/{acct}/users/clients} (API.md §5.1). */
final class ClientsResource {
    private ClientsResource() {}

    static final String BASE = "/accounting/account/{acct}/users/clients";

    static void register(Routes r) {
        r.add("GET", BASE, "user:clients:read", Routes.Scoping.ACCOUNT, ClientsResource::list);
        r.add("POST", BASE, "user:clients:write", Routes.Scoping.ACCOUNT, ClientsResource::create);
        r.add("GET", BASE + "/{id}", "user:clients:read", Routes.Scoping.ACCOUNT, ClientsResource::get);
        r.add("PUT", BASE + "/{id}", "user:clients:write", Routes.Scoping.ACCOUNT, ClientsResource::update);
    }

    /** Writable text fields (everything else is read-only or computed). */
    private static final List<String> TEXT = List.of(
            "fname",
            "lname",
            "organization",
            "email",
            "bus_phone",
            "home_phone",
            "mob_phone",
            "fax",
            "note",
            "p_street",
            "p_street2",
            "p_city",
            "p_province",
            "p_country",
            "p_code",
            "s_street",
            "s_street2",
            "s_city",
            "s_province",
            "s_country",
            "s_code",
            "vat_name",
            "vat_number",
            "language",
            "username",
            "company_industry",
            "company_size");

    private static final List<String> BOOLS = List.of(
            "pref_email", "pref_gmail", "allow_late_fees", "allow_late_notifications", "allow_email_include_pdf");
    private static final Set<String> BALANCES =
            Set.of("outstanding_balance", "credit_balance", "draft_balance", "overdue_balance", "grand_total_balance");

    /** Per-client balances by currency, from the client's active invoices. */
    record Balances(
            Map<String, BigDecimal> outstanding,
            Map<String, BigDecimal> overdue,
            Map<String, BigDecimal> draft,
            Map<String, BigDecimal> credit) {
        static Balances empty() {
            return new Balances(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        }
    }

    /**
     * The balances of these clients (only their invoices are read), from their active and archived
     * invoices (an archived invoice is still owed; a deleted one is not): outstanding is what is left
     * to pay on invoices that are not drafts (a draft with a payment counts as sent), overdue the
     * part of it past its due date, draft what is left on drafts, credit what was paid beyond an
     * invoice's amount.
     */
    static Map<Long, Balances> balances(Ctx ctx, Biz biz, Collection<Long> clientIds) throws SQLException {
        Map<Long, Balances> out = new LinkedHashMap<>();
        if (clientIds.isEmpty()) {
            return out;
        }
        List<ObjectNode> invoices = ctx.tx.all(new Query("invoice", biz.id())
                .indexedBy("ix_invoice_customer")
                .in("r.customerid", clientIds)
                .where(owedSql("r")));
        List<Long> ids = new ArrayList<>();
        invoices.forEach(inv -> ids.add(inv.path("id").asLong()));
        Map<Long, Ledger.Paid> paid = Ledger.paid(ctx.tx, ids);
        LocalDate today = ctx.today(biz);
        for (ObjectNode inv : invoices) {
            Ledger.Totals t =
                    Ledger.totals(inv, paid.getOrDefault(inv.path("id").asLong(), Ledger.Paid.NONE), today);
            Balances b = out.computeIfAbsent(inv.path("customerid").asLong(), k -> Balances.empty());
            String code = Json.str(inv, "currency_code", biz.currency());
            if (t.paid().compareTo(t.amount()) > 0) {
                // an overpayment is the client's credit (UNVERIFIED: see the README)
                b.credit().merge(code, t.paid().subtract(t.amount()), BigDecimal::add);
            }
            if (t.outstanding().signum() <= 0) {
                continue;
            }
            if (t.draft()) {
                b.draft().merge(code, t.outstanding(), BigDecimal::add);
            } else {
                b.outstanding().merge(code, t.outstanding(), BigDecimal::add);
                if (t.dueDate().isBefore(today)) {
                    b.overdue().merge(code, t.outstanding(), BigDecimal::add);
                }
            }
        }
        return out;
    }

    /**
     * SQL: the client {@code r} has an active invoice matching {@code condition} (over the invoice
     * {@code i} and its ledger row {@code l}), as {@link #balances} counts it.
     */
    private static String hasInvoice(String condition) {
        return "EXISTS (SELECT 1 FROM records i INDEXED BY ix_invoice_customer JOIN invoice_ledger l ON l.id = i.id WHERE i.kind = 'invoice'"
                + " AND i.biz = r.biz AND i.customerid = r.id AND " + owedSql("i") + " AND " + condition + ")";
    }

    /** SQL: invoice {@code a} counts in its client's balances (active or archived, not deleted). */
    private static String owedSql(String a) {
        return "COALESCE(" + a + ".vis_state, 0) IN (0, 2)";
    }

    static ObjectNode render(Biz biz, JsonNode d, Set<String> includes, Balances bal) {
        ObjectNode o = Json.obj();
        o.put("accounting_systemid", biz.accountId());
        o.put("allow_email_include_pdf", Json.bool(d, "allow_email_include_pdf", false));
        o.put("allow_late_fees", Json.bool(d, "allow_late_fees", true));
        o.put("allow_late_notifications", Json.bool(d, "allow_late_notifications", true));
        Json.copyText(o, d, "bus_phone", "");
        Json.copyText(o, d, "company_industry", null);
        Json.copyText(o, d, "company_size", null);
        o.put("currency_code", Json.str(d, "currency_code", biz.currency()));
        o.putNull("direct_link_token");
        Json.copyText(o, d, "email", "");
        Json.copyText(o, d, "fax", "");
        Json.copyText(o, d, "fname", "");
        o.putNull("has_retainer");
        Json.copyText(o, d, "home_phone", null);
        long id = d.path("id").asLong();
        o.put("id", id);
        o.put("language", Json.str(d, "language", "en"));
        o.putNull("last_activity");
        o.putNull("last_login");
        o.put("level", 0);
        Json.copyText(o, d, "lname", "");
        Json.copyText(o, d, "mob_phone", "");
        Json.copyText(o, d, "note", null);
        o.put("notified", false);
        o.put("num_logins", 0);
        Json.copyText(o, d, "organization", "");
        for (String f : List.of("p_city", "p_code", "p_country", "p_province", "p_street", "p_street2")) {
            Json.copyText(o, d, f, "");
        }
        o.put("pref_email", Json.bool(d, "pref_email", true));
        o.put("pref_gmail", Json.bool(d, "pref_gmail", false));
        o.putNull("retainer_id");
        o.put("role", "client");
        for (String f : List.of("s_city", "s_code", "s_country", "s_province", "s_street", "s_street2")) {
            Json.copyText(o, d, f, "");
        }
        o.put("signup_date", Json.str(d, "signup_date"));
        o.putNull("statement_token");
        o.putNull("subdomain");
        o.put("updated", Json.str(d, "updated"));
        o.put("userid", id);
        o.put("username", Json.str(d, "username", ""));
        Json.copyText(o, d, "vat_name", null);
        Json.copyText(o, d, "vat_number", null);
        o.put("vis_state", d.path("vis_state").asInt(0));
        Balances b = bal == null ? Balances.empty() : bal;
        if (includes.contains("outstanding_balance")) {
            o.set("outstanding_balance", balanceArray(b.outstanding()));
        }
        if (includes.contains("overdue_balance")) {
            o.set("overdue_balance", balanceArray(b.overdue()));
        }
        if (includes.contains("draft_balance")) {
            o.set("draft_balance", balanceArray(b.draft()));
        }
        if (includes.contains("credit_balance")) {
            o.set("credit_balance", balanceArray(b.credit()));
        }
        if (includes.contains("grand_total_balance")) {
            Map<String, BigDecimal> grand = new TreeMap<>(b.outstanding());
            b.draft().forEach((k, v) -> grand.merge(k, v, BigDecimal::add));
            o.set("grand_total_balance", balanceArray(grand));
        }
        if (includes.contains("late_reminders")) {
            o.set("late_reminders", Json.arr());
        }
        if (includes.contains("late_fee")) {
            o.putNull("late_fee");
        }
        return o;
    }

    private static ArrayNode balanceArray(Map<String, BigDecimal> byCode) {
        ArrayNode a = Json.arr();
        byCode.forEach((code, amount) -> {
            if (amount.signum() != 0) {
                a.addObject().set("amount", Json.money(amount, code));
            }
        });
        return a;
    }

    private static boolean needsBalances(Set<String> includes) {
        for (String i : includes) {
            if (BALANCES.contains(i)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ read

    private static final String FNAME = "COALESCE(" + Acct.j("fname") + ", '')";
    private static final String LNAME = "COALESCE(" + Acct.j("lname") + ", '')";

    private static Response list(Request req, Ctx ctx) throws SQLException {
        Biz biz = req.biz;
        Query q = new Query("client", biz.id()).indexedBy("ix_client");
        Acct.visible(req, q);
        Acct.eqText(req, q, "email", Acct.j("email"));
        Acct.eqText(req, q, "username", Acct.j("username"));
        Acct.eqLong(req, q, "userid", "r.id");
        Acct.inLongs(req, q, "userids", "r.id");
        Acct.like(req, q, "organization_like", Acct.j("organization"));
        Acct.like(req, q, "fname_like", FNAME);
        Acct.like(req, q, "lname_like", LNAME);
        Acct.like(req, q, "email_like", Acct.j("email"));
        Acct.like(req, q, "note_like", Acct.j("note"));
        Acct.like(req, q, "phone_like", Acct.j("bus_phone"), Acct.j("home_phone"), Acct.j("mob_phone"));
        Acct.like(
                req,
                q,
                "address_like",
                Acct.j("p_street"),
                Acct.j("p_city"),
                Acct.j("p_province"),
                Acct.j("p_country"),
                Acct.j("p_code"));
        Acct.like(
                req,
                q,
                "user_like",
                FNAME,
                LNAME,
                FNAME + " || ' ' || " + LNAME,
                Acct.j("organization"),
                Acct.j("email"),
                Acct.j("username"));
        Acct.between(req, q, "updated", "r.updated");
        String today = ctx.today(biz).toString();
        flag(req, q, "has_outstanding", hasInvoice("NOT " + Ledger.draftSql("i") + " AND " + Ledger.OUTSTANDING_SQL));
        flag(
                req,
                q,
                "has_overdue",
                hasInvoice("NOT " + Ledger.draftSql("i") + " AND " + Ledger.OUTSTANDING_SQL + " AND l.due_date < ?"),
                today);
        flag(req, q, "has_draft", hasInvoice(Ledger.draftSql("i") + " AND " + Ledger.OUTSTANDING_SQL));
        flag(req, q, "has_credit", hasInvoice("l.paid_cents > l.amount_cents"));
        Acct.sort(
                req,
                q,
                Map.of(
                        "organization_name",
                        "fb_fold(COALESCE(" + Acct.j("organization") + ", ''))",
                        "fullname",
                        "fb_fold(" + FNAME + " || ' ' || " + LNAME + ")",
                        "email",
                        "fb_fold(COALESCE(" + Acct.j("email") + ", ''))",
                        "updated",
                        "COALESCE(r.updated, '')",
                        "client_id",
                        "r.id",
                        "userid",
                        "r.id"),
                "r.id");
        Set<String> includes = req.includes();
        return Response.ok(Acct.page(ctx, req, q, "clients", docs -> {
            Map<Long, Balances> balances = needsBalances(includes) ? balances(ctx, biz, ids(docs)) : Map.of();
            List<ObjectNode> out = new ArrayList<>();
            for (ObjectNode d : docs) {
                out.add(render(biz, d, includes, balances.get(d.path("id").asLong())));
            }
            return out;
        }));
    }

    static List<Long> ids(List<ObjectNode> docs) {
        List<Long> ids = new ArrayList<>();
        docs.forEach(d -> ids.add(d.path("id").asLong()));
        return ids;
    }

    /**
     * A {@code search[has_x]} flag: absent matches all, true/1 requires the property (an SQL
     * condition on the client {@code r}), anything else its absence.
     */
    private static void flag(Request req, Query q, String key, String condition, Object... args) {
        Boolean want = Acct.searchFlag(req, key);
        if (want != null) {
            q.where(want ? condition : "NOT " + condition, args);
        }
    }

    private static ObjectNode load(Ctx ctx, Biz biz, long id) throws SQLException {
        return ctx.tx
                .get("client", biz.id(), id)
                .orElseThrow(() -> ApiException.notFound("client", "userid", id, "Client not found."));
    }

    private static Response respond(Request req, Ctx ctx, ObjectNode d) throws SQLException {
        Map<Long, Balances> balances = needsBalances(req.includes())
                ? balances(ctx, req.biz, List.of(d.path("id").asLong()))
                : Map.of();
        return Response.ok(Paging.single(
                "client",
                render(req.biz, d, req.includes(), balances.get(d.path("id").asLong()))));
    }

    private static Response get(Request req, Ctx ctx) throws SQLException {
        return respond(req, ctx, load(ctx, req.biz, Acct.pathId(req, "client", "userid")));
    }

    // ------------------------------------------------------------------ write

    private static Response create(Request req, Ctx ctx) throws SQLException {
        ObjectNode in = req.resource("client");
        boolean named = false;
        for (String f : List.of("fname", "lname", "email", "organization")) {
            named |= Json.str(in, f) != null && !Json.str(in, f).isBlank();
        }
        if (!named) {
            throw ApiException.validation(
                    7012,
                    "organization",
                    "client",
                    null,
                    "At least one field among fname, lname, email and organization is required.",
                    null);
        }
        long id = ctx.tx.nextId("client", 1001);
        ObjectNode d = Json.obj();
        d.put("id", id);
        d.put("currency_code", req.biz.currency());
        d.put("language", "en");
        d.put("signup_date", ctx.utcAccounting());
        d.put("vis_state", 0);
        apply(d, in);
        if (Json.str(d, "organization", "").isBlank()) {
            // FreshBooks shows a client without organization under its name or email
            String name = (Json.str(d, "fname", "") + " " + Json.str(d, "lname", "")).trim();
            d.put("organization", name.isEmpty() ? Json.str(d, "email", "") : name);
        }
        if (!d.hasNonNull("username")) {
            d.put("username", "client" + id);
        }
        d.put("updated", ctx.eastern());
        ctx.tx.put("client", req.biz.id(), id, d);
        return respond(req, ctx, d);
    }

    private static Response update(Request req, Ctx ctx) throws SQLException {
        ObjectNode d = load(ctx, req.biz, Acct.pathId(req, "client", "userid"));
        ObjectNode in = req.resource("client");
        if (in.has("vis_state")) {
            Long vis = Acct.longField(in, "vis_state", "client");
            if (vis == null || vis < 0 || vis > 2) {
                throw ApiException.validation(
                        1004,
                        "vis_state",
                        "client",
                        in.get("vis_state").asText(),
                        "vis_state must be 0 (active), 1 (deleted) or 2 (archived).",
                        null);
            }
            d.put("vis_state", vis.intValue());
        } else {
            apply(d, in);
        }
        d.put("updated", ctx.eastern());
        ctx.tx.put("client", req.biz.id(), d.path("id").asLong(), d);
        return respond(req, ctx, d);
    }

    private static void apply(ObjectNode d, ObjectNode in) {
        for (String f : TEXT) {
            if (in.has(f)) {
                JsonNode v = in.get(f);
                if (v.isNull()) {
                    d.putNull(f);
                } else if (v.isValueNode()) {
                    d.put(f, v.asText());
                }
            }
        }
        if (in.has("email")) {
            String email = Json.str(in, "email");
            if (email != null && !email.isBlank() && !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw ApiException.validation(1004, "email", "client", email, "Invalid email address.", null);
            }
        }
        for (String f : BOOLS) {
            if (in.has(f)) {
                d.put(f, Json.bool(in, f, false));
            }
        }
        if (in.has("currency_code")) {
            String cc = Json.str(in, "currency_code");
            if (cc == null || !cc.matches("[A-Za-z]{3}")) {
                throw ApiException.validation(
                        1004, "currency_code", "client", cc, "currency_code must be a 3-letter ISO code.", null);
            }
            d.put("currency_code", cc.toUpperCase(Locale.ROOT));
        }
    }
}
