package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One tax of the tax summary: what was taxed and collected on invoices, paid on expenses, and the difference. */
public record TaxSummaryRow(
        @JsonProperty("tax_name") String taxName,
        @JsonProperty("taxable_amount_collected") Money taxableCollected,
        @JsonProperty("tax_collected") Money taxCollected,
        @JsonProperty("taxable_amount_paid") Money taxablePaid,
        @JsonProperty("tax_paid") Money taxPaid,
        @JsonProperty("net_taxable_amount") Money netTaxable,
        @JsonProperty("net_tax") Money netTax) {}
