package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A project ({@code /projects/business/{bid}/project}); budget is seconds, fixed_price/rate bare decimals. Lists carry {@code group_id}, single reads {@code group}. */
public record ProjectDto(
        @JsonProperty("id") Long id,
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
        @JsonProperty("complete") Boolean complete,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("logged_duration") Long loggedDuration,
        @JsonProperty("services") List<ServiceDto> services,
        @JsonProperty("billed_amount") BigDecimal billedAmount,
        @JsonProperty("billed_status") String billedStatus,
        @JsonProperty("group_id") Long groupId,
        @JsonProperty("group") ProjectGroup group) {

    public ProjectDto {
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** The team group id, from {@code group.id} or {@code group_id}; null when neither is present. */
    @JsonIgnore
    public Long teamGroupId() {
        return group != null && group.id() != null ? group.id() : groupId;
    }
}
