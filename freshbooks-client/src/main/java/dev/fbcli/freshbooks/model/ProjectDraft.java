package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Fields written on project create/update. Every PUT must carry {@code title} ({@code Projects.update} adds it). */
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
        @JsonProperty("complete") Boolean complete) {

    /** All fields unset. */
    public static ProjectDraft empty() {
        return new ProjectDraft(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public ProjectDraft withTitle(String v) {
        return new ProjectDraft(
                v,
                description,
                dueDate,
                clientId,
                internal,
                budget,
                fixedPrice,
                rate,
                billingMethod,
                projectType,
                projectManagerId,
                active,
                complete);
    }

    public ProjectDraft withDescription(String v) {
        return new ProjectDraft(
                title,
                v,
                dueDate,
                clientId,
                internal,
                budget,
                fixedPrice,
                rate,
                billingMethod,
                projectType,
                projectManagerId,
                active,
                complete);
    }

    public ProjectDraft withDueDate(LocalDate v) {
        return new ProjectDraft(
                title,
                description,
                v,
                clientId,
                internal,
                budget,
                fixedPrice,
                rate,
                billingMethod,
                projectType,
                projectManagerId,
                active,
                complete);
    }

    public ProjectDraft withClientId(Long v) {
        return new ProjectDraft(
                title,
                description,
                dueDate,
                v,
                internal,
                budget,
                fixedPrice,
                rate,
                billingMethod,
                projectType,
                projectManagerId,
                active,
                complete);
    }

    public ProjectDraft withInternal(Boolean v) {
        return new ProjectDraft(
                title,
                description,
                dueDate,
                clientId,
                v,
                budget,
                fixedPrice,
                rate,
                billingMethod,
                projectType,
                projectManagerId,
                active,
                complete);
    }

    public ProjectDraft withBudget(Long v) {
        return new ProjectDraft(
                title,
                description,
                dueDate,
                clientId,
                internal,
                v,
                fixedPrice,
                rate,
                billingMethod,
                projectType,
                projectManagerId,
                active,
                complete);
    }

    public ProjectDraft withFixedPrice(BigDecimal v) {
        return new ProjectDraft(
                title,
                description,
                dueDate,
                clientId,
                internal,
                budget,
                v,
                rate,
                billingMethod,
                projectType,
                projectManagerId,
                active,
                complete);
    }

    public ProjectDraft withRate(BigDecimal v) {
        return new ProjectDraft(
                title,
                description,
                dueDate,
                clientId,
                internal,
                budget,
                fixedPrice,
                v,
                billingMethod,
                projectType,
                projectManagerId,
                active,
                complete);
    }

    public ProjectDraft withBillingMethod(String v) {
        return new ProjectDraft(
                title,
                description,
                dueDate,
                clientId,
                internal,
                budget,
                fixedPrice,
                rate,
                v,
                projectType,
                projectManagerId,
                active,
                complete);
    }

    public ProjectDraft withProjectType(String v) {
        return new ProjectDraft(
                title,
                description,
                dueDate,
                clientId,
                internal,
                budget,
                fixedPrice,
                rate,
                billingMethod,
                v,
                projectManagerId,
                active,
                complete);
    }

    public ProjectDraft withProjectManagerId(Long v) {
        return new ProjectDraft(
                title,
                description,
                dueDate,
                clientId,
                internal,
                budget,
                fixedPrice,
                rate,
                billingMethod,
                projectType,
                v,
                active,
                complete);
    }

    public ProjectDraft withActive(Boolean v) {
        return new ProjectDraft(
                title,
                description,
                dueDate,
                clientId,
                internal,
                budget,
                fixedPrice,
                rate,
                billingMethod,
                projectType,
                projectManagerId,
                v,
                complete);
    }

    public ProjectDraft withComplete(Boolean v) {
        return new ProjectDraft(
                title,
                description,
                dueDate,
                clientId,
                internal,
                budget,
                fixedPrice,
                rate,
                billingMethod,
                projectType,
                projectManagerId,
                active,
                v);
    }
}
