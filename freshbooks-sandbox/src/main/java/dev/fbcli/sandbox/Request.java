package dev.fbcli.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One parsed HTTP request: method, decoded path, query multimap, headers, body. */
final class Request {

    final String method;
    final String path;
    final Map<String, List<String>> query;
    private final Map<String, String> headers;
    final byte[] body;
    /** Path variables of the matched route. */
    Map<String, String> vars = Map.of();

    Principal principal;
    Biz biz;
    private JsonNode json;

    Request(String method, String path, String rawQuery, Map<String, String> headers, byte[] body) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.path = path;
        this.query = parseQuery(rawQuery);
        this.headers = new LinkedHashMap<>();
        headers.forEach((k, v) -> this.headers.put(k.toLowerCase(Locale.ROOT), v));
        this.body = body == null ? new byte[0] : body;
    }

    static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The Content-Type header as sent (parameters such as a multipart boundary keep their case). */
    String rawContentType() {
        String ct = header("content-type");
        return ct == null ? "" : ct;
    }

    String contentType() {
        String ct = header("content-type");
        return ct == null ? "" : ct.toLowerCase(Locale.ROOT);
    }

    String param(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** Values of {@code name} and {@code name[]}. */
    List<String> params(String name) {
        List<String> out = new ArrayList<>();
        List<String> a = query.get(name);
        if (a != null) {
            out.addAll(a);
        }
        List<String> b = query.get(name + "[]");
        if (b != null) {
            out.addAll(b);
        }
        return out;
    }

    /** {@code search[key]}. */
    String search(String key) {
        String v = param("search[" + key + "]");
        return v == null || v.isEmpty() ? null : v;
    }

    /** {@code search[key][]} and {@code search[key]} values (comma lists split too). */
    List<String> searchList(String key) {
        List<String> out = new ArrayList<>();
        for (String v : params("search[" + key + "]")) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    Set<String> includes() {
        Set<String> out = new LinkedHashSet<>();
        for (String v : params("include")) {
            out.add(v.trim());
        }
        return out;
    }

    /** A bare boolean query flag ({@code true}, {@code True}, {@code 1}); null when absent. */
    Boolean flag(String name) {
        String v = param(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        return v.equalsIgnoreCase("true") || v.equals("1");
    }

    String var(String name) {
        return vars.get(name);
    }

    boolean wantsRpcErrors() {
        String v = header("x-api-version");
        return v != null && v.trim().compareTo("2022-10-31") >= 0;
    }

    /** The JSON body as an object; malformed or non-object bodies raise the family's 400. */
    ObjectNode jsonBody() {
        if (json == null) {
            if (body.length == 0) {
                throw ApiException.badRequest("The request body is empty; a JSON object was expected.");
            }
            try {
                json = Json.MAPPER.readTree(body);
            } catch (JsonProcessingException e) {
                throw ApiException.badRequest("The request body is not valid JSON: " + e.getOriginalMessage());
            } catch (java.io.IOException e) {
                throw ApiException.badRequest("The request body could not be read.");
            }
            if (json == null || !json.isObject()) {
                throw ApiException.badRequest("The request body must be a JSON object.");
            }
        }
        return (ObjectNode) json;
    }

    /** The object under the resource key of the body, e.g. {@code {"invoice": {...}}}. */
    ObjectNode resource(String key) {
        JsonNode inner = jsonBody().get(key);
        if (inner == null || !inner.isObject()) {
            throw ApiException.validation(
                    1001,
                    key,
                    key,
                    null,
                    "The request body must be an object with a '" + key + "' key holding an object.",
                    Map.of(key, "field required"));
        }
        return (ObjectNode) inner;
    }
}
