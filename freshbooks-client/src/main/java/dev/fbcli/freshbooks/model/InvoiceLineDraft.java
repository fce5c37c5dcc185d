package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** An invoice line to write; {@code qty} is sent as a number, {@code unit_cost} as Money. */
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
        @JsonProperty("expenseid") Long expenseId) {

    /** All fields unset. */
    public static InvoiceLineDraft empty() {
        return new InvoiceLineDraft(null, null, null, null, null, null, null, null, null, null);
    }

    public InvoiceLineDraft withName(String v) {
        return new InvoiceLineDraft(
                v, description, qty, unitCost, taxName1, taxAmount1, taxName2, taxAmount2, type, expenseId);
    }

    public InvoiceLineDraft withDescription(String v) {
        return new InvoiceLineDraft(
                name, v, qty, unitCost, taxName1, taxAmount1, taxName2, taxAmount2, type, expenseId);
    }

    public InvoiceLineDraft withQty(BigDecimal v) {
        return new InvoiceLineDraft(
                name, description, v, unitCost, taxName1, taxAmount1, taxName2, taxAmount2, type, expenseId);
    }

    public InvoiceLineDraft withUnitCost(Money v) {
        return new InvoiceLineDraft(
                name, description, qty, v, taxName1, taxAmount1, taxName2, taxAmount2, type, expenseId);
    }

    public InvoiceLineDraft withTaxName1(String v) {
        return new InvoiceLineDraft(
                name, description, qty, unitCost, v, taxAmount1, taxName2, taxAmount2, type, expenseId);
    }

    public InvoiceLineDraft withTaxAmount1(BigDecimal v) {
        return new InvoiceLineDraft(
                name, description, qty, unitCost, taxName1, v, taxName2, taxAmount2, type, expenseId);
    }

    public InvoiceLineDraft withTaxName2(String v) {
        return new InvoiceLineDraft(
                name, description, qty, unitCost, taxName1, taxAmount1, v, taxAmount2, type, expenseId);
    }

    public InvoiceLineDraft withTaxAmount2(BigDecimal v) {
        return new InvoiceLineDraft(
                name, description, qty, unitCost, taxName1, taxAmount1, taxName2, v, type, expenseId);
    }

    public InvoiceLineDraft withType(Integer v) {
        return new InvoiceLineDraft(
                name, description, qty, unitCost, taxName1, taxAmount1, taxName2, taxAmount2, v, expenseId);
    }

    public InvoiceLineDraft withExpenseId(Long v) {
        return new InvoiceLineDraft(
                name, description, qty, unitCost, taxName1, taxAmount1, taxName2, taxAmount2, type, v);
    }

    /** A plain line: name, quantity and unit cost. */
    public static InvoiceLineDraft of(String name, BigDecimal qty, Money unitCost) {
        return empty().withName(name).withQty(qty).withUnitCost(unitCost);
    }
}
