package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A team member ({@code /auth/api/v1/businesses/{bid}/team_members}). */
public record TeamMemberDto(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("middle_name") String middleName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("email") String email,
        @JsonProperty("job_title") String jobTitle,
        @JsonProperty("business_id") Long businessId,
        @JsonProperty("business_role_name") String businessRoleName,
        @JsonProperty("active") Boolean active,
        @JsonProperty("identity_id") Long identityId,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt) {}
