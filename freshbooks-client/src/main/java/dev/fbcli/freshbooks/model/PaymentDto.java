package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** A payment ({@code payments/payments}); {@code id} = {@code logid}. */
public record PaymentDto(
        @JsonProperty("id") Long id,
        @JsonProperty("invoiceid") Long invoiceId,
        @JsonProperty("clientid") Long clientId,
        @JsonProperty("amount") Money amount,
        @JsonProperty("date") LocalDate date,
        @JsonProperty("type") String type,
        @JsonProperty("note") String note,
        @JsonProperty("transactionid") String transactionId,
        @JsonProperty("vis_state") Integer visState,
        @JsonProperty("updated") String updated) {}
