package dev.fbcli.freshbooks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fbcli.freshbooks.ApiError;
import dev.fbcli.freshbooks.ApiErrorException;
import dev.fbcli.freshbooks.AuthenticationException;
import dev.fbcli.freshbooks.ConflictException;
import dev.fbcli.freshbooks.NotFoundException;
import dev.fbcli.freshbooks.PermissionException;
import dev.fbcli.freshbooks.RateLimitedException;
import dev.fbcli.freshbooks.ServerErrorException;
import dev.fbcli.freshbooks.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns every FreshBooks error body (API.md §7.2) into a typed {@link ApiErrorException}. Pure: no
 * I/O, so each shape is unit-tested against the fixtures.
 *
 * <p>Shapes understood, in the order they are tried:
 *
 * <ol>
 *   <li>accounting classic {@code {"response":{"errors":[{errno,field,message,object,value}]}}} (an
 *       object instead of the array is tolerated) — also with HTTP 200;
 *   <li>google.rpc {@code {"code":5,"message":...,"details":[{"reason":"1012","metadata":{...}}]}};
 *   <li>accounting-business {@code {"errors":{"message","status","details":[{reason,metadata}]}}};
 *   <li>online payments {@code {"errors":[{field,message}]}};
 *   <li>projects validation {@code {"errno":2001,"error":{"<field>":"<problem>"}}};
 *   <li>events {@code {"errno":422,"message":...,"details":["field: problem"]}};
 *   <li>identity/OAuth {@code {"error":"invalid_grant","error_description":...}} and uploads/projects
 *       {@code {"error":"..."}};
 *   <li>{@code {"message":"..."}} (project 401s, {@code insufficient_scope} 403s);
 *   <li>anything else, including HTML 5xx pages: a generic item naming the status.
 * </ol>
 */
public final class ErrorDecoder {
    private static final Set<Integer> NOT_FOUND_ERRNOS = Set.of(1011, 1012);
    private static final Set<Integer> PERMISSION_ERRNOS = Set.of(1003, 1038, 12001, 31001, 41001, 41101);

    private ErrorDecoder() {}

    /**
     * For a 2xx answer: the error it carries despite its status (accounting's {@code 200} with
     * {@code response.errors}), if any.
     */
    public static Optional<ApiErrorException> decodeSuccessBody(int status, String method, String path, JsonNode body) {
        JsonNode errors = body == null ? null : body.path("response").get("errors");
        if (errors == null || errors.isNull() || (errors.isArray() && errors.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(classify(status, method, path, accountingItems(errors), null));
    }

    /** For a non-2xx answer: always a typed exception. {@code retryAfter} may be null. */
    public static ApiErrorException decode(int status, String method, String path, String body, Duration retryAfter) {
        return classify(status, method, path, items(status, body), retryAfter);
    }

    static List<ApiError> items(int status, String body) {
        JsonNode root = tryParse(body);
        if (root == null || !root.isObject()) {
            return List.of(new ApiError(null, null, null, genericMessage(status, body), null));
        }
        List<ApiError> out = new ArrayList<>();
        JsonNode response = root.get("response");
        if (response != null && response.has("errors")) {
            out.addAll(accountingItems(response.get("errors")));
        } else if (root.has("code") && root.get("code").isInt() && root.has("details")) {
            out.addAll(rpcItems(root));
        } else if (root.has("errors") && root.get("errors").isObject()) {
            out.addAll(businessItems(root.get("errors")));
        } else if (root.has("errors") && root.get("errors").isArray()) {
            out.addAll(accountingItems(root.get("errors")));
        } else if (root.has("errno")
                && root.get("error") != null
                && root.get("error").isObject()) {
            Integer errno = intOrNull(root.get("errno"));
            Iterator<Map.Entry<String, JsonNode>> it = root.get("error").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new ApiError(errno, null, e.getKey(), e.getValue().asText(), null));
            }
        } else if (root.has("errno") && root.has("message")) {
            Integer errno = intOrNull(root.get("errno"));
            out.add(new ApiError(errno, null, null, root.get("message").asText(), null));
            JsonNode details = root.get("details");
            if (details != null && details.isArray()) {
                for (JsonNode d : details) {
                    String text = d.isTextual() ? d.asText() : d.toString();
                    int colon = text.indexOf(':');
                    String field = colon > 0 ? text.substring(0, colon).trim() : null;
                    String msg = colon > 0 ? text.substring(colon + 1).trim() : text;
                    out.add(new ApiError(errno, null, field, msg, null));
                }
            }
        } else if (root.has("error") && root.get("error").isTextual()) {
            String code = root.get("error").asText();
            JsonNode desc = root.get("error_description");
            String msg = desc != null && desc.isTextual() ? desc.asText() : code;
            out.add(new ApiError(null, desc != null ? code : null, null, msg, null));
        } else if (root.has("message") && root.get("message").isTextual()) {
            String msg = root.get("message").asText();
            String code = msg.startsWith("insufficient_scope") ? "insufficient_scope" : null;
            out.add(new ApiError(null, code, null, msg, null));
        }
        if (out.isEmpty()) {
            out.add(new ApiError(null, null, null, genericMessage(status, body), null));
        }
        return out;
    }

    private static List<ApiError> accountingItems(JsonNode errors) {
        List<ApiError> out = new ArrayList<>();
        if (errors.isObject()) {
            out.add(accountingItem(errors));
        } else if (errors.isArray()) {
            for (JsonNode e : errors) out.add(accountingItem(e));
        }
        return out;
    }

    private static ApiError accountingItem(JsonNode e) {
        return new ApiError(
                intOrNull(e.get("errno")),
                null,
                textOrNull(e.get("field")),
                e.hasNonNull("message") ? e.get("message").asText() : "unknown error",
                textOrNull(e.get("object")));
    }

    private static List<ApiError> rpcItems(JsonNode root) {
        List<ApiError> out = new ArrayList<>();
        String code = root.get("code").asText();
        for (JsonNode d : root.get("details")) {
            JsonNode md = d.path("metadata");
            String msg = md.hasNonNull("message") && !md.get("message").asText().isBlank()
                    ? md.get("message").asText()
                    : root.path("message").asText("unknown error");
            out.add(new ApiError(
                    intOrNull(d.get("reason")), code, textOrNull(md.get("field")), msg, textOrNull(md.get("object"))));
        }
        if (out.isEmpty()) {
            out.add(new ApiError(null, code, null, root.path("message").asText("unknown error"), null));
        }
        return out;
    }

    private static List<ApiError> businessItems(JsonNode errors) {
        List<ApiError> out = new ArrayList<>();
        JsonNode details = errors.get("details");
        if (details != null && details.isArray()) {
            for (JsonNode d : details) {
                JsonNode md = d.path("metadata");
                String msg = md.hasNonNull("message")
                        ? md.get("message").asText()
                        : d.path("reason").asText();
                out.add(new ApiError(null, null, textOrNull(md.get("field")), msg, null));
            }
        }
        if (out.isEmpty()) {
            out.add(new ApiError(null, null, null, errors.path("message").asText("unknown error"), null));
        }
        return out;
    }

    static ApiErrorException classify(
            int status, String method, String path, List<ApiError> items, Duration retryAfter) {
        Integer errno = items.isEmpty() ? null : items.get(0).errno();
        if (status == 401) return new AuthenticationException(status, method, path, items);
        if (status == 403) return new PermissionException(status, method, path, items);
        if (status == 404) return new NotFoundException(status, method, path, items);
        if (status == 409) return new ConflictException(status, method, path, items);
        if (status == 429) return new RateLimitedException(status, method, path, items, retryAfter);
        if (status == 400 || status == 422) return new ValidationException(status, method, path, items);
        if (status >= 500) return new ServerErrorException(status, method, path, items);
        // 200-with-errors and unusual 4xx: classify by errno
        if (errno != null && NOT_FOUND_ERRNOS.contains(errno)) {
            return new NotFoundException(status, method, path, items);
        }
        if (errno != null && PERMISSION_ERRNOS.contains(errno)) {
            return new PermissionException(status, method, path, items);
        }
        if (errno != null && (errno == 1001 || (errno >= 1004 && errno <= 1033) || errno == 7012 || errno == 2001)) {
            return new ValidationException(status, method, path, items);
        }
        return new ApiErrorException(status, method, path, items);
    }

    private static String genericMessage(int status, String body) {
        String b = body == null ? "" : body.trim();
        if (b.isEmpty()) return "HTTP " + status + " with an empty body";
        if (b.startsWith("<")) return "HTTP " + status + " (the server returned an HTML error page)";
        return "HTTP " + status + " with an unrecognised body";
    }

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private static JsonNode tryParse(String body) {
        if (body == null || body.isBlank()) return null;
        try {
            return PLAIN.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    private static Integer intOrNull(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isInt() || n.isLong()) return n.asInt();
        String s = n.asText().trim();
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String textOrNull(JsonNode n) {
        if (n == null || n.isNull()) return null;
        String s = n.asText();
        return s.isBlank() ? null : s;
    }
}
