package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A member of a project's group. */
public record ProjectMember(
        @JsonProperty("id") Long id,
        @JsonProperty("identity_id") Long identityId,
        @JsonProperty("role") String role,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("email") String email,
        @JsonProperty("company") String company,
        @JsonProperty("active") Boolean active) {}
