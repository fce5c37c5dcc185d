package dev.fbcli.freshbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code GET /auth/api/v1/users/me} ({@code response} envelope, no {@code result}). */
public record Identity(
        @JsonProperty("id") Long id,
        @JsonProperty("identity_id") Long identityId,
        @JsonProperty("identity_uuid") String identityUuid,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("email") String email,
        @JsonProperty("language") String language,
        @JsonProperty("business_memberships") List<BusinessMembership> businessMemberships,
        @JsonProperty("roles") List<IdentityRole> roles) {

    public Identity {
        businessMemberships = businessMemberships == null ? List.of() : List.copyOf(businessMemberships);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
