package dev.fbcli.freshbooks.model;

import java.time.LocalDate;

/** Payment list filters. Sent: {@code invoiceid}, {@code clientid}, {@code date_min/max}. Local: {@code type} (only doc-derived upstream). */
public record PaymentQuery(Long invoiceId, Long clientId, LocalDate dateMin, LocalDate dateMax, String type) {

    /** All fields unset. */
    public static PaymentQuery empty() {
        return new PaymentQuery(null, null, null, null, null);
    }

    public PaymentQuery withInvoiceId(Long v) {
        return new PaymentQuery(v, clientId, dateMin, dateMax, type);
    }

    public PaymentQuery withClientId(Long v) {
        return new PaymentQuery(invoiceId, v, dateMin, dateMax, type);
    }

    public PaymentQuery withDateMin(LocalDate v) {
        return new PaymentQuery(invoiceId, clientId, v, dateMax, type);
    }

    public PaymentQuery withDateMax(LocalDate v) {
        return new PaymentQuery(invoiceId, clientId, dateMin, v, type);
    }

    public PaymentQuery withType(String v) {
        return new PaymentQuery(invoiceId, clientId, dateMin, dateMax, v);
    }
}
