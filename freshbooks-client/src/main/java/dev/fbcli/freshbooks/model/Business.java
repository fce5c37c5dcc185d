package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The business inside a {@code business_memberships[]} item of {@code /users/me}. */
public record Business(
        @JsonProperty("id") Long id,
        @JsonProperty("business_uuid") String businessUuid,
        @JsonProperty("account_id") String accountId,
        @JsonProperty("name") String name,
        @JsonProperty("date_format") String dateFormat,
        @JsonProperty("timezone") String timezone) {}
