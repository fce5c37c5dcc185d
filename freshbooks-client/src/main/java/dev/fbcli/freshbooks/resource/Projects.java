package dev.fbcli.freshbooks.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.freshbooks.ConfigurationException;
import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.http.Wire;
import dev.fbcli.freshbooks.model.Invitation;
import dev.fbcli.freshbooks.model.Page;
import dev.fbcli.freshbooks.model.Paged;
import dev.fbcli.freshbooks.model.ProjectDraft;
import dev.fbcli.freshbooks.model.ProjectDto;
import dev.fbcli.freshbooks.model.ProjectQuery;
import dev.fbcli.freshbooks.model.WireTimes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Projects: list {@code /projects/business/{bid}/projects}, single {@code .../project/{id}}. Delete
 * is HTTP DELETE (204). Team assignment goes through the identity invitation endpoint.
 */
public final class Projects {
    private final ProjectFamily api;

    Projects(ProjectFamily api) {
        this.api = api;
    }

    public Paged<ProjectDto> list(ProjectQuery q) {
        // Local: title/title_like are ignored by FreshBooks (API.md §5.10), so title matching is done here.
        String needle = q.titleContains() == null ? null : q.titleContains().toLowerCase(Locale.ROOT);
        return new Paged<>(
                p -> page(q, p, Paged.MAX_PER_PAGE),
                needle == null ? null : pr -> Clients.contains(pr.title(), needle),
                api.executor().pageReaders());
    }

    public Page<ProjectDto> page(ProjectQuery q, int page, int perPage) {
        return api.page(api.path("projects", "projects"), "projects", ProjectDto.class, page, perPage, filters(q));
    }

    public ProjectDto get(long id) {
        return api.executor().execute(ApiRequest.get(single(id))).read("/project", ProjectDto.class);
    }

    /** Creates a project; {@code title} is required. */
    public ProjectDto create(ProjectDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new IllegalArgumentException("a project needs a title");
        }
        ApiRequest r = ApiRequest.post(api.path("projects", "project"), Map.of("project", draft))
                .withIdentifyingField("title", draft.title())
                .withIdentifyingField("client_id", draft.clientId());
        return api.executor().execute(r).read("/project", ProjectDto.class);
    }

    /** Updates a project. FreshBooks needs {@code title} on every PUT: when absent it is read first. */
    public ProjectDto update(long id, ProjectDraft draft) {
        ProjectDraft d = draft.title() != null ? draft : draft.withTitle(get(id).title());
        return api.executor()
                .execute(ApiRequest.put(single(id), Map.of("project", d)))
                .read("/project", ProjectDto.class);
    }

    /**
     * Like {@link #update(long, ProjectDraft)}, and the fields named in {@code clear} (wire names:
     * {@code due_date}, {@code budget}, {@code rate}, {@code fixed_price}, {@code description}) are
     * sent as {@code null}: a partial PUT changes the keys it carries, so a null one is emptied.
     */
    public ProjectDto update(long id, ProjectDraft draft, Set<String> clear) {
        if (clear.contains("title")) {
            throw new IllegalArgumentException("a project's title cannot be cleared");
        }
        ProjectDraft d = draft.title() != null ? draft : draft.withTitle(get(id).title());
        ObjectNode body = (ObjectNode) Wire.toTree(d);
        for (String f : clear) {
            body.putNull(f);
        }
        return api.executor()
                .execute(ApiRequest.put(single(id), Map.of("project", body)))
                .read("/project", ProjectDto.class);
    }

    /** HTTP DELETE; 204. */
    public void delete(long id) {
        api.executor().execute(ApiRequest.delete(single(id)));
    }

    /**
     * Invites {@code email} to the project's team with role {@code capacity} (e.g.
     * {@code business_employee}): reads the project's group id, then
     * {@code POST /auth/api/v1/users/invitation}.
     */
    public Invitation assign(long projectId, String email, String capacity) {
        if (email == null || email.isBlank()) throw new IllegalArgumentException("an email is needed");
        if (capacity == null || capacity.isBlank()) throw new IllegalArgumentException("a capacity (role) is needed");
        ProjectDto p = get(projectId);
        Long groupId = p.teamGroupId();
        if (groupId == null) {
            throw new ConfigurationException("project " + projectId + " has no team group; it cannot be shared");
        }
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("group_id", groupId);
        group.put("capacity", capacity);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("capacity", capacity);
        body.put("to_email", email);
        body.put("invitable_id", api.businessId());
        body.put("invitable_type", "business");
        body.put("groups", List.of(group));
        ApiRequest r = ApiRequest.post("/auth/api/v1/users/invitation", body)
                .withIdentifyingField("to_email", email)
                .withIdentifyingField("group_id", groupId);
        return api.executor().execute(r).read("/response/invitation", Invitation.class);
    }

    private String single(long id) {
        return api.path("projects", "project/" + id);
    }

    private static UnaryOperator<ApiRequest> filters(ProjectQuery q) {
        return r -> r.withQuery("active", q.active())
                .withQuery("complete", q.complete())
                .withQuery("client_id", q.clientId())
                .withQuery("updated_since", WireTimes.formatUtc(q.updatedSince()))
                .withQuery("include_logged_duration", q.includeLoggedDuration())
                .withQuery("sort", q.sort());
    }
}
