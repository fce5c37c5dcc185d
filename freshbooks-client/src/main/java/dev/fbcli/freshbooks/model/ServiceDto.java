package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A service ({@code /comments/business/{bid}/service}). */
public record ServiceDto(
        @JsonProperty("id") Long id,
        @JsonProperty("business_id") Long businessId,
        @JsonProperty("name") String name,
        @JsonProperty("billable") Boolean billable,
        @JsonProperty("vis_state") Integer visState) {}
