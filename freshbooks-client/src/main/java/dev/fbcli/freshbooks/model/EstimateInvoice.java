package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An invoice as far as its estimate is concerned: which invoice, made from which estimate ({@code estimateid}, 0 for none), deleted or not. */
public record EstimateInvoice(
        @JsonProperty("id") Long id,
        @JsonProperty("invoice_number") String invoiceNumber,
        @JsonProperty("estimateid") Long estimateId,
        @JsonProperty("vis_state") Integer visState) {}
