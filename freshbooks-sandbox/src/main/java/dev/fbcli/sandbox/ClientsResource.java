package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Tx;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

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

    static Map<Long, ObjectNode> byId(Tx tx, long biz) throws SQLException {
        Map<Long, ObjectNode> m = new LinkedHashMap<>();
        for (ObjectNode c : tx.list("client", biz)) {
            m.put(c.path("id").asLong(), c);
        }
        return m;
    }

    /** Per-client balances by currency, from the client's active invoices. */
    record Balances(
            Map<String, BigDecimal> outstanding, Map<String, BigDecimal> overdue, Map<String, BigDecimal> draft) {
        static Balances empty() {
            return new Balances(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        }
    }

    static Map<Long, Balances> balances(Ctx ctx, Biz biz) throws SQLException {
        Ledger ledger = Ledger.load(ctx.tx, biz.id());
        LocalDate today = ctx.today(biz);
        Map<Long, Balances> out = new LinkedHashMap<>();
        for (ObjectNode inv : ctx.tx.list("invoice", biz.id())) {
            if (inv.path("vis_state").asInt(0) != 0) {
                continue;
            }
            Ledger.Totals t = ledger.totals(inv, today);
            Balances b = out.computeIfAbsent(inv.path("customerid").asLong(), k -> Balances.empty());
            String code = Json.str(inv, "currency_code", biz.currency());
            if (t.draft()) {
                b.draft().merge(code, t.amount(), BigDecimal::add);
            } else if (t.outstanding().signum() > 0) {
                b.outstanding().merge(code, t.outstanding(), BigDecimal::add);
                if (t.overdue()) {
                    b.overdue().merge(code, t.outstanding(), BigDecimal::add);
                }
            }
        }
        return out;
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
            o.set("credit_balance", Json.arr());
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

    private static boolean needsBalances(Request req) {
        for (String i : req.includes()) {
            if (BALANCES.contains(i)) {
                return true;
            }
        }
        for (String f : List.of("has_outstanding", "has_overdue", "has_draft", "has_credit")) {
            if (req.search(f) != null) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ read

    private static Response list(Request req, Ctx ctx) throws SQLException {
        Biz biz = req.biz;
        Map<Long, Balances> balances = needsBalances(req) ? balances(ctx, biz) : Map.of();
        List<ObjectNode> docs = new ArrayList<>();
        for (ObjectNode d : ctx.tx.list("client", biz.id())) {
            String fname = Json.str(d, "fname", "");
            String lname = Json.str(d, "lname", "");
            if (!Acct.visible(req, d)
                    || !Acct.eqText(req, "email", Json.str(d, "email"))
                    || !Acct.eqText(req, "username", Json.str(d, "username"))
                    || !Acct.eqLong(req, "userid", d, "id")
                    || !Acct.inLongs(req, "userids", d, "id")
                    || !Acct.like(req, "organization_like", Json.str(d, "organization"))
                    || !Acct.like(req, "fname_like", fname)
                    || !Acct.like(req, "lname_like", lname)
                    || !Acct.like(req, "email_like", Json.str(d, "email"))
                    || !Acct.like(req, "note_like", Json.str(d, "note"))
                    || !Acct.like(
                            req,
                            "phone_like",
                            Json.str(d, "bus_phone"),
                            Json.str(d, "home_phone"),
                            Json.str(d, "mob_phone"))
                    || !Acct.like(
                            req,
                            "address_like",
                            Json.str(d, "p_street"),
                            Json.str(d, "p_city"),
                            Json.str(d, "p_province"),
                            Json.str(d, "p_country"),
                            Json.str(d, "p_code"))
                    || !Acct.like(
                            req,
                            "user_like",
                            fname,
                            lname,
                            fname + " " + lname,
                            Json.str(d, "organization"),
                            Json.str(d, "email"),
                            Json.str(d, "username"))
                    || !Acct.between(req, "updated", Json.str(d, "updated"))) {
                continue;
            }
            Balances b = balances.getOrDefault(d.path("id").asLong(), Balances.empty());
            if (!flag(req, "has_outstanding", !b.outstanding().isEmpty())
                    || !flag(req, "has_overdue", !b.overdue().isEmpty())
                    || !flag(req, "has_draft", !b.draft().isEmpty())
                    || !flag(req, "has_credit", false)) {
                continue;
            }
            docs.add(d);
        }
        Map<String, Function<ObjectNode, Comparable<?>>> keys = Map.of(
                "organization_name", d -> Json.str(d, "organization", "").toLowerCase(Locale.ROOT),
                "fullname", d -> (Json.str(d, "fname", "") + " " + Json.str(d, "lname", "")).toLowerCase(Locale.ROOT),
                "email", d -> Json.str(d, "email", "").toLowerCase(Locale.ROOT),
                "updated", d -> Json.str(d, "updated", ""),
                "client_id", d -> d.path("id").asLong(),
                "userid", d -> d.path("id").asLong());
        Acct.sort(req, docs, keys, Comparator.comparing(d -> d.path("id").asLong()));
        Paging p = Paging.of(req, 15);
        Set<String> includes = req.includes();
        List<ObjectNode> rendered = new ArrayList<>();
        for (ObjectNode d : p.slice(docs)) {
            rendered.add(render(biz, d, includes, balances.get(d.path("id").asLong())));
        }
        return Response.ok(p.accounting("clients", rendered, docs.size()));
    }

    /** A {@code search[has_x]} flag: absent matches all, true/1 requires the property, false/0 its absence. */
    private static boolean flag(Request req, String key, boolean actual) {
        String v = req.search(key);
        if (v == null) {
            return true;
        }
        boolean want = v.equalsIgnoreCase("true") || v.equals("1");
        return want == actual;
    }

    private static ObjectNode load(Ctx ctx, Biz biz, long id) throws SQLException {
        return ctx.tx
                .get("client", biz.id(), id)
                .orElseThrow(() -> ApiException.notFound("client", "userid", id, "Client not found."));
    }

    private static Response respond(Request req, Ctx ctx, ObjectNode d) throws SQLException {
        Map<Long, Balances> balances = needsBalances(req) ? balances(ctx, req.biz) : Map.of();
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
