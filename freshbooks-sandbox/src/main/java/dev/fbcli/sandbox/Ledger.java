package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Tx;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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
 */
final class Ledger {

    static final BigDecimal HUNDRED = new BigDecimal(100);

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

    private final Map<Long, List<ObjectNode>> paymentsByInvoice;

    private Ledger(Map<Long, List<ObjectNode>> paymentsByInvoice) {
        this.paymentsByInvoice = paymentsByInvoice;
    }

    static Ledger load(Tx tx, long biz) throws SQLException {
        Map<Long, List<ObjectNode>> m = new HashMap<>();
        for (ObjectNode p : tx.list("payment", biz)) {
            if (p.path("vis_state").asInt(0) == 0) {
                m.computeIfAbsent(p.path("invoiceid").asLong(), k -> new ArrayList<>())
                        .add(p);
            }
        }
        return new Ledger(m);
    }

    List<ObjectNode> payments(long invoiceId) {
        return paymentsByInvoice.getOrDefault(invoiceId, List.of());
    }

    static BigDecimal lineAmount(JsonNode line) {
        BigDecimal qty = Json.dec(line, "qty", BigDecimal.ZERO);
        BigDecimal cost = Json.dec(line, "unit_cost", BigDecimal.ZERO);
        return qty.multiply(cost).setScale(2, RoundingMode.HALF_UP);
    }

    static LocalDate dueDate(JsonNode inv) {
        return LocalDate.parse(inv.path("create_date").asText())
                .plusDays(inv.path("due_offset_days").asLong(0));
    }

    Totals totals(JsonNode inv, LocalDate today) {
        return totals(inv, today, null);
    }

    /** Totals as of a day; {@code asOf} (nullable) also ignores payments dated after it. */
    Totals totals(JsonNode inv, LocalDate today, LocalDate asOf) {
        BigDecimal subtotal = BigDecimal.ZERO;
        BigDecimal taxes = BigDecimal.ZERO;
        BigDecimal discountPct = Json.dec(inv, "discount_value", BigDecimal.ZERO);
        BigDecimal keep = BigDecimal.ONE.subtract(discountPct.divide(HUNDRED, 10, RoundingMode.HALF_UP));
        for (JsonNode line : inv.path("lines")) {
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
        BigDecimal paid = BigDecimal.ZERO;
        String lastPayment = null;
        for (ObjectNode p : payments(inv.path("id").asLong())) {
            String date = p.path("date").asText();
            if (asOf != null && LocalDate.parse(date).isAfter(asOf)) {
                continue;
            }
            paid = paid.add(Json.dec(p, "amount", BigDecimal.ZERO));
            if (lastPayment == null || date.compareTo(lastPayment) > 0) {
                lastPayment = date;
            }
        }
        paid = paid.setScale(2, RoundingMode.HALF_UP);
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
                subtotal,
                discount,
                taxes,
                amount,
                paid,
                outstanding,
                status,
                v3,
                paymentStatus,
                display,
                fullyPaid ? lastPayment : null,
                due,
                draft && paid.signum() == 0,
                overdue);
    }
}
