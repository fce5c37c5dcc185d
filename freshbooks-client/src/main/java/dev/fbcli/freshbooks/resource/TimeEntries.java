package dev.fbcli.freshbooks.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.http.ApiResponse;
import dev.fbcli.freshbooks.http.Wire;
import dev.fbcli.freshbooks.model.Page;
import dev.fbcli.freshbooks.model.Paged;
import dev.fbcli.freshbooks.model.TimeEntryDraft;
import dev.fbcli.freshbooks.model.TimeEntryDto;
import dev.fbcli.freshbooks.model.TimeEntryQuery;
import dev.fbcli.freshbooks.model.TimeTotals;
import dev.fbcli.freshbooks.model.WireTimes;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Time entries: {@code /timetracking/business/{bid}/time_entries}. Without {@code team=true} FreshBooks
 * returns only the caller's own entries. Updates are GET, merge, PUT of the full entry (partial PUTs
 * are unverified and {@code started_at: null} is rejected).
 */
public final class TimeEntries {
    private final ProjectFamily api;

    TimeEntries(ProjectFamily api) {
        this.api = api;
    }

    public Paged<TimeEntryDto> list(TimeEntryQuery q) {
        return new Paged<>(
                p -> page(q, p, Paged.MAX_PER_PAGE),
                localFilter(q),
                api.executor().pageReaders());
    }

    /**
     * One page as FreshBooks returns it (server-side filters only). Its {@code meta} is read lean: each
     * page repeats the breakdowns of the whole list (per member, client, project and day), which
     * nothing here reads; the paging values and {@code total_logged}/{@code total_unbilled} are kept.
     */
    public Page<TimeEntryDto> page(TimeEntryQuery q, int page, int perPage) {
        UnaryOperator<ApiRequest> filters = filters(q);
        return api.page(base(), "time_entries", TimeEntryDto.class, page, perPage, r -> filters.apply(r)
                .withLeanMeta(true));
    }

    /**
     * Totals for the query: from {@code meta.total_logged}/{@code total_unbilled} when FreshBooks sends
     * them and the query has no local-only filter; otherwise summed locally over every page.
     */
    public TimeTotals totals(TimeEntryQuery q) {
        if (localFilter(q) == null) {
            ApiResponse res = api.executor()
                    .execute(filters(q)
                            .apply(ApiRequest.get(base()).withQuery("page", 1).withQuery("per_page", 1))
                            .withLeanMeta(true));
            JsonNode meta = res.at("/meta");
            if (meta.has("total_logged") && meta.has("total_unbilled") && meta.has("total")) {
                return new TimeTotals(
                        meta.get("total").asLong(),
                        meta.get("total_logged").asLong(),
                        meta.get("total_unbilled").asLong());
            }
        }
        long count = 0;
        long logged = 0;
        long unbilled = 0;
        for (TimeEntryDto e : list(q)) {
            count++;
            long d = e.duration() == null ? 0 : e.duration();
            logged += d;
            if (Boolean.TRUE.equals(e.billable()) && !Boolean.TRUE.equals(e.billed())) unbilled += d;
        }
        return new TimeTotals(count, logged, unbilled);
    }

    public TimeEntryDto get(long id) {
        return api.executor().execute(ApiRequest.get(base() + "/" + id)).read("/time_entry", TimeEntryDto.class);
    }

    /** Logs time: needs {@code started_at}, {@code duration} (seconds) and {@code is_logged}. */
    public TimeEntryDto create(TimeEntryDraft draft) {
        TimeEntryDraft d = draft.isLogged() == null ? draft.withIsLogged(true) : draft;
        ApiRequest r = ApiRequest.post(base(), Map.of("time_entry", d))
                .withIdentifyingField("started_at", d.startedAt())
                .withIdentifyingField("duration", d.duration())
                .withIdentifyingField("project_id", d.projectId())
                .withIdentifyingField("client_id", d.clientId())
                .withIdentifyingField("note", d.note());
        return api.executor().execute(r).read("/time_entry", TimeEntryDto.class);
    }

    /** GET the entry, lay the non-null fields of {@code patch} over it, PUT the full entry. */
    public TimeEntryDto update(long id, TimeEntryDraft patch) {
        TimeEntryDraft full = TimeEntryDraft.from(get(id)).merge(patch);
        return put(id, full);
    }

    /**
     * Like {@link #update(long, TimeEntryDraft)}, and the fields named in {@code clear} (wire names:
     * {@code project_id}, {@code client_id}, {@code service_id}, {@code note}...) are sent as
     * {@code null}, which FreshBooks reads as "none" (API.md §5.11: null ids clear associations).
     * {@code started_at} cannot be cleared.
     */
    public TimeEntryDto update(long id, TimeEntryDraft patch, Set<String> clear) {
        if (clear.contains("started_at")) {
            throw new IllegalArgumentException("started_at cannot be cleared");
        }
        TimeEntryDraft full = TimeEntryDraft.from(get(id)).merge(patch);
        ObjectNode body = (ObjectNode) Wire.toTree(full);
        for (String f : clear) {
            body.putNull(f);
        }
        return api.executor()
                .execute(ApiRequest.put(base() + "/" + id, Map.of("time_entry", body)))
                .read("/time_entry", TimeEntryDto.class);
    }

    TimeEntryDto put(long id, TimeEntryDraft full) {
        return api.executor()
                .execute(ApiRequest.put(base() + "/" + id, Map.of("time_entry", full)))
                .read("/time_entry", TimeEntryDto.class);
    }

    /** HTTP DELETE; 204. */
    public void delete(long id) {
        api.executor().execute(ApiRequest.delete(base() + "/" + id));
    }

    String base() {
        return api.path("timetracking", "time_entries");
    }

    private static UnaryOperator<ApiRequest> filters(TimeEntryQuery q) {
        // Bare params FreshBooks honours (API.md §5.11); booleans lowercase.
        boolean unlogged = Boolean.TRUE.equals(q.includeUnlogged()) || Boolean.TRUE.equals(q.runningOnly());
        return r -> r.withQuery("team", q.team())
                .withQuery("project_id", q.projectId())
                .withQuery("client_id", q.clientId())
                .withQuery("identity_id", q.identityId())
                .withQuery("billable", q.billable())
                .withQuery("billed", q.billed())
                .withQuery("started_from", WireTimes.formatUtc(q.startedFrom()))
                .withQuery("started_to", WireTimes.formatUtc(q.startedTo()))
                .withQuery("include_unlogged", unlogged ? Boolean.TRUE : null)
                .withQuery("updated_since", WireTimes.formatUtc(q.updatedSince()));
    }

    private static Predicate<TimeEntryDto> localFilter(TimeEntryQuery q) {
        if (q.serviceId() == null && !Boolean.TRUE.equals(q.runningOnly())) return null;
        // Local: a service_id filter is UNVERIFIED upstream, and include_unlogged returns logged entries
        // too, so "running only" keeps the is_logged=false ones here.
        return e -> (q.serviceId() == null || q.serviceId().equals(e.serviceId()))
                && (!Boolean.TRUE.equals(q.runningOnly()) || e.running());
    }
}
