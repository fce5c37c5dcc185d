package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The API families of FreshBooks, each with its own success envelope and error bodies
 * (API.md §1.2 and §7.2).
 */
enum Family {
    /** {@code /auth/oauth/...} and {@code /oauth/authorize}. */
    OAUTH,
    /** {@code /auth/api/v1/...}: {@code {"response": ...}}; errors {@code {"error","error_description"}}. */
    IDENTITY,
    /** {@code /accounting/account/{account_id}/...}: {@code {"response":{"result":...}}}. */
    ACCOUNTING,
    /** {@code /projects}, {@code /timetracking}, {@code /comments}: bare objects + {@code meta}. */
    PROJECTS,
    /** {@code /uploads/...}. */
    UPLOADS;

    static final String WERKZEUG_401 = "The server could not verify that you are authorized to access the URL"
            + " requested. You either supplied the wrong credentials (e.g. a bad password), or your browser"
            + " doesn't understand how to supply the credentials required.";

    static Family of(String path) {
        if (path.startsWith("/auth/oauth/") || path.startsWith("/oauth/") || path.startsWith("/service/auth/oauth/")) {
            return OAUTH;
        }
        if (path.startsWith("/auth/")) {
            return IDENTITY;
        }
        if (path.startsWith("/accounting/")) {
            return ACCOUNTING;
        }
        if (path.startsWith("/uploads/")) {
            return UPLOADS;
        }
        return PROJECTS;
    }

    Response error(ApiException e, Request req) {
        if (e instanceof OAuth.OAuthError oe) {
            return oe.response;
        }
        if (e.kind == ApiException.Kind.SCOPE) {
            ObjectNode b = Json.obj();
            b.put("message", e.getMessage());
            return Response.json(403, b);
        }
        return switch (this) {
            case ACCOUNTING -> req != null && req.wantsRpcErrors() ? accountingRpc(e) : accountingClassic(e);
            case PROJECTS -> projects(e);
            case IDENTITY, OAUTH -> identity(e);
            case UPLOADS -> uploads(e);
        };
    }

    private static Response accountingClassic(ApiException e) {
        ObjectNode err = Json.obj();
        err.put("errno", e.errno);
        err.put("field", e.field);
        err.put("message", e.getMessage());
        err.put("object", e.object);
        err.put("value", e.value);
        ObjectNode body = Json.obj();
        body.putObject("response").putArray("errors").add(err);
        return Response.json(e.status, body);
    }

    private static Response accountingRpc(ApiException e) {
        ObjectNode body = Json.obj();
        body.put("code", grpcCode(e.status));
        body.put("message", "Request failed with status_code: " + e.status);
        ObjectNode d = body.putArray("details").addObject();
        d.put("@type", "type.googleapis.com/google.rpc.ErrorInfo");
        d.put("reason", Integer.toString(e.errno));
        d.put("domain", "accounting.api.freshbooks.com");
        ObjectNode m = d.putObject("metadata");
        m.put("object", nz(e.object));
        m.put("message", e.getMessage());
        m.put("value", nz(e.value));
        m.put("field", nz(e.field));
        return Response.json(e.status, body);
    }

    static int grpcCode(int status) {
        return switch (status) {
            case 400, 413, 422 -> 3;
            case 401 -> 16;
            case 403 -> 7;
            case 404 -> 5;
            case 409 -> 10;
            case 429 -> 8;
            case 501 -> 12;
            case 503 -> 14;
            default -> 13;
        };
    }

    private static Response projects(ApiException e) {
        ObjectNode body = Json.obj();
        switch (e.kind) {
            case NOT_FOUND -> body.put("error", "Requested resource could not be found.");
            case UNAUTHORIZED -> body.put("message", WERKZEUG_401);
            case VALIDATION -> {
                body.put("errno", 2001);
                ObjectNode map = body.putObject("error");
                if (e.fieldErrors.isEmpty()) {
                    map.put(e.field == null ? "_schema" : e.field, e.getMessage());
                } else {
                    e.fieldErrors.forEach(map::put);
                }
            }
            case BAD_REQUEST -> body.put(
                    "message", "The browser (or proxy) sent a request that this server could not understand.");
            default -> body.put("message", e.getMessage());
        }
        return Response.json(e.status, body);
    }

    private static Response identity(ApiException e) {
        ObjectNode body = Json.obj();
        switch (e.kind) {
            case UNAUTHORIZED -> {
                body.put("error", "unauthenticated");
                body.put("error_description", "This action requires authentication to continue.");
            }
            case NOT_FOUND -> {
                body.put("error", "not_found");
                body.put("error_description", e.getMessage());
            }
            case FORBIDDEN -> {
                body.put("error", "forbidden");
                body.put("error_description", e.getMessage());
            }
            case METHOD -> {
                body.put("error", "method_not_allowed");
                body.put("error_description", e.getMessage());
            }
            default -> {
                body.put("error", "invalid_request");
                body.put("error_description", e.getMessage());
            }
        }
        return Response.json(e.status, body);
    }

    private static Response uploads(ApiException e) {
        ObjectNode body = Json.obj();
        switch (e.kind) {
            case UNAUTHORIZED -> {
                body.put("error", "unauthenticated");
                body.put("error_description", "This action requires authentication to continue.");
            }
            case NOT_FOUND -> body.put("error", "File not found");
            default -> body.put("error", e.getMessage());
        }
        return Response.json(e.status, body);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
