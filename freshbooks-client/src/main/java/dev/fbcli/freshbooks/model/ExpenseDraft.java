package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Fields written on expense create/update. Create needs categoryid, staffid, date and amount. Project links are written as {@code modern_projectid}. */
@RecordBuilder
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
        @JsonProperty("attachment") AttachmentRef attachment)
        implements ExpenseDraftBuilder.With {

    /** All fields unset. */
    public static ExpenseDraft empty() {
        return new ExpenseDraft(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
