package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Fields written on expense create/update. Create needs categoryid, staffid, date and amount. Project links are written as {@code modern_projectid}. */
public record ExpenseDraft(
        @JsonProperty("categoryid") Long categoryId,
        @JsonProperty("staffid") Long staffId,
        @JsonProperty("date") LocalDate date,
        @JsonProperty("amount") Money amount,
        @JsonProperty("vendor") String vendor,
        @JsonProperty("notes") String notes,
        @JsonProperty("clientid") Long clientId,
        @JsonProperty("modern_projectid") Long modernProjectId,
        @JsonProperty("billable") Boolean billable,
        @JsonProperty("taxName1") String taxName1,
        @JsonProperty("taxAmount1") Money taxAmount1,
        @JsonProperty("markup_percent") BigDecimal markupPercent,
        @JsonProperty("attachment") AttachmentRef attachment) {

    /** All fields unset. */
    public static ExpenseDraft empty() {
        return new ExpenseDraft(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public ExpenseDraft withCategoryId(Long v) {
        return new ExpenseDraft(
                v,
                staffId,
                date,
                amount,
                vendor,
                notes,
                clientId,
                modernProjectId,
                billable,
                taxName1,
                taxAmount1,
                markupPercent,
                attachment);
    }

    public ExpenseDraft withStaffId(Long v) {
        return new ExpenseDraft(
                categoryId,
                v,
                date,
                amount,
                vendor,
                notes,
                clientId,
                modernProjectId,
                billable,
                taxName1,
                taxAmount1,
                markupPercent,
                attachment);
    }

    public ExpenseDraft withDate(LocalDate v) {
        return new ExpenseDraft(
                categoryId,
                staffId,
                v,
                amount,
                vendor,
                notes,
                clientId,
                modernProjectId,
                billable,
                taxName1,
                taxAmount1,
                markupPercent,
                attachment);
    }

    public ExpenseDraft withAmount(Money v) {
        return new ExpenseDraft(
                categoryId,
                staffId,
                date,
                v,
                vendor,
                notes,
                clientId,
                modernProjectId,
                billable,
                taxName1,
                taxAmount1,
                markupPercent,
                attachment);
    }

    public ExpenseDraft withVendor(String v) {
        return new ExpenseDraft(
                categoryId,
                staffId,
                date,
                amount,
                v,
                notes,
                clientId,
                modernProjectId,
                billable,
                taxName1,
                taxAmount1,
                markupPercent,
                attachment);
    }

    public ExpenseDraft withNotes(String v) {
        return new ExpenseDraft(
                categoryId,
                staffId,
                date,
                amount,
                vendor,
                v,
                clientId,
                modernProjectId,
                billable,
                taxName1,
                taxAmount1,
                markupPercent,
                attachment);
    }

    public ExpenseDraft withClientId(Long v) {
        return new ExpenseDraft(
                categoryId,
                staffId,
                date,
                amount,
                vendor,
                notes,
                v,
                modernProjectId,
                billable,
                taxName1,
                taxAmount1,
                markupPercent,
                attachment);
    }

    public ExpenseDraft withModernProjectId(Long v) {
        return new ExpenseDraft(
                categoryId,
                staffId,
                date,
                amount,
                vendor,
                notes,
                clientId,
                v,
                billable,
                taxName1,
                taxAmount1,
                markupPercent,
                attachment);
    }

    public ExpenseDraft withBillable(Boolean v) {
        return new ExpenseDraft(
                categoryId,
                staffId,
                date,
                amount,
                vendor,
                notes,
                clientId,
                modernProjectId,
                v,
                taxName1,
                taxAmount1,
                markupPercent,
                attachment);
    }

    public ExpenseDraft withTaxName1(String v) {
        return new ExpenseDraft(
                categoryId,
                staffId,
                date,
                amount,
                vendor,
                notes,
                clientId,
                modernProjectId,
                billable,
                v,
                taxAmount1,
                markupPercent,
                attachment);
    }

    public ExpenseDraft withTaxAmount1(Money v) {
        return new ExpenseDraft(
                categoryId,
                staffId,
                date,
                amount,
                vendor,
                notes,
                clientId,
                modernProjectId,
                billable,
                taxName1,
                v,
                markupPercent,
                attachment);
    }

    public ExpenseDraft withMarkupPercent(BigDecimal v) {
        return new ExpenseDraft(
                categoryId,
                staffId,
                date,
                amount,
                vendor,
                notes,
                clientId,
                modernProjectId,
                billable,
                taxName1,
                taxAmount1,
                v,
                attachment);
    }

    public ExpenseDraft withAttachment(AttachmentRef v) {
        return new ExpenseDraft(
                categoryId,
                staffId,
                date,
                amount,
                vendor,
                notes,
                clientId,
                modernProjectId,
                billable,
                taxName1,
                taxAmount1,
                markupPercent,
                v);
    }
}
