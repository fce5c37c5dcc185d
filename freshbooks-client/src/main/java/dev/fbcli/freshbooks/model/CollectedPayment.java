package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** One row of the payments-collected report. */
public record CollectedPayment(
        @JsonProperty("date") LocalDate date,
        @JsonProperty("amount") Money amount,
        @JsonProperty("client") String client,
        @JsonProperty("clientid") Long clientId,
        @JsonProperty("invoice_number") String invoiceNumber,
        @JsonProperty("invoiceid") Long invoiceId,
        @JsonProperty("method") String method,
        @JsonProperty("description") String description) {}
