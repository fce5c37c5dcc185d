package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Fields written on project create/update. Every PUT must carry {@code title} ({@code Projects.update} adds it). */
@RecordBuilder
public record ProjectDraft(
        @JsonProperty("title") String title,
        @JsonProperty("description") String description,
        @JsonProperty("due_date") LocalDate dueDate,
        @JsonProperty("client_id") Long clientId,
        @JsonProperty("internal") Boolean internal,
        @JsonProperty("budget") Long budget,
        @JsonProperty("fixed_price") BigDecimal fixedPrice,
        @JsonProperty("rate") BigDecimal rate,
        @JsonProperty("billing_method") String billingMethod,
        @JsonProperty("project_type") String projectType,
        @JsonProperty("project_manager_id") Long projectManagerId,
        @JsonProperty("active") Boolean active,
        @JsonProperty("complete") Boolean complete)
        implements ProjectDraftBuilder.With {

    /** All fields unset. */
    public static ProjectDraft empty() {
        return new ProjectDraft(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
