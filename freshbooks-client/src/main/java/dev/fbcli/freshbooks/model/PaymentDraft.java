package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** Fields written on payment create/update ({@code invoiceid} only on create). */
public record PaymentDraft(
        @JsonProperty("invoiceid") Long invoiceId,
        @JsonProperty("amount") Money amount,
        @JsonProperty("date") LocalDate date,
        @JsonProperty("type") String type,
        @JsonProperty("note") String note,
        @JsonProperty("send_client_notification") Boolean sendClientNotification) {

    /** All fields unset. */
    public static PaymentDraft empty() {
        return new PaymentDraft(null, null, null, null, null, null);
    }

    public PaymentDraft withInvoiceId(Long v) {
        return new PaymentDraft(v, amount, date, type, note, sendClientNotification);
    }

    public PaymentDraft withAmount(Money v) {
        return new PaymentDraft(invoiceId, v, date, type, note, sendClientNotification);
    }

    public PaymentDraft withDate(LocalDate v) {
        return new PaymentDraft(invoiceId, amount, v, type, note, sendClientNotification);
    }

    public PaymentDraft withType(String v) {
        return new PaymentDraft(invoiceId, amount, date, v, note, sendClientNotification);
    }

    public PaymentDraft withNote(String v) {
        return new PaymentDraft(invoiceId, amount, date, type, v, sendClientNotification);
    }

    public PaymentDraft withSendClientNotification(Boolean v) {
        return new PaymentDraft(invoiceId, amount, date, type, note, v);
    }
}
