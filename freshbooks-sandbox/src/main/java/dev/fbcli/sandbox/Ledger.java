package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Query;
import dev.fbcli.sandbox.store.Tx;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Invoice arithmetic and statuses, computed from the stored invoice and its payments:
 * line {@code amount = qty × unit_cost}; {@code discount_total = -(subtotal × discount_value %)};
 * line taxes are percentages applied to the discounted line amount (tax 2 on top of tax 1 when
 * {@code compounded_tax}); {@code amount = subtotal + discount_total + taxes};
 * {@code paid = Σ active payments}; {@code outstanding = max(0, amount - paid)};
 * {@code due_date = create_date + due_offset_days}.
 *
 * <p>Each invoice also has a ledger row (amount and paid in cents, last payment day, due date),
 * written here whenever the invoice or one of its payments is written, so that lists can filter on
 * {@code v3_status} and clients on their balances in SQL, and a page needs only its own invoices'
 * rows. {@link #rebuild} recomputes every row from the documents (after seeding, and when a file
 * from an older fb is upgraded).
 */
final class Ledger {
    private Ledger() {}

    static final BigDecimal HUNDRED = new BigDecimal(100);
    /** Bumped when the ledger's meaning changes: every row is then computed again on start. */
    static final String VERSION = "1";

    /** The join that gives a query on invoices ({@code r}) its ledger row ({@code l}). */
    static final String JOIN = "JOIN invoice_ledger l ON l.id = r.id";
    /** SQL: the invoice (ledger row {@code l}) is fully paid. */
    static final String PAID_SQL = "(l.amount_cents > 0 AND l.paid_cents >= l.amount_cents)";
    /** SQL: something is left to pay. */
    static final String OUTSTANDING_SQL = "(l.amount_cents - l.paid_cents > 0)";

    /** SQL: invoice {@code a} is a draft with nothing paid (counted as a draft balance). */
    static String draftSql(String a) {
        return "(COALESCE(" + a + ".status, 1) = 1 AND l.paid_cents = 0)";
    }

    /** SQL, one parameter (today): invoice {@code a} is past due and not paid, and not a draft. */
    static String overdueSql(String a) {
        return "(COALESCE(" + a + ".status, 1) <> 1 AND " + OUTSTANDING_SQL + " AND l.due_date < ?)";
    }

    /** Every value {@link #v3Sql} gives. */
    static final List<String> V3_STATUSES =
            List.of("paid", "overdue", "partial", "disputed", "sent", "viewed", "draft");

    /** SQL, one parameter (today): the {@code v3_status} of invoice {@code a}, as {@link #totals} computes it. */
    static String v3Sql(String a) {
        return "(CASE WHEN " + PAID_SQL + " THEN 'paid' WHEN " + overdueSql(a)
                + " THEN 'overdue' WHEN l.paid_cents > 0 THEN 'partial' WHEN " + a + ".status = 0 THEN 'disputed'"
                + " WHEN " + a + ".status = 2 THEN 'sent' WHEN " + a + ".status = 3 THEN 'viewed' ELSE 'draft' END)";
    }

    /** Everything computed about one invoice. */
    record Totals(
            BigDecimal subtotal,
            BigDecimal discountTotal,
            BigDecimal taxes,
            BigDecimal amount,
            BigDecimal paid,
            BigDecimal outstanding,
            int status,
            String v3Status,
            String paymentStatus,
            String displayStatus,
            String datePaid,
            LocalDate dueDate,
            boolean draft,
            boolean overdue) {}

    /** What was paid on an invoice: the sum of its active payments and the day of the last one. */
    record Paid(BigDecimal amount, String lastDate) {
        static final Paid NONE = new Paid(BigDecimal.ZERO.setScale(2), null);
    }

    /** Line arithmetic only: subtotal, discount (negative), taxes, amount. */
    record Amounts(BigDecimal subtotal, BigDecimal discount, BigDecimal taxes, BigDecimal amount) {}

    static BigDecimal lineAmount(JsonNode line) {
        BigDecimal qty = Json.dec(line, "qty", BigDecimal.ZERO);
        BigDecimal cost = Json.dec(line, "unit_cost", BigDecimal.ZERO);
        return qty.multiply(cost).setScale(2, RoundingMode.HALF_UP);
    }

    static LocalDate dueDate(JsonNode inv) {
        return LocalDate.parse(inv.path("create_date").asText())
                .plusDays(inv.path("due_offset_days").asLong(0));
    }

    static Amounts amounts(JsonNode doc) {
        BigDecimal subtotal = BigDecimal.ZERO;
        BigDecimal taxes = BigDecimal.ZERO;
        BigDecimal discountPct = Json.dec(doc, "discount_value", BigDecimal.ZERO);
        BigDecimal keep = BigDecimal.ONE.subtract(discountPct.divide(HUNDRED, 10, RoundingMode.HALF_UP));
        for (JsonNode line : doc.path("lines")) {
            BigDecimal amount = lineAmount(line);
            subtotal = subtotal.add(amount);
            BigDecimal net = amount.multiply(keep);
            BigDecimal t1 = net.multiply(Json.dec(line, "taxAmount1", BigDecimal.ZERO))
                    .divide(HUNDRED, 10, RoundingMode.HALF_UP);
            BigDecimal base2 = Json.bool(line, "compounded_tax", false) ? net.add(t1) : net;
            BigDecimal t2 = base2.multiply(Json.dec(line, "taxAmount2", BigDecimal.ZERO))
                    .divide(HUNDRED, 10, RoundingMode.HALF_UP);
            taxes = taxes.add(t1).add(t2);
        }
        BigDecimal discount = subtotal.multiply(discountPct)
                .divide(HUNDRED, 2, RoundingMode.HALF_UP)
                .negate();
        taxes = taxes.setScale(2, RoundingMode.HALF_UP);
        BigDecimal amount = subtotal.add(discount).add(taxes).setScale(2, RoundingMode.HALF_UP);
        return new Amounts(subtotal, discount, taxes, amount);
    }

    /** Totals of an invoice, given what was paid on it. */
    static Totals totals(JsonNode inv, Paid paidOn, LocalDate today) {
        Amounts a = amounts(inv);
        BigDecimal amount = a.amount();
        BigDecimal paid = paidOn.amount().setScale(2, RoundingMode.HALF_UP);
        BigDecimal outstanding = amount.subtract(paid).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        int base = inv.path("status").asInt(1);
        boolean draft = base == 1;
        LocalDate due = dueDate(inv);
        boolean fullyPaid = amount.signum() > 0 && paid.compareTo(amount) >= 0;
        boolean partial = paid.signum() > 0 && !fullyPaid;
        boolean overdue = !draft && !fullyPaid && outstanding.signum() > 0 && due.isBefore(today);

        int status = fullyPaid ? 4 : partial ? 8 : base;
        String paymentStatus = fullyPaid ? "paid" : partial ? "partial" : "unpaid";
        String v3;
        if (fullyPaid) {
            v3 = "paid";
        } else if (overdue) {
            v3 = "overdue";
        } else if (partial) {
            v3 = "partial";
        } else {
            v3 = switch (base) {
                case 0 -> "disputed";
                case 2 -> "sent";
                case 3 -> "viewed";
                default -> "draft";
            };
        }
        String display =
                draft && !fullyPaid && !partial ? "draft" : overdue ? "outstanding" : base == 3 ? "viewed" : "sent";
        return new Totals(
                a.subtotal(),
                a.discount(),
                a.taxes(),
                amount,
                paid,
                outstanding,
                status,
                v3,
                paymentStatus,
                display,
                fullyPaid ? paidOn.lastDate() : null,
                due,
                draft && paid.signum() == 0,
                overdue);
    }

    /** Sums active payments, leaving out those dated after {@code asOf} (nullable). */
    static Paid sum(List<ObjectNode> payments, LocalDate asOf) {
        BigDecimal paid = BigDecimal.ZERO;
        String last = null;
        for (ObjectNode p : payments) {
            if (p.path("vis_state").asInt(0) != 0) {
                continue;
            }
            String date = p.path("date").asText();
            if (asOf != null && LocalDate.parse(date).isAfter(asOf)) {
                continue;
            }
            paid = paid.add(Json.dec(p, "amount", BigDecimal.ZERO));
            if (last == null || date.compareTo(last) > 0) {
                last = date;
            }
        }
        return new Paid(paid.setScale(2, RoundingMode.HALF_UP), last);
    }

    /** The active payments of one invoice. */
    static List<ObjectNode> payments(Tx tx, long biz, long invoiceId) throws SQLException {
        return tx.all(new Query("payment", biz)
                .indexedBy("ix_payment_invoice")
                .where("r.invoiceid = ?", invoiceId)
                .where("COALESCE(r.vis_state, 0) = 0"));
    }

    /** Active payments of every invoice of a business, by invoice (for reports). */
    static Map<Long, List<ObjectNode>> paymentsByInvoice(Tx tx, long biz) throws SQLException {
        Map<Long, List<ObjectNode>> m = new HashMap<>();
        for (ObjectNode p :
                tx.all(new Query("payment", biz).indexedBy("ix_payment").where("COALESCE(r.vis_state, 0) = 0"))) {
            m.computeIfAbsent(p.path("invoiceid").asLong(), k -> new ArrayList<>())
                    .add(p);
        }
        return m;
    }

    /** What was paid on each of these invoices, from their ledger rows. */
    static Map<Long, Paid> paid(Tx tx, Collection<Long> invoiceIds) throws SQLException {
        Map<Long, Paid> out = new HashMap<>();
        tx.ledger(invoiceIds)
                .forEach((id, row) -> out.put(id, new Paid(BigDecimal.valueOf(row.paidCents(), 2), row.lastPaid())));
        return out;
    }

    static Paid paid(Tx tx, long invoiceId) throws SQLException {
        return paid(tx, List.of(invoiceId)).getOrDefault(invoiceId, Paid.NONE);
    }

    /** Writes an invoice and its ledger row. */
    static void put(Tx tx, long biz, ObjectNode inv) throws SQLException {
        long id = inv.path("id").asLong();
        tx.put("invoice", biz, id, inv);
        row(tx, biz, inv, sum(payments(tx, biz, id), null));
    }

    /** After a payment of this invoice changed: its ledger row again. */
    static void refresh(Tx tx, long biz, long invoiceId) throws SQLException {
        var inv = tx.get("invoice", biz, invoiceId);
        if (inv.isPresent()) {
            row(tx, biz, inv.get(), sum(payments(tx, biz, invoiceId), null));
        }
    }

    private static void row(Tx tx, long biz, JsonNode inv, Paid paid) throws SQLException {
        tx.putLedger(new Tx.LedgerRow(
                inv.path("id").asLong(),
                biz,
                cents(amounts(inv).amount()),
                cents(paid.amount()),
                paid.lastDate(),
                dueDate(inv).toString()));
    }

    static long cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    /** Every invoice's ledger row, computed again from the documents. */
    static void rebuild(Tx tx) throws SQLException {
        Map<Long, List<ObjectNode>> payments = new HashMap<>();
        for (ObjectNode p : tx.listAll("payment")) {
            payments.computeIfAbsent(p.path("invoiceid").asLong(), k -> new ArrayList<>())
                    .add(p);
        }
        tx.clearLedger();
        for (Tx.Doc d : tx.listAllWithBiz("invoice")) {
            row(
                    tx,
                    d.biz(),
                    d.doc(),
                    sum(payments.getOrDefault(d.doc().path("id").asLong(), List.of()), null));
        }
        tx.putMeta("ledger_version", VERSION);
    }

    /** Computes the ledger when the file is new to it (an upgraded file from an older fb). */
    static void rebuildIfNeeded(Tx tx) throws SQLException {
        if (!VERSION.equals(tx.meta("ledger_version").orElse(null))) {
            rebuild(tx);
        }
    }
}
