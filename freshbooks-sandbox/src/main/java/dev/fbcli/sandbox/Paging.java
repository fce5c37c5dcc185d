package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * {@code page} / {@code per_page} (API.md §4.3): 1-based, {@code page=0} is page 1, {@code per_page}
 * silently capped at 100, a page past the end is an empty list with the real total.
 */
record Paging(int page, int perPage) {

    static final int MAX_PER_PAGE = 100;

    static Paging of(Request req, int defaultPerPage) {
        int page = parse(req.param("page"), 1, "page", 1014);
        int perPage = parse(req.param("per_page"), defaultPerPage, "per_page", 1013);
        if (page == 0) {
            page = 1;
        }
        if (perPage == 0) {
            throw ApiException.validation(
                    1013,
                    "per_page",
                    null,
                    0,
                    "per_page must be a positive integer.",
                    Map.of("per_page", "Must be greater than or equal to 1."));
        }
        return new Paging(page, Math.min(perPage, MAX_PER_PAGE));
    }

    private static int parse(String raw, int dflt, String name, int errno) {
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        try {
            long v = Long.parseLong(raw.trim());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return (int) Math.min(v, Integer.MAX_VALUE);
        } catch (NumberFormatException e) {
            ApiException ex = ApiException.validation(
                    errno,
                    name,
                    null,
                    raw,
                    name + " must be a positive integer, got '" + raw + "'.",
                    Map.of(name, "Not a valid integer."));
            throw new ApiException(
                    ApiException.Kind.VALIDATION, 400, errno, name, null, raw, ex.getMessage(), ex.fieldErrors);
        }
    }

    /** Rows before this page. */
    long offset() {
        return (long) (page - 1) * perPage;
    }

    <T> List<T> slice(List<T> all) {
        long from = (long) (page - 1) * perPage;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + perPage));
    }

    int pages(int total) {
        return Math.max(1, (total + perPage - 1) / perPage);
    }

    /** Accounting list envelope: {@code {"response":{"result":{<plural>:[...],page,pages,per_page,total}}}}. */
    ObjectNode accounting(String plural, List<? extends JsonNode> pageItems, int total) {
        ObjectNode result = Json.obj();
        ArrayNode items = result.putArray(plural);
        pageItems.forEach(items::add);
        result.put("page", page);
        result.put("pages", pages(total));
        result.put("per_page", perPage);
        result.put("total", total);
        ObjectNode body = Json.obj();
        body.putObject("response").set("result", result);
        return body;
    }

    /** Project-like {@code meta}: {@code {total, per_page, page, pages}}. */
    ObjectNode meta(int total) {
        ObjectNode meta = Json.obj();
        meta.put("total", total);
        meta.put("per_page", perPage);
        meta.put("page", page);
        meta.put("pages", pages(total));
        return meta;
    }

    /** Wraps one accounting object: {@code {"response":{"result":{<singular>:{...}}}}}. */
    static ObjectNode single(String singular, JsonNode item) {
        ObjectNode body = Json.obj();
        body.putObject("response").putObject("result").set(singular, item);
        return body;
    }
}
