package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One {@code business_memberships[]} item: the membership row id (not the business id), the role and the business. */
public record BusinessMembership(
        @JsonProperty("id") Long id, @JsonProperty("role") String role, @JsonProperty("business") Business business) {}
