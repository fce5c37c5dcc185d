package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accounting reports computed from the sandbox's own ledger (API.md §5.15, §6.3): profit and
 * loss ({@code profitloss}, also {@code profitloss_entity}), payments collected, tax summary and
 * invoice details. Parameters are plain query parameters ({@code search[...]} is ignored);
 * {@code start_date} and {@code end_date} default to today, as FreshBooks does. Money is per
 * currency: every report but payments collected is in one currency ({@code currency_code},
 * default the business's), and payments collected totals each currency apart.
 *
 * <p>What the sandbox counts (UNVERIFIED where API.md and the SDKs are silent, see the README):
 * income is what invoices bill before tax, net of discount; on a cash basis, each payment's
 * pre-tax share. Drafts and deleted invoices are left out. An expense's {@code amount} is what was
 * paid, its {@code taxAmount1/2} the tax in it; expenses in a category marked {@code is_cogs} are
 * cost of goods sold.
 */
final class FinancialReports {
    private FinancialReports() {}

    static final String BASE = "/accounting/account/{acct}/reports/accounting/";
    private static final Pattern RESOLUTION = Pattern.compile("(\\d{1,3})([dmy])");

    static void register(Routes r) {
        r.add("GET", BASE + "profitloss", "user:reports:read", Routes.Scoping.ACCOUNT, FinancialReports::profitLoss);
        r.add(
                "GET",
                BASE + "profitloss_entity",
                "user:reports:read",
                Routes.Scoping.ACCOUNT,
                FinancialReports::profitLoss);
        r.add(
                "GET",
                BASE + "payments_collected",
                "user:reports:read",
                Routes.Scoping.ACCOUNT,
                FinancialReports::paymentsCollected);
        r.add("GET", BASE + "taxsummary", "user:reports:read", Routes.Scoping.ACCOUNT, FinancialReports::taxSummary);
        r.add(
                "GET",
                BASE + "invoice_details",
                "user:reports:read",
                Routes.Scoping.ACCOUNT,
                FinancialReports::invoiceDetails);
    }

    // ------------------------------------------------------------------ shared

    /** The report's days, inclusive. */
    record Range(LocalDate start, LocalDate end) {
        static Range of(Request req, Ctx ctx) {
            LocalDate today = ctx.today(req.biz);
            LocalDate end = ReportsResource.date(req, "end_date", today);
            LocalDate start = ReportsResource.date(req, "start_date", today.isAfter(end) ? end : today);
            if (start.isAfter(end)) {
                throw ApiException.validation(
                        1007, "start_date", "report", start.toString(), "start_date must not be after end_date.", null);
            }
            return new Range(start, end);
        }

        boolean contains(String day) {
            if (day == null || day.length() < 10) {
                return false;
            }
            LocalDate d = LocalDate.parse(day.substring(0, 10));
            return !d.isBefore(start) && !d.isAfter(end);
        }
    }

    /** The business's active invoices in a currency (drafts too), with what was paid on each. */
    private record Billed(ObjectNode doc, Ledger.Totals totals, List<ObjectNode> payments) {}

    private static List<Billed> invoices(Ctx ctx, Biz biz, String currency) throws SQLException {
        Map<Long, List<ObjectNode>> payments = Ledger.paymentsByInvoice(ctx.tx, biz.id());
        List<Billed> out = new ArrayList<>();
        LocalDate today = ctx.today(biz);
        for (ObjectNode inv : ctx.tx.all(new Query("invoice", biz.id())
                .indexedBy("ix_invoice")
                .where("COALESCE(r.vis_state, 0) = 0")
                .orderBy("r.create_date, r.id"))) {
            if (currency != null && !currency.equals(Json.str(inv, "currency_code", biz.currency()))) {
                continue;
            }
            List<ObjectNode> paid = payments.getOrDefault(inv.path("id").asLong(), List.of());
            out.add(new Billed(inv, Ledger.totals(inv, Ledger.sum(paid, null), today), paid));
        }
        return out;
    }

    /** Active expenses in a currency, by date. */
    private static List<ObjectNode> expenses(Ctx ctx, Biz biz, String currency) throws SQLException {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode e : ctx.tx.all(new Query("expense", biz.id())
                .indexedBy("ix_expense")
                .where("COALESCE(r.vis_state, 0) = 0")
                .orderBy("r.date, r.id"))) {
            if (currency.equals(Json.str(e, "code", biz.currency()))) {
                out.add(e);
            }
        }
        return out;
    }

    private static BigDecimal expenseTax(JsonNode e) {
        return Json.dec(e, "taxAmount1", BigDecimal.ZERO).add(Json.dec(e, "taxAmount2", BigDecimal.ZERO));
    }

    /** What an invoice bills before tax: subtotal plus (negative) discount. */
    private static BigDecimal net(Billed b) {
        return b.totals().subtotal().add(b.totals().discountTotal());
    }

    /** The pre-tax share of a payment of this invoice. */
    private static BigDecimal netShare(Billed b, BigDecimal payment) {
        BigDecimal amount = b.totals().amount();
        return amount.signum() == 0
                ? BigDecimal.ZERO
                : payment.multiply(net(b)).divide(amount, 10, RoundingMode.HALF_UP);
    }

    private static boolean billed(Billed b) {
        return !b.totals().draft();
    }

    private static ObjectNode envelope(String key, ObjectNode report) {
        ObjectNode body = Json.obj();
        body.putObject("response").putObject("result").set(key, report);
        return body;
    }

    private static List<String> values(Request req, String name) {
        List<String> out = new ArrayList<>();
        for (String v : req.params(name)) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    private static List<Long> ids(Request req, String name) {
        List<Long> out = new ArrayList<>();
        for (String v : values(req, name)) {
            try {
                out.add(Long.parseLong(v));
            } catch (NumberFormatException e) {
                throw ApiException.validation(1015, name, "report", v, name + " must be a list of client ids.", null);
            }
        }
        return out;
    }

    private static boolean cashBased(Request req) {
        String v = req.param("cash_based");
        return v != null && (v.equalsIgnoreCase("true") || v.equals("1"));
    }

    private static String clientName(ObjectNode c) {
        if (c == null) {
            return "";
        }
        String org = Json.str(c, "organization", "");
        if (!org.isBlank()) {
            return org;
        }
        return (Json.str(c, "fname", "") + " " + Json.str(c, "lname", "")).trim();
    }

    // ------------------------------------------------------------------ profit and loss

    /** The report's periods: {@code resolution} is N days, months or years ({@code 3m} by default). */
    private static List<Range> periods(Request req, Range range) {
        String res = req.param("resolution");
        res = res == null || res.isBlank() ? "3m" : res.trim().toLowerCase(Locale.ROOT);
        Matcher m = RESOLUTION.matcher(res);
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw ApiException.validation(
                    1004,
                    "resolution",
                    "report",
                    res,
                    "resolution is a number of days, months or years, such as 1m, 3m or 1y.",
                    null);
        }
        int n = Integer.parseInt(m.group(1));
        List<Range> out = new ArrayList<>();
        for (LocalDate s = range.start(); !s.isAfter(range.end()); ) {
            LocalDate next =
                    switch (m.group(2)) {
                        case "d" -> s.plusDays(n);
                        case "y" -> s.plusYears(n);
                        default -> s.plusMonths(n);
                    };
            LocalDate e = next.minusDays(1);
            out.add(new Range(s, e.isAfter(range.end()) ? range.end() : e));
            if (out.size() > 400) {
                throw ApiException.validation(
                        1004, "resolution", "report", res, "resolution gives more than 400 periods.", null);
            }
            s = next;
        }
        return out;
    }

    /** One P&L line: {@code data} per period, its total, its children. */
    private static ObjectNode entry(
            String description, String type, BigDecimal[] data, String code, List<ObjectNode> children) {
        ObjectNode o = Json.obj();
        ArrayNode kids = o.putArray("children");
        children.forEach(kids::add);
        ArrayNode d = o.putArray("data");
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : data) {
            d.add(Json.money(v, code));
            total = total.add(v);
        }
        o.put("description", description);
        o.put("entry_type", type);
        o.set("total", Json.money(total, code));
        return o;
    }

    private static int periodOf(List<Range> periods, String day) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).contains(day)) {
                return i;
            }
        }
        return -1;
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        java.util.Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }

    private static BigDecimal[] plus(BigDecimal[] a, BigDecimal[] b, int sign) {
        BigDecimal[] out = new BigDecimal[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = sign > 0 ? a[i].add(b[i]) : a[i].subtract(b[i]);
        }
        return out;
    }

    private static Response profitLoss(Request req, Ctx ctx) throws SQLException {
        Biz biz = req.biz;
        Range range = Range.of(req, ctx);
        String currency = ReportsResource.currency(req, biz.currency());
        boolean cash = cashBased(req);
        List<Range> periods = periods(req, range);
        int n = periods.size();

        BigDecimal[] sales = zeros(n);
        for (Billed b : invoices(ctx, biz, currency)) {
            if (cash) {
                for (ObjectNode p : b.payments()) {
                    int i = periodOf(periods, Json.str(p, "date"));
                    if (i >= 0) {
                        sales[i] = sales[i].add(netShare(b, Json.dec(p, "amount", BigDecimal.ZERO)));
                    }
                }
            } else if (billed(b)) {
                int i = periodOf(periods, Json.str(b.doc(), "create_date"));
                if (i >= 0) {
                    sales[i] = sales[i].add(net(b));
                }
            }
        }
        Map<Long, ObjectNode> categories = new LinkedHashMap<>();
        for (ObjectNode c : ctx.tx.list("category", biz.id())) {
            categories.put(c.path("id").asLong(), c);
        }
        BigDecimal[] cogs = zeros(n);
        // top-level group (parent category) -> category -> per-period amounts
        Map<String, Map<String, BigDecimal[]>> groups = new TreeMap<>();
        for (ObjectNode e : expenses(ctx, biz, currency)) {
            int i = periodOf(periods, Json.str(e, "date"));
            if (i < 0) {
                continue;
            }
            BigDecimal amount = Json.dec(e, "amount", BigDecimal.ZERO).subtract(expenseTax(e));
            ObjectNode cat = categories.get(e.path("categoryid").asLong());
            if (Json.bool(e, "is_cogs", false) || (cat != null && Json.bool(cat, "is_cogs", false))) {
                cogs[i] = cogs[i].add(amount);
                continue;
            }
            String name = cat == null ? "Uncategorized" : Json.str(cat, "category", "Uncategorized");
            ObjectNode parent = cat == null || !cat.hasNonNull("parentid")
                    ? null
                    : categories.get(cat.get("parentid").asLong());
            String top = parent == null ? name : Json.str(parent, "category", name);
            BigDecimal[] sums =
                    groups.computeIfAbsent(top, k -> new TreeMap<>()).computeIfAbsent(name, k -> zeros(n));
            sums[i] = sums[i].add(amount);
        }

        ObjectNode report = Json.obj();
        report.put("cash_based", cash);
        report.put("company_name", biz.name());
        report.put("currency_code", currency);
        ArrayNode dates = report.putArray("dates");
        ArrayNode labels = Json.arr();
        for (Range p : periods) {
            ObjectNode d = dates.addObject();
            d.put("end_date", p.end().toString());
            d.put("start_date", p.start().toString());
            labels.add(p.start().toString());
        }
        ObjectNode params = Json.obj();
        params.put("start_date", range.start().toString());
        params.put("end_date", range.end().toString());
        params.put("currency_code", currency);
        params.put("cash_based", cash);
        report.put("download_token", ReportsResource.downloadToken(biz, "profitloss", params));
        report.put("end_date", range.end().toString());
        ArrayNode expenses = report.putArray("expenses");
        BigDecimal[] totalExpenses = zeros(n);
        for (Map.Entry<String, Map<String, BigDecimal[]>> g : groups.entrySet()) {
            BigDecimal[] groupSum = zeros(n);
            List<ObjectNode> kids = new ArrayList<>();
            for (Map.Entry<String, BigDecimal[]> c : g.getValue().entrySet()) {
                groupSum = plus(groupSum, c.getValue(), 1);
                ObjectNode leaf = entry("Expenses", "debit", c.getValue(), currency, List.of());
                kids.add(entry(c.getKey(), "debit", c.getValue(), currency, List.of(leaf)));
            }
            totalExpenses = plus(totalExpenses, groupSum, 1);
            expenses.add(entry(g.getKey(), "debit", groupSum, currency, kids));
        }
        BigDecimal[] gross = plus(sales, cogs, -1);
        BigDecimal[] margin = new BigDecimal[n];
        BigDecimal salesTotal = BigDecimal.ZERO;
        BigDecimal grossTotal = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            margin[i] = sales[i].signum() == 0
                    ? BigDecimal.ZERO
                    : gross[i].multiply(Ledger.HUNDRED).divide(sales[i], 2, RoundingMode.HALF_UP);
            salesTotal = salesTotal.add(sales[i]);
            grossTotal = grossTotal.add(gross[i]);
        }
        ObjectNode marginEntry = entry("Gross Margin", "none", margin, "%", List.of());
        marginEntry.set(
                "total",
                Json.money(
                        salesTotal.signum() == 0
                                ? BigDecimal.ZERO
                                : grossTotal.multiply(Ledger.HUNDRED).divide(salesTotal, 2, RoundingMode.HALF_UP),
                        "%"));
        report.set("gross_margin", marginEntry);
        ArrayNode income = report.putArray("income");
        income.add(entry(
                "Sales", "credit", sales, currency, List.of(entry("Invoice", "credit", sales, currency, List.of()))));
        income.add(entry("Cost of Goods Sold", "credit", cogs, currency, List.of()));
        report.set("labels", labels);
        report.set(
                "net_profit",
                entry("Net Profit (" + currency + ")", "credit", plus(gross, totalExpenses, -1), currency, List.of()));
        report.put(
                "resolution",
                req.param("resolution") == null ? "3m" : req.param("resolution").trim());
        report.put("start_date", range.start().toString());
        report.set("total_expenses", entry("Total Expenses", "debit", totalExpenses, currency, List.of()));
        report.set("total_income", entry("Gross Profit", "credit", gross, currency, List.of()));
        return Response.ok(envelope("profitloss", report));
    }

    // ------------------------------------------------------------------ payments collected

    private static Response paymentsCollected(Request req, Ctx ctx) throws SQLException {
        Biz biz = req.biz;
        Range range = Range.of(req, ctx);
        String currency = ReportsResource.currency(req, null);
        List<Long> clientIds = ids(req, "clientids");
        List<String> methods = new ArrayList<>(values(req, "payment_method"));
        methods.addAll(values(req, "payment_methods"));
        boolean summaryOnly = "true".equalsIgnoreCase(req.param("summary_only"));

        Query q = new Query("payment", biz.id())
                .indexedBy("ix_payment")
                .where("COALESCE(r.vis_state, 0) = 0")
                .where("r.date >= ?", range.start().toString())
                .where("r.date <= ?", range.end().toString())
                .orderBy("r.date DESC, r.id DESC");
        if (!clientIds.isEmpty()) {
            q.in("r.clientid", clientIds);
        }
        List<ObjectNode> payments = new ArrayList<>();
        for (ObjectNode p : ctx.tx.all(q)) {
            String code = Json.str(p, "code", biz.currency());
            String type = Json.str(p, "type", "Check");
            if ((currency == null || currency.equals(code))
                    && (methods.isEmpty() || methods.stream().anyMatch(type::equalsIgnoreCase))) {
                payments.add(p);
            }
        }
        Set<Long> clientsSeen = new TreeSet<>();
        Set<Long> invoicesSeen = new TreeSet<>();
        payments.forEach(p -> {
            clientsSeen.add(p.path("clientid").asLong());
            invoicesSeen.add(p.path("invoiceid").asLong());
        });
        Map<Long, ObjectNode> clients = ctx.tx.byIds("client", biz.id(), clientsSeen);
        Map<Long, ObjectNode> invoices = ctx.tx.byIds("invoice", biz.id(), invoicesSeen);

        Map<String, BigDecimal> totals = new TreeMap<>();
        ArrayNode rows = Json.arr();
        for (ObjectNode p : payments) {
            String code = Json.str(p, "code", biz.currency());
            BigDecimal amount = Json.dec(p, "amount", BigDecimal.ZERO);
            totals.merge(code, amount, BigDecimal::add);
            ObjectNode row = rows.addObject();
            row.set("amount", Json.money(amount, code));
            long client = p.path("clientid").asLong();
            row.put("client", clientName(clients.get(client)));
            row.put("clientid", client);
            row.putNull("credit_number");
            row.putNull("creditid");
            row.put("date", Json.str(p, "date"));
            row.put("description", Json.str(p, "note", ""));
            row.put("from_credit", false);
            ObjectNode inv = invoices.get(p.path("invoiceid").asLong());
            row.put("invoice_number", inv == null ? null : Json.str(inv, "invoice_number"));
            row.put("invoiceid", p.path("invoiceid").asLong());
            row.put("method", Json.str(p, "type", "Check"));
        }
        ObjectNode report = Json.obj();
        ArrayNode ids = report.putArray("clientids");
        clientIds.forEach(ids::add);
        ArrayNode codes = report.putArray("currency_codes");
        totals.keySet().forEach(codes::add);
        ObjectNode params = Json.obj();
        params.put("start_date", range.start().toString());
        params.put("end_date", range.end().toString());
        report.put("download_token", ReportsResource.downloadToken(biz, "payments_collected", params));
        report.put("end_date", range.end().toString());
        ArrayNode pm = report.putArray("payment_methods");
        methods.forEach(pm::add);
        report.set("payments", summaryOnly ? Json.arr() : rows);
        report.put("start_date", range.start().toString());
        report.put("summary_only", summaryOnly);
        ArrayNode t = report.putArray("totals");
        totals.forEach((code, amount) -> t.add(Json.money(amount, code)));
        return Response.ok(envelope("payments_collected", report));
    }

    // ------------------------------------------------------------------ tax summary

    /** Per tax name: taxable collected, tax collected, taxable paid, tax paid. */
    private static final class TaxSums {
        BigDecimal taxableCollected = BigDecimal.ZERO;
        BigDecimal collected = BigDecimal.ZERO;
        BigDecimal taxablePaid = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
    }

    private static Response taxSummary(Request req, Ctx ctx) throws SQLException {
        Biz biz = req.biz;
        Range range = Range.of(req, ctx);
        String currency = ReportsResource.currency(req, biz.currency());
        boolean cash = cashBased(req);
        Map<String, TaxSums> taxes = new TreeMap<>();
        BigDecimal invoiced = BigDecimal.ZERO;
        for (Billed b : invoices(ctx, biz, currency)) {
            BigDecimal share;
            if (cash) {
                BigDecimal received = BigDecimal.ZERO;
                for (ObjectNode p : b.payments()) {
                    if (range.contains(Json.str(p, "date"))) {
                        received = received.add(Json.dec(p, "amount", BigDecimal.ZERO));
                    }
                }
                BigDecimal amount = b.totals().amount();
                if (received.signum() == 0 || amount.signum() == 0) {
                    continue;
                }
                share = received.divide(amount, 10, RoundingMode.HALF_UP);
                invoiced = invoiced.add(received);
            } else {
                if (!billed(b) || !range.contains(Json.str(b.doc(), "create_date"))) {
                    continue;
                }
                share = BigDecimal.ONE;
                invoiced = invoiced.add(b.totals().amount());
            }
            BigDecimal pct = Json.dec(b.doc(), "discount_value", BigDecimal.ZERO);
            BigDecimal keep = BigDecimal.ONE.subtract(pct.divide(Ledger.HUNDRED, 10, RoundingMode.HALF_UP));
            for (JsonNode line : b.doc().path("lines")) {
                BigDecimal net = Ledger.lineAmount(line).multiply(keep).multiply(share);
                BigDecimal t1 = net.multiply(Json.dec(line, "taxAmount1", BigDecimal.ZERO))
                        .divide(Ledger.HUNDRED, 10, RoundingMode.HALF_UP);
                BigDecimal base2 = Json.bool(line, "compounded_tax", false) ? net.add(t1) : net;
                BigDecimal t2 = base2.multiply(Json.dec(line, "taxAmount2", BigDecimal.ZERO))
                        .divide(Ledger.HUNDRED, 10, RoundingMode.HALF_UP);
                collect(taxes, Json.str(line, "taxName1"), line.has("taxAmount1") ? net : null, t1);
                collect(taxes, Json.str(line, "taxName2"), line.has("taxAmount2") ? base2 : null, t2);
            }
        }
        for (ObjectNode e : expenses(ctx, biz, currency)) {
            if (!range.contains(Json.str(e, "date"))) {
                continue;
            }
            BigDecimal taxable = Json.dec(e, "amount", BigDecimal.ZERO).subtract(expenseTax(e));
            for (String k : List.of("1", "2")) {
                String name = Json.str(e, "taxName" + k);
                BigDecimal tax = Json.dec(e, "taxAmount" + k, null);
                if (name != null && !name.isBlank() && tax != null) {
                    TaxSums s = taxes.computeIfAbsent(name, x -> new TaxSums());
                    s.taxablePaid = s.taxablePaid.add(taxable);
                    s.paid = s.paid.add(tax);
                }
            }
        }
        ObjectNode report = Json.obj();
        report.put("cash_based", cash);
        report.put("currency_code", currency);
        ObjectNode params = Json.obj();
        params.put("start_date", range.start().toString());
        params.put("end_date", range.end().toString());
        params.put("currency_code", currency);
        report.put("download_token", ReportsResource.downloadToken(biz, "taxsummary", params));
        report.put("end_date", range.end().toString());
        report.put("start_date", range.start().toString());
        ArrayNode rows = report.putArray("taxes");
        taxes.forEach((name, s) -> {
            ObjectNode o = rows.addObject();
            o.set("net_tax", Json.money(s.collected.subtract(s.paid), currency));
            o.set("net_taxable_amount", Json.money(s.taxableCollected.subtract(s.taxablePaid), currency));
            o.set("tax_collected", Json.money(s.collected, currency));
            o.put("tax_name", name);
            o.set("tax_paid", Json.money(s.paid, currency));
            o.set("taxable_amount_collected", Json.money(s.taxableCollected, currency));
            o.set("taxable_amount_paid", Json.money(s.taxablePaid, currency));
        });
        report.set("total_invoiced", Json.money(invoiced, currency));
        return Response.ok(envelope("taxsummary", report));
    }

    private static void collect(Map<String, TaxSums> taxes, String name, BigDecimal taxable, BigDecimal tax) {
        if (name == null || name.isBlank() || taxable == null) {
            return;
        }
        TaxSums s = taxes.computeIfAbsent(name, x -> new TaxSums());
        s.taxableCollected = s.taxableCollected.add(taxable);
        s.collected = s.collected.add(tax);
    }

    // ------------------------------------------------------------------ invoice details

    private static Response invoiceDetails(Request req, Ctx ctx) throws SQLException {
        Biz biz = req.biz;
        Range range = Range.of(req, ctx);
        String currency = ReportsResource.currency(req, biz.currency());
        String dateType = req.param("date_type") == null
                ? "issue"
                : req.param("date_type").trim().toLowerCase(Locale.ROOT);
        if (!dateType.equals("issue") && !dateType.equals("paid")) {
            throw ApiException.validation(1004, "date_type", "report", dateType, "date_type is issue or paid.", null);
        }
        List<Long> clientIds = ids(req, "clientids");
        Set<String> statuses = new LinkedHashSet<>();
        values(req, "statusids").forEach(s -> statuses.add(s.toLowerCase(Locale.ROOT)));
        boolean summaryOnly = "true".equalsIgnoreCase(req.param("summary_only"));

        Map<Long, List<Billed>> byClient = new TreeMap<>();
        for (Billed b : invoices(ctx, biz, currency)) {
            long client = b.doc().path("customerid").asLong();
            String day = dateType.equals("paid") ? b.totals().datePaid() : Json.str(b.doc(), "create_date");
            if (!range.contains(day)
                    || (!clientIds.isEmpty() && !clientIds.contains(client))
                    || (!statuses.isEmpty() && !statuses.contains(b.totals().v3Status()))) {
                continue;
            }
            byClient.computeIfAbsent(client, k -> new ArrayList<>()).add(b);
        }
        Map<Long, ObjectNode> clients = ctx.tx.byIds("client", biz.id(), byClient.keySet());
        BigDecimal[] all = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        ArrayNode rows = Json.arr();
        for (Map.Entry<Long, List<Billed>> e : byClient.entrySet()) {
            ObjectNode c = rows.addObject();
            c.put("clientid", e.getKey());
            c.put("name", clientName(clients.get(e.getKey())));
            ArrayNode invs = c.putArray("invoices");
            BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            e.getValue().sort(Comparator.comparing((Billed b) -> Json.str(b.doc(), "create_date")));
            for (Billed b : e.getValue()) {
                Ledger.Totals t = b.totals();
                ObjectNode i = invs.addObject();
                i.set("amount", Json.money(t.amount(), currency));
                i.put("create_date", Json.str(b.doc(), "create_date"));
                i.put("date_paid", t.datePaid());
                i.put("due_date", t.dueDate().toString());
                i.put("invoice_number", Json.str(b.doc(), "invoice_number"));
                i.put("invoiceid", b.doc().path("id").asLong());
                i.set("outstanding", Json.money(t.outstanding(), currency));
                i.set("paid", Json.money(t.paid(), currency));
                i.put("status", t.v3Status());
                sums[0] = sums[0].add(t.outstanding());
                sums[1] = sums[1].add(t.paid());
                sums[2] = sums[2].add(t.amount());
            }
            c.set("summary", summary(sums, currency));
            for (int k = 0; k < 3; k++) {
                all[k] = all[k].add(sums[k]);
            }
        }
        ObjectNode report = Json.obj();
        ArrayNode ids = report.putArray("clientids");
        clientIds.forEach(ids::add);
        report.set("clients", summaryOnly ? Json.arr() : rows);
        report.put("company_name", biz.name());
        report.put("currency_code", currency);
        report.put("date_type", dateType);
        ObjectNode params = Json.obj();
        params.put("start_date", range.start().toString());
        params.put("end_date", range.end().toString());
        params.put("date_type", dateType);
        params.put("currency_code", currency);
        report.put("download_token", ReportsResource.downloadToken(biz, "invoice_details", params));
        report.put("end_date", range.end().toString());
        report.put("start_date", range.start().toString());
        ArrayNode st = report.putArray("statusids");
        statuses.forEach(st::add);
        report.set("summary", summary(all, currency));
        report.put("summary_only", summaryOnly);
        return Response.ok(envelope("invoice_details", report));
    }

    private static ObjectNode summary(BigDecimal[] sums, String currency) {
        ObjectNode s = Json.obj();
        s.set("outstanding", Json.money(sums[0], currency));
        s.set("paid", Json.money(sums[1], currency));
        s.set("total", Json.money(sums[2], currency));
        return s;
    }
}
