package dev.fbcli.cli.action.invoice;

import dev.fbcli.freshbooks.model.InvoiceDto;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** What the invoice actions agree on: when an invoice counts as a draft or as settled, and how amounts and line names are written. Pure. */
final class InvoiceRules {
    private InvoiceRules() {}

    /** Paid, in full or automatically. */
    static boolean isSettled(InvoiceDto i) {
        return "paid".equals(i.paymentStatus()) || "auto-paid".equals(i.paymentStatus());
    }

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
