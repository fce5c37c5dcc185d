package dev.fbcli.freshbooks.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One API call, as data: method, path (below the base URL, starting with {@code /}), ordered query
 * parameters, an optional JSON body (any Jackson-serialisable value) or file part, and how to treat it.
 *
 * <p>Immutable; the {@code with*} methods return copies. {@link #toString()} and {@link #bodyJson()}
 * redact the body when {@link #sensitive()} (OAuth token requests).
 *
 * @param idempotent whether the executor may re-send it after an ambiguous failure (GET/PUT/DELETE by
 *     default; a PUT that triggers an email is marked non-idempotent)
 * @param authenticated whether to attach the bearer token
 * @param sensitive whether the body holds secrets (never printed)
 * @param identifyingFields what a caller can search for if the outcome is unknown
 * @param leanMeta whether the answer's top-level {@code meta} is read with its plain values only (page,
 *     total, {@code total_logged}...): its nested members, such as the per-member, per-client and per-day
 *     breakdowns a time-entry page carries for the whole list, are skipped unread
 */
public record ApiRequest(
        HttpMethod method,
        String path,
        Map<String, List<String>> query,
        Object body,
        FilePart file,
        boolean idempotent,
        boolean authenticated,
        boolean sensitive,
        Map<String, String> identifyingFields,
        boolean leanMeta) {

    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")
                || path.contains("://")
                || path.contains("..")
                || path.contains("?")
                || path.contains("#")) {
            throw new IllegalArgumentException("invalid API path: " + path);
        }
        Map<String, List<String>> q = new LinkedHashMap<>();
        query.forEach((k, v) -> q.put(k, List.copyOf(v)));
        query = Collections.unmodifiableMap(q);
        identifyingFields = Collections.unmodifiableMap(new LinkedHashMap<>(identifyingFields));
    }

    private static ApiRequest of(HttpMethod m, String path, Object body) {
        return new ApiRequest(m, path, Map.of(), body, null, m.idempotentByDefault(), true, false, Map.of(), false);
    }

    public static ApiRequest get(String path) {
        return of(HttpMethod.GET, path, null);
    }

    public static ApiRequest post(String path, Object body) {
        return of(HttpMethod.POST, path, body);
    }

    public static ApiRequest put(String path, Object body) {
        return of(HttpMethod.PUT, path, body);
    }

    public static ApiRequest delete(String path) {
        return of(HttpMethod.DELETE, path, null);
    }

    /** Adds one query parameter (repeatable: {@code include[]} twice gives two values). Null values are skipped. */
    public ApiRequest withQuery(String name, Object value) {
        if (value == null) return this;
        Map<String, List<String>> q = new LinkedHashMap<>(query);
        List<String> vs = new ArrayList<>(q.getOrDefault(name, List.of()));
        vs.add(String.valueOf(value));
        q.put(name, vs);
        return new ApiRequest(
                method, path, q, body, file, idempotent, authenticated, sensitive, identifyingFields, leanMeta);
    }

    public ApiRequest withFile(FilePart part) {
        return new ApiRequest(
                method, path, query, null, part, idempotent, authenticated, sensitive, identifyingFields, leanMeta);
    }

    public ApiRequest withIdempotent(boolean value) {
        return new ApiRequest(
                method, path, query, body, file, value, authenticated, sensitive, identifyingFields, leanMeta);
    }

    public ApiRequest withAuthenticated(boolean value) {
        return new ApiRequest(
                method, path, query, body, file, idempotent, value, sensitive, identifyingFields, leanMeta);
    }

    public ApiRequest withSensitive(boolean value) {
        return new ApiRequest(
                method, path, query, body, file, idempotent, authenticated, value, identifyingFields, leanMeta);
    }

    /** Records a field the caller could search for if the outcome of this write is unknown. Null values are skipped. */
    public ApiRequest withIdentifyingField(String name, Object value) {
        if (value == null) return this;
        Map<String, String> m = new LinkedHashMap<>(identifyingFields);
        m.put(name, String.valueOf(value));
        return new ApiRequest(method, path, query, body, file, idempotent, authenticated, sensitive, m, leanMeta);
    }

    /** See {@code leanMeta}: for lists whose {@code meta} carries more than the caller reads. */
    public ApiRequest withLeanMeta(boolean value) {
        return new ApiRequest(
                method, path, query, body, file, idempotent, authenticated, sensitive, identifyingFields, value);
    }

    /** The encoded query string without {@code ?} (brackets percent-encoded), or "" when there is none. */
    public String queryString() {
        StringBuilder sb = new StringBuilder();
        query.forEach((k, vs) -> {
            for (String v : vs) {
                if (sb.length() > 0) sb.append('&');
                sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }

    /** Path plus query string, as sent. */
    public String pathAndQuery() {
        String q = queryString();
        return q.isEmpty() ? path : path + "?" + q;
    }

    /** The JSON body as it would be sent ("" when there is none; {@code <redacted>} for sensitive requests). */
    public String bodyJson() {
        if (file != null) return file.toString();
        if (body == null) return "";
        if (sensitive) return "<redacted>";
        return Wire.write(body);
    }

    @Override
    public String toString() {
        return "ApiRequest[" + method + " " + pathAndQuery() + (body == null && file == null ? "" : " " + bodyJson())
                + "]";
    }
}
