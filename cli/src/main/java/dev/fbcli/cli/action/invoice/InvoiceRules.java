package dev.fbcli.cli.action.invoice;

import dev.fbcli.freshbooks.model.InvoiceDto;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** What the invoice actions agree on: when an invoice counts as a draft or as settled, and how amounts and line names are written. Pure. */
final class InvoiceRules {
    private InvoiceRules() {}

    /** Paid, in full or automatically. */
    static boolean isSettled(InvoiceDto i) {
        return "paid".equals(i.paymentStatus()) || "auto-paid".equals(i.paymentStatus());
    }

    /**
     * The {@code v3_status} values API.md §5.2 documents for an invoice that may be unpaid: all but
     * draft, created (not sent yet) and paid, autopaid, success (settled); both spellings of the
     * deposit ones. {@code invoice list --status unpaid} asks FreshBooks for these and still checks
     * each invoice with {@link #isSettled} and {@link #isDraft}.
     */
    static final List<String> MAYBE_UNPAID = List.of(
            "sent",
            "viewed",
            "overdue",
            "partial",
            "disputed",
            "resolved",
            "failed",
            "retry",
            "pending",
            "declined",
            "deposit-partial",
            "deposit_partial",
            "deposit-paid",
            "deposit_paid");

    /** Not sent yet: FreshBooks says "draft", or "created" for one made through the API. */
    static boolean isDraft(InvoiceDto i) {
        return "draft".equals(i.v3Status()) || "created".equals(i.v3Status());
    }

    /** An amount as FreshBooks keeps it: two decimals. */
    static BigDecimal cents(BigDecimal b) {
        return b.setScale(2, RoundingMode.HALF_UP);
    }

    /** A line name as written on the invoice: "logo" → "Logo". */
    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
