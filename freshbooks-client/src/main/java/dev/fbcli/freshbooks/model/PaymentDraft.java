package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/** Fields written on payment create/update ({@code invoiceid} only on create). */
@RecordBuilder
public record PaymentDraft(
        @JsonProperty("invoiceid") Long invoiceId,
        @JsonProperty("amount") Money amount,
        @JsonProperty("date") LocalDate date,
        @JsonProperty("type") String type,
        @JsonProperty("note") String note,
        @JsonProperty("send_client_notification") Boolean sendClientNotification)
        implements PaymentDraftBuilder.With {

    /** All fields unset. */
    public static PaymentDraft empty() {
        return new PaymentDraft(null, null, null, null, null, null);
    }
}
