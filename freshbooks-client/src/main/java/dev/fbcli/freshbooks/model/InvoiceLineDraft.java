package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;

/** An invoice line to write; {@code qty} is sent as a number, {@code unit_cost} as Money. */
@RecordBuilder
public record InvoiceLineDraft(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("qty") BigDecimal qty,
        @JsonProperty("unit_cost") Money unitCost,
        @JsonProperty("taxName1") String taxName1,
        @JsonProperty("taxAmount1") BigDecimal taxAmount1,
        @JsonProperty("taxName2") String taxName2,
        @JsonProperty("taxAmount2") BigDecimal taxAmount2,
        @JsonProperty("type") Integer type,
        @JsonProperty("expenseid") Long expenseId)
        implements InvoiceLineDraftBuilder.With {

    /** All fields unset. */
    public static InvoiceLineDraft empty() {
        return new InvoiceLineDraft(null, null, null, null, null, null, null, null, null, null);
    }

    /** A plain line: name, quantity and unit cost. */
    public static InvoiceLineDraft of(String name, BigDecimal qty, Money unitCost) {
        return empty().withName(name).withQty(qty).withUnitCost(unitCost);
    }
}
