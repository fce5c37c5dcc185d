package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Accounting reports ({@code /accounting/account/{acct}/reports/accounting/<name>}, API.md §5.15):
 * the accounts-aging report. Report parameters are plain query parameters; {@code search[...]} is
 * ignored, as FreshBooks does.
 *
 * <p>Chosen reading (UNVERIFIED): an invoice's age is the number of days from its issue date
 * ({@code create_date}) to {@code end_date}; the buckets are 0-30, 31-60, 61-90 and 91+. Drafts and
 * deleted invoices are left out; payments dated after {@code end_date} are not counted.
 */
final class ReportsResource {
    private ReportsResource() {}

    static void register(Routes r) {
        r.add(
                "GET",
                "/accounting/account/{acct}/reports/accounting/accounts_aging",
                "user:reports:read",
                Routes.Scoping.ACCOUNT,
                ReportsResource::accountsAging);
        FinancialReports.register(r);
    }

    private static final String[] BUCKETS = {"0-30", "31-60", "61-90", "91+"};

    private static Response accountsAging(Request req, Ctx ctx) throws SQLException {
        Biz biz = req.biz;
        LocalDate end = date(req, "end_date", ctx.today(biz));
        String startRaw = req.param("start_date");
        if (startRaw != null && !startRaw.isBlank()) {
            LocalDate start = date(req, "start_date", end);
            if (start.isAfter(end)) {
                throw ApiException.validation(
                        1007, "start_date", "report", startRaw, "start_date must not be after end_date.", null);
            }
        }
        String currency = currency(req, biz.currency());
        Map<Long, List<ObjectNode>> payments = Ledger.paymentsByInvoice(ctx.tx, biz.id());
        Map<Long, BigDecimal[]> perClient = new LinkedHashMap<>();
        for (ObjectNode inv : ctx.tx.list("invoice", biz.id())) {
            if (inv.path("vis_state").asInt(0) != 0
                    || !currency.equals(Json.str(inv, "currency_code", biz.currency()))) {
                continue;
            }
            LocalDate created = LocalDate.parse(Json.str(inv, "create_date"));
            if (created.isAfter(end)) {
                continue;
            }
            Ledger.Totals t = Ledger.totals(
                    inv, Ledger.sum(payments.getOrDefault(inv.path("id").asLong(), List.of()), end), end);
            if (inv.path("status").asInt(1) == 1 || t.outstanding().signum() <= 0) {
                continue;
            }
            long age = ChronoUnit.DAYS.between(created, end);
            int bucket = age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : 3;
            BigDecimal[] sums = perClient.computeIfAbsent(inv.path("customerid").asLong(), k ->
                    new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sums[bucket] = sums[bucket].add(t.outstanding());
        }
        Map<Long, ObjectNode> clients = ctx.tx.byIds("client", biz.id(), perClient.keySet());
        ObjectNode report = Json.obj();
        ArrayNode accounts = report.putArray("accounts");
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (Map.Entry<Long, BigDecimal[]> e : perClient.entrySet()) {
            ObjectNode c = clients.get(e.getKey());
            ObjectNode a = accounts.addObject();
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < 4; i++) {
                a.set(BUCKETS[i], Json.money(e.getValue()[i], currency));
                total = total.add(e.getValue()[i]);
                totals[i] = totals[i].add(e.getValue()[i]);
            }
            a.put("email", c == null ? "" : Json.str(c, "email", ""));
            a.put("fname", c == null ? "" : Json.str(c, "fname", ""));
            a.put("lname", c == null ? "" : Json.str(c, "lname", ""));
            a.put("organization", c == null ? "" : Json.str(c, "organization", ""));
            a.set("total", Json.money(total, currency));
            a.put("userid", e.getKey());
        }
        report.put("company_name", biz.name());
        report.put("currency_code", currency);
        ObjectNode params = Json.obj();
        params.put("end_date", end.toString());
        params.put("currency_code", currency);
        report.put("download_token", downloadToken(biz, "accounts_aging", params));
        report.put("end_date", end.toString());
        ObjectNode t = report.putObject("totals");
        BigDecimal grand = BigDecimal.ZERO;
        for (int i = 0; i < 4; i++) {
            t.set(BUCKETS[i], Json.money(totals[i], currency));
            grand = grand.add(totals[i]);
        }
        t.set("total", Json.money(grand, currency));
        ObjectNode body = Json.obj();
        body.putObject("response").putObject("result").set("accounts_aging", report);
        return Response.ok(body);
    }

    /** {@code currency_code}: a 3-letter code, upper-cased; {@code dflt} when absent. */
    static String currency(Request req, String dflt) {
        String currency = req.param("currency_code");
        currency =
                currency == null || currency.isBlank() ? dflt : currency.trim().toUpperCase(Locale.ROOT);
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw ApiException.validation(
                    1004, "currency_code", "report", currency, "currency_code must be a 3-letter ISO code.", null);
        }
        return currency;
    }

    static LocalDate date(Request req, String name, LocalDate dflt) {
        String v = req.param(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        return LocalDate.parse(Acct.dateParam(name, v));
    }

    /** An unsigned JWT naming the report and its parameters (what FreshBooks' token carries; opaque to clients). */
    static String downloadToken(Biz biz, String report, ObjectNode params) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        ObjectNode payload = Json.obj();
        payload.put("accountid", biz.accountId());
        payload.put("type", "report");
        payload.put("objectid", report);
        payload.set("params", params);
        return header + "." + b64.encodeToString(Json.bytes(payload)) + ".";
    }
}
