package dev.fbcli.freshbooks.resource;

import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.model.Page;
import dev.fbcli.freshbooks.model.Paged;
import dev.fbcli.freshbooks.model.TeamMemberDto;

/** Team members: {@code /auth/api/v1/businesses/{business_id}/team_members} ({@code response} array + {@code meta}). */
public final class TeamMembers {
    private final ProjectFamily api;

    TeamMembers(ProjectFamily api) {
        this.api = api;
    }

    /** All team members; {@code activeOnly} sends {@code active=true}. */
    public Paged<TeamMemberDto> list(boolean activeOnly) {
        return new Paged<>(
                p -> page(activeOnly, p, Paged.MAX_PER_PAGE),
                null,
                api.executor().pageReaders());
    }

    public Page<TeamMemberDto> page(boolean activeOnly, int page, int perPage) {
        ApiRequest r = ApiRequest.get(base())
                .withQuery("active", activeOnly ? Boolean.TRUE : null)
                .withQuery("page", page)
                .withQuery("per_page", Math.min(perPage, Paged.MAX_PER_PAGE));
        return ProjectFamily.toPage(api.executor().execute(r), "/response", TeamMemberDto.class, page, perPage);
    }

    public TeamMemberDto get(String uuid) {
        return api.executor().execute(ApiRequest.get(base() + "/" + uuid)).read("/response", TeamMemberDto.class);
    }

    private String base() {
        return "/auth/api/v1/businesses/" + api.businessId() + "/team_members";
    }
}
