package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An expense ({@code expenses/expenses}); tax amounts are Money here. Project link: {@code modern_projectid} (new projects) or {@code projectid} (Classic), see {@link #linkedProjectId()}. */
public record ExpenseDto(
        @JsonProperty("id") Long id,
        @JsonProperty("categoryid") Long categoryId,
        @JsonProperty("staffid") Long staffId,
        @JsonProperty("clientid") Long clientId,
        @JsonProperty("projectid") Long projectId,
        @JsonProperty("modern_projectid") Long modernProjectId,
        @JsonProperty("amount") Money amount,
        @JsonProperty("date") LocalDate date,
        @JsonProperty("vendor") String vendor,
        @JsonProperty("notes") String notes,
        @JsonProperty("status") Integer status,
        @JsonProperty("billable") Boolean billable,
        @JsonProperty("has_receipt") Boolean hasReceipt,
        @JsonProperty("taxName1") String taxName1,
        @JsonProperty("taxAmount1") Money taxAmount1,
        @JsonProperty("taxName2") String taxName2,
        @JsonProperty("taxAmount2") Money taxAmount2,
        @JsonProperty("markup_percent") BigDecimal markupPercent,
        @JsonProperty("invoiceid") Long invoiceId,
        @JsonProperty("attachment") ExpenseAttachment attachment,
        @JsonProperty("vis_state") Integer visState,
        @JsonProperty("updated") String updated) {

    /** The project this expense is linked to: {@code modern_projectid} when set, else {@code projectid}; 0 means none. */
    @JsonIgnore
    public Long linkedProjectId() {
        if (modernProjectId != null && modernProjectId > 0) return modernProjectId;
        if (projectId != null && projectId > 0) return projectId;
        return null;
    }
}
