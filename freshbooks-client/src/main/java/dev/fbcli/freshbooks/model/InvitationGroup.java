package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One group of a team invitation. */
public record InvitationGroup(@JsonProperty("group_id") Long groupId, @JsonProperty("capacity") String capacity) {}
