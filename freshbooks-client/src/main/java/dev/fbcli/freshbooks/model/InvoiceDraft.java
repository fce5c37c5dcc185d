package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Fields written on invoice create/update. Never {@code due_date} (refused, errno 1038): use {@code dueOffsetDays}. A {@code lines} list replaces all lines. */
public record InvoiceDraft(
        @JsonProperty("customerid") Long customerId,
        @JsonProperty("create_date") LocalDate createDate,
        @JsonProperty("due_offset_days") Integer dueOffsetDays,
        @JsonProperty("currency_code") String currencyCode,
        @JsonProperty("invoice_number") String invoiceNumber,
        @JsonProperty("po_number") String poNumber,
        @JsonProperty("notes") String notes,
        @JsonProperty("terms") String terms,
        @JsonProperty("discount_value") BigDecimal discountValue,
        @JsonProperty("discount_description") String discountDescription,
        @JsonProperty("language") String language,
        @JsonProperty("lines") List<InvoiceLineDraft> lines) {

    /** All fields unset. */
    public static InvoiceDraft empty() {
        return new InvoiceDraft(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public InvoiceDraft withCustomerId(Long v) {
        return new InvoiceDraft(
                v,
                createDate,
                dueOffsetDays,
                currencyCode,
                invoiceNumber,
                poNumber,
                notes,
                terms,
                discountValue,
                discountDescription,
                language,
                lines);
    }

    public InvoiceDraft withCreateDate(LocalDate v) {
        return new InvoiceDraft(
                customerId,
                v,
                dueOffsetDays,
                currencyCode,
                invoiceNumber,
                poNumber,
                notes,
                terms,
                discountValue,
                discountDescription,
                language,
                lines);
    }

    public InvoiceDraft withDueOffsetDays(Integer v) {
        return new InvoiceDraft(
                customerId,
                createDate,
                v,
                currencyCode,
                invoiceNumber,
                poNumber,
                notes,
                terms,
                discountValue,
                discountDescription,
                language,
                lines);
    }

    public InvoiceDraft withCurrencyCode(String v) {
        return new InvoiceDraft(
                customerId,
                createDate,
                dueOffsetDays,
                v,
                invoiceNumber,
                poNumber,
                notes,
                terms,
                discountValue,
                discountDescription,
                language,
                lines);
    }

    public InvoiceDraft withInvoiceNumber(String v) {
        return new InvoiceDraft(
                customerId,
                createDate,
                dueOffsetDays,
                currencyCode,
                v,
                poNumber,
                notes,
                terms,
                discountValue,
                discountDescription,
                language,
                lines);
    }

    public InvoiceDraft withPoNumber(String v) {
        return new InvoiceDraft(
                customerId,
                createDate,
                dueOffsetDays,
                currencyCode,
                invoiceNumber,
                v,
                notes,
                terms,
                discountValue,
                discountDescription,
                language,
                lines);
    }

    public InvoiceDraft withNotes(String v) {
        return new InvoiceDraft(
                customerId,
                createDate,
                dueOffsetDays,
                currencyCode,
                invoiceNumber,
                poNumber,
                v,
                terms,
                discountValue,
                discountDescription,
                language,
                lines);
    }

    public InvoiceDraft withTerms(String v) {
        return new InvoiceDraft(
                customerId,
                createDate,
                dueOffsetDays,
                currencyCode,
                invoiceNumber,
                poNumber,
                notes,
                v,
                discountValue,
                discountDescription,
                language,
                lines);
    }

    public InvoiceDraft withDiscountValue(BigDecimal v) {
        return new InvoiceDraft(
                customerId,
                createDate,
                dueOffsetDays,
                currencyCode,
                invoiceNumber,
                poNumber,
                notes,
                terms,
                v,
                discountDescription,
                language,
                lines);
    }

    public InvoiceDraft withDiscountDescription(String v) {
        return new InvoiceDraft(
                customerId,
                createDate,
                dueOffsetDays,
                currencyCode,
                invoiceNumber,
                poNumber,
                notes,
                terms,
                discountValue,
                v,
                language,
                lines);
    }

    public InvoiceDraft withLanguage(String v) {
        return new InvoiceDraft(
                customerId,
                createDate,
                dueOffsetDays,
                currencyCode,
                invoiceNumber,
                poNumber,
                notes,
                terms,
                discountValue,
                discountDescription,
                v,
                lines);
    }

    public InvoiceDraft withLines(List<InvoiceLineDraft> v) {
        return new InvoiceDraft(
                customerId,
                createDate,
                dueOffsetDays,
                currencyCode,
                invoiceNumber,
                poNumber,
                notes,
                terms,
                discountValue,
                discountDescription,
                language,
                v);
    }
}
