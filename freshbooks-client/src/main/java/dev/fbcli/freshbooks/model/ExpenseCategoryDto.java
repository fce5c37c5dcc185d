package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An expense category ({@code expenses/categories}, read-only); {@code category} is the name. */
public record ExpenseCategoryDto(
        @JsonProperty("id") Long id,
        @JsonProperty("category") String category,
        @JsonProperty("parentid") Long parentId,
        @JsonProperty("is_cogs") Boolean isCogs,
        @JsonProperty("is_editable") Boolean isEditable,
        @JsonProperty("vis_state") Integer visState,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt) {}
