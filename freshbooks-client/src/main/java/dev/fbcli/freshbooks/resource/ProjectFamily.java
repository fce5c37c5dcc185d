package dev.fbcli.freshbooks.resource;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.http.ApiResponse;
import dev.fbcli.freshbooks.http.RequestExecutor;
import dev.fbcli.freshbooks.model.BusinessContext;
import dev.fbcli.freshbooks.model.Page;
import dev.fbcli.freshbooks.model.Paged;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The project-like families ({@code /projects}, {@code /timetracking}, {@code /comments}, and the
 * identity team-members list): bare {@code <key>} envelopes with a {@code meta} block, bare query
 * filters, booleans sent lowercase, DELETE answers 204.
 */
final class ProjectFamily {
    private final RequestExecutor executor;
    private final Supplier<BusinessContext> business;

    ProjectFamily(RequestExecutor executor, Supplier<BusinessContext> business) {
        this.executor = executor;
        this.business = business;
    }

    RequestExecutor executor() {
        return executor;
    }

    long businessId() {
        long id = business.get().businessId();
        if (id < 0) {
            throw new dev.fbcli.freshbooks.ConfigurationException(
                    "no business id was configured; projects, time tracking, services and team members need one");
        }
        return id;
    }

    /** {@code /<family>/business/{business_id}/<rest>}. */
    String path(String family, String rest) {
        return "/" + family + "/business/" + businessId() + "/" + rest;
    }

    <T> Page<T> page(
            String path, String listKey, Class<T> type, int page, int perPage, UnaryOperator<ApiRequest> filters) {
        ApiRequest r = ApiRequest.get(path)
                .withQuery("page", page)
                .withQuery("per_page", Math.min(perPage, Paged.MAX_PER_PAGE));
        ApiResponse res = executor.execute(filters.apply(r));
        return toPage(res, "/" + listKey, type, page, perPage);
    }

    static <T> Page<T> toPage(ApiResponse res, String listPointer, Class<T> type, int page, int perPage) {
        List<T> items = res.readList(listPointer, type);
        JsonNode meta = res.at("/meta");
        int pp = meta.path("per_page").asInt(perPage);
        long total = meta.path("total").asLong(items.size());
        int pages = meta.has("pages")
                ? meta.get("pages").asInt()
                : (int) Math.max(1, (total + Math.max(pp, 1) - 1) / Math.max(pp, 1));
        return new Page<>(items, meta.path("page").asInt(page), pages, pp, total);
    }
}
