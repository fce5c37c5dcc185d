package dev.fbcli.freshbooks.resource;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.freshbooks.ConfigurationException;
import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.http.ApiResponse;
import dev.fbcli.freshbooks.http.RequestExecutor;
import dev.fbcli.freshbooks.model.BusinessContext;
import dev.fbcli.freshbooks.model.Page;
import dev.fbcli.freshbooks.model.Paged;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The accounting family ({@code /accounting/account/{account_id}/<a>/<b>}): {@code response.result}
 * envelope, flat paging, {@code search[...]} filters, soft delete by {@code vis_state}.
 */
final class Accounting {
    private final RequestExecutor executor;
    private final Supplier<BusinessContext> business;

    Accounting(RequestExecutor executor, Supplier<BusinessContext> business) {
        this.executor = executor;
        this.business = business;
    }

    RequestExecutor executor() {
        return executor;
    }

    String accountId() {
        BusinessContext b = business.get();
        if (b.accountId() == null || b.accountId().isBlank()) {
            throw new ConfigurationException(
                    "business " + b.name() + " (" + b.businessId() + ") has no FreshBooks accounting account id; "
                            + "clients, invoices, payments and expenses are not available for it");
        }
        return b.accountId();
    }

    String path(String resource) {
        return "/accounting/account/" + accountId() + "/" + resource;
    }

    String path(String resource, long id) {
        return path(resource) + "/" + id;
    }

    <T> Page<T> page(
            String resource, String listKey, Class<T> type, int page, int perPage, UnaryOperator<ApiRequest> filters) {
        ApiRequest r = ApiRequest.get(path(resource))
                .withQuery("page", page)
                .withQuery("per_page", Math.min(perPage, Paged.MAX_PER_PAGE));
        ApiResponse res = executor.execute(filters.apply(r));
        JsonNode result = res.at("/response/result");
        return new Page<>(
                res.readList("/response/result/" + listKey, type),
                result.path("page").asInt(page),
                result.path("pages").asInt(page),
                result.path("per_page").asInt(perPage),
                result.path("total").asLong(0));
    }

    <T> Paged<T> list(
            String resource,
            String listKey,
            Class<T> type,
            UnaryOperator<ApiRequest> filters,
            Predicate<? super T> local) {
        return new Paged<>(
                p -> page(resource, listKey, type, p, Paged.MAX_PER_PAGE, filters), local, executor.pageReaders());
    }

    <T> T get(String resource, long id, String key, Class<T> type, UnaryOperator<ApiRequest> extra) {
        return executor.execute(extra.apply(ApiRequest.get(path(resource, id)))).read("/response/result/" + key, type);
    }

    <T> T create(String resource, String key, Object draft, Class<T> type, UnaryOperator<ApiRequest> extra) {
        ApiRequest r = ApiRequest.post(path(resource), Map.of(key, draft));
        return executor.execute(extra.apply(r)).read("/response/result/" + key, type);
    }

    <T> T update(String resource, long id, String key, Object draft, Class<T> type, UnaryOperator<ApiRequest> extra) {
        ApiRequest r = ApiRequest.put(path(resource, id), Map.of(key, draft));
        return executor.execute(extra.apply(r)).read("/response/result/" + key, type);
    }

    /** Soft delete: {@code PUT {"<key>":{"vis_state":1}}} (a PUT with vis_state performs only that phase). */
    <T> T softDelete(String resource, long id, String key, Class<T> type) {
        return setVisState(resource, id, key, 1, type);
    }

    /** {@code PUT {"<key>":{"vis_state":N}}}: 0 active, 1 deleted, 2 archived (API.md §8). Nothing else is sent. */
    <T> T setVisState(String resource, long id, String key, int state, Class<T> type) {
        if (state < 0 || state > 2) throw new IllegalArgumentException("vis_state is 0, 1 or 2");
        return update(resource, id, key, Map.of("vis_state", state), type, r -> r);
    }

    /** HTTP DELETE; answers {@code 200 {"response":{}}}. */
    void hardDelete(String resource, long id) {
        executor.execute(ApiRequest.delete(path(resource, id)));
    }

    static String date(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }
}
