package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** An invoice line (only returned with {@code include[]=lines}); tax amounts are percentages. */
public record InvoiceLineDto(
        @JsonProperty("lineid") Long lineId,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("qty") BigDecimal qty,
        @JsonProperty("unit_cost") Money unitCost,
        @JsonProperty("amount") Money amount,
        @JsonProperty("taxName1") String taxName1,
        @JsonProperty("taxAmount1") BigDecimal taxAmount1,
        @JsonProperty("taxName2") String taxName2,
        @JsonProperty("taxAmount2") BigDecimal taxAmount2,
        @JsonProperty("type") Integer type,
        @JsonProperty("expenseid") Long expenseId,
        @JsonProperty("modern_project_id") Long modernProjectId) {}
