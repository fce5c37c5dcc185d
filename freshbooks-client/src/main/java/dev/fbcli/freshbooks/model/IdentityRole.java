package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One {@code roles[]} item of {@code /users/me}; {@code accountid} is the fallback account id. */
public record IdentityRole(
        @JsonProperty("id") Long id,
        @JsonProperty("role") String role,
        @JsonProperty("systemid") Long systemId,
        @JsonProperty("userid") Long userId,
        @JsonProperty("accountid") String accountId) {}
