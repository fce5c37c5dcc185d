package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A team invitation ({@code POST /auth/api/v1/users/invitation}). */
public record Invitation(
        @JsonProperty("id") Long id,
        @JsonProperty("to_email") String toEmail,
        @JsonProperty("capacity") String capacity,
        @JsonProperty("invitable_id") Long invitableId,
        @JsonProperty("invitable_type") String invitableType,
        @JsonProperty("groups") List<InvitationGroup> groups,
        @JsonProperty("status") String status) {}
