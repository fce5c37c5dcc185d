package dev.fbcli.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.sandbox.store.Tx;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OAuth2 (API.md §2): {@code GET /oauth/authorize} stands in for auth.freshbooks.com and
 * auto-approves the demo identity; {@code POST /auth/oauth/token} runs the authorization-code and
 * refresh-token grants with single-use, rotating refresh tokens; {@code POST /auth/oauth/revoke}.
 * Tokens live in the database (as SHA-256 hashes), so every process serving the same data
 * directory accepts them.
 */
final class OAuth {

    static final long ACCESS_TTL_SECONDS = 43_200;
    static final long CODE_TTL_SECONDS = 300;

    /** Every scope the sandbox's endpoints require; the demo app's default grant. */
    static final Set<String> ALL_SCOPES = Set.copyOf(List.of(
            "user:profile:read",
            "user:profile:write",
            "user:clients:read",
            "user:clients:write",
            "user:invoices:read",
            "user:invoices:write",
            "user:payments:read",
            "user:payments:write",
            "user:expenses:read",
            "user:expenses:write",
            "user:taxes:read",
            "user:taxes:write",
            "user:projects:read",
            "user:projects:write",
            "user:time_entries:read",
            "user:time_entries:write",
            "user:billable_items:read",
            "user:billable_items:write",
            "user:reports:read",
            "user:teams:read",
            "user:teams:write",
            "user:estimates:read",
            "user:estimates:write",
            "user:other_income:read",
            "user:other_income:write",
            "user:business:read"));

    private static final SecureRandom RANDOM = new SecureRandom();

    private OAuth() {}

    static void register(Routes r) {
        r.add("POST", "/auth/oauth/token", null, Routes.Scoping.NONE, false, OAuth::token);
        r.add("POST", "/auth/oauth/revoke", null, Routes.Scoping.NONE, false, OAuth::revoke);
        r.add("GET", "/oauth/authorize", null, Routes.Scoping.NONE, false, OAuth::authorize);
        r.add("GET", "/service/auth/oauth/authorize", null, Routes.Scoping.NONE, false, OAuth::authorize);
    }

    // ------------------------------------------------------------------ authorize

    private static Response authorize(Request req, Ctx ctx) throws SQLException {
        String clientId = req.param("client_id");
        if (clientId == null || !clientId.equals(SandboxServer.DEMO_CLIENT_ID)) {
            return oauthError(
                    400,
                    "invalid_client",
                    "Unknown client_id; the sandbox's app is " + SandboxServer.DEMO_CLIENT_ID + ".");
        }
        String redirect = req.param("redirect_uri");
        if (redirect == null || !redirect.equals(SandboxServer.DEMO_REDIRECT_URI)) {
            return oauthError(400, "invalid_request", "redirect_uri does not match the app's registered redirect URI.");
        }
        String responseType = req.param("response_type");
        if (!"code".equals(responseType)) {
            return oauthError(400, "invalid_request", "response_type must be 'code'.");
        }
        String scope = normaliseScope(req.param("scope"));
        if (scope == null) {
            return oauthError(400, "invalid_scope", "The requested scope is invalid, unknown, or malformed.");
        }
        String code = randomToken();
        long now = ctx.now().getEpochSecond();
        ctx.tx.putToken(new Tx.TokenRow(
                hash(code),
                "code",
                ctx.settings.primaryIdentityId(),
                scope,
                clientId,
                redirect,
                now,
                now + CODE_TTL_SECONDS,
                null));
        StringBuilder location = new StringBuilder(redirect).append("?code=").append(enc(code));
        String state = req.param("state");
        if (state != null) {
            location.append("&state=").append(enc(state));
        }
        return Response.redirect(location.toString());
    }

    /** Space-separated scopes, all known; null when one is unknown; every scope when absent. */
    private static String normaliseScope(String requested) {
        if (requested == null || requested.isBlank()) {
            return String.join(" ", new java.util.TreeSet<>(ALL_SCOPES));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s : requested.trim().split("[\\s+]+")) {
            if (!ALL_SCOPES.contains(s) && !s.equals("admin:all:legacy")) {
                return null;
            }
            out.add(s);
        }
        return String.join(" ", out);
    }

    // ------------------------------------------------------------------ token

    private static Response token(Request req, Ctx ctx) throws SQLException {
        Map<String, String> p = params(req);
        String clientId = p.get("client_id");
        String secret = p.get("client_secret");
        String basic = req.header("authorization");
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded =
                        new String(Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    clientId = decoded.substring(0, colon);
                    secret = decoded.substring(colon + 1);
                }
            } catch (IllegalArgumentException ignored) {
                // falls through to invalid_client
            }
        }
        if (!SandboxServer.DEMO_CLIENT_ID.equals(clientId)
                || secret == null
                || !constantTimeEquals(secret, SandboxServer.DEMO_CLIENT_SECRET)) {
            return oauthError(
                    401,
                    "invalid_client",
                    "Client authentication failed due to unknown client, no client"
                            + " authentication included, or unsupported authentication method.");
        }
        String grant = p.get("grant_type");
        if (grant == null) {
            return oauthError(400, "invalid_request", "The request is missing a required parameter: grant_type.");
        }
        long now = ctx.now().getEpochSecond();
        switch (grant) {
            case "authorization_code" -> {
                String code = p.get("code");
                String redirect = p.get("redirect_uri");
                if (code == null || code.isEmpty()) {
                    return oauthError(400, "invalid_request", "The request is missing a required parameter: code.");
                }
                Optional<Tx.TokenRow> row = ctx.tx.token(hash(code));
                if (row.isEmpty()
                        || !row.get().type().equals("code")
                        || row.get().usedAt() != null
                        || row.get().expiresAt() == null
                        || row.get().expiresAt() <= now
                        || !SandboxServer.DEMO_CLIENT_ID.equals(row.get().clientId())
                        || redirect == null
                        || !redirect.equals(row.get().redirectUri())) {
                    return invalidGrant();
                }
                if (!ctx.tx.markTokenUsed(row.get().hash(), now)) {
                    return invalidGrant();
                }
                return Response.ok(issue(ctx, row.get().identityId(), row.get().scope(), clientId));
            }
            case "refresh_token" -> {
                String refresh = p.get("refresh_token");
                if (refresh == null || refresh.isEmpty()) {
                    return oauthError(
                            400, "invalid_request", "The request is missing a required parameter: refresh_token.");
                }
                Optional<Tx.TokenRow> row = ctx.tx.token(hash(refresh));
                if (row.isEmpty()
                        || !row.get().type().equals("refresh")
                        || !ctx.tx.markTokenUsed(row.get().hash(), now)) {
                    return invalidGrant();
                }
                return Response.ok(issue(ctx, row.get().identityId(), row.get().scope(), clientId));
            }
            default -> {
                return oauthError(
                        400,
                        "unsupported_grant_type",
                        "The authorization grant type is not supported by the authorization server.");
            }
        }
    }

    private static ObjectNode issue(Ctx ctx, long identityId, String scope, String clientId) throws SQLException {
        long now = ctx.now().getEpochSecond();
        String access = randomToken();
        String refresh = randomToken();
        ctx.tx.putToken(new Tx.TokenRow(
                hash(access), "access", identityId, scope, clientId, null, now, now + ACCESS_TTL_SECONDS, null));
        ctx.tx.putToken(new Tx.TokenRow(hash(refresh), "refresh", identityId, scope, clientId, null, now, null, null));
        ObjectNode body = Json.obj();
        body.put("access_token", access);
        body.put("refresh_token", refresh);
        body.put("token_type", "Bearer");
        body.put("expires_in", ACCESS_TTL_SECONDS);
        body.put("scope", scope);
        body.put("created_at", now);
        body.put("id_token", idToken(identityId, now));
        return body;
    }

    private static String idToken(long identityId, long now) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload =
                b64.encodeToString(("{\"iss\":\"fb-sandbox\",\"sub\":\"" + identityId + "\",\"iat\":" + now + "}")
                        .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private static Response revoke(Request req, Ctx ctx) throws SQLException {
        Map<String, String> p = params(req);
        if (!SandboxServer.DEMO_CLIENT_ID.equals(p.get("client_id"))
                || p.get("client_secret") == null
                || !constantTimeEquals(p.get("client_secret"), SandboxServer.DEMO_CLIENT_SECRET)) {
            return oauthError(401, "invalid_client", "Client authentication failed.");
        }
        String token = p.get("token");
        if (token == null || token.isEmpty()) {
            return oauthError(400, "invalid_request", "The request is missing a required parameter: token.");
        }
        ctx.tx.deleteToken(hash(token));
        return Response.ok(Json.obj());
    }

    /** Token-endpoint parameters from a form, multipart or JSON body (query parameters as a fallback). */
    private static Map<String, String> params(Request req) {
        Map<String, String> out = new LinkedHashMap<>();
        req.query.forEach((k, v) -> out.put(k, v.get(0)));
        String ct = req.contentType();
        if (req.body.length == 0) {
            return out;
        }
        if (ct.startsWith("multipart/form-data")) {
            for (Forms.Part part : Forms.multipart(req.rawContentType(), req.body)) {
                out.put(part.name(), part.text());
            }
        } else if (ct.startsWith("application/json")
                || (!ct.startsWith("application/x-www-form-urlencoded") && req.body.length > 0 && req.body[0] == '{')) {
            ObjectNode json;
            try {
                json = req.jsonBody();
            } catch (ApiException e) {
                throw new OAuthError(oauthError(400, "invalid_request", "The request body is not valid JSON."));
            }
            json.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                if (!v.isNull()) {
                    out.put(e.getKey(), v.asText());
                }
            });
        } else {
            out.putAll(Forms.urlEncoded(req.body));
        }
        return out;
    }

    /** Carries a ready OAuth error response out of the body parser. */
    static final class OAuthError extends ApiException {
        private static final long serialVersionUID = 1L;
        final transient Response response;

        OAuthError(Response response) {
            super(Kind.BAD_REQUEST, response.status(), 0, null, null, null, "oauth error", null);
            this.response = response;
        }
    }

    private static Response invalidGrant() {
        return oauthError(
                400,
                "invalid_grant",
                "The provided authorization grant is invalid, expired, revoked, does"
                        + " not match the redirection URI used in the authorization request, or was issued to another client.");
    }

    static Response oauthError(int status, String error, String description) {
        ObjectNode body = Json.obj();
        body.put("error", error);
        body.put("error_description", description);
        return Response.json(status, body);
    }

    // ------------------------------------------------------------------ bearer tokens

    /** The principal of a bearer access token, if it is known and not expired. */
    static Optional<Principal> principal(Tx tx, String token, Clock clock) throws SQLException {
        Optional<Tx.TokenRow> row = tx.token(hash(token));
        if (row.isEmpty()
                || !(row.get().type().equals("access") || row.get().type().equals("session"))) {
            return Optional.empty();
        }
        Long exp = row.get().expiresAt();
        if (exp != null && exp <= clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(
                new Principal(row.get().identityId(), Set.of(row.get().scope().split(" "))));
    }

    /** A token for {@link SandboxServer#accessToken()}: every scope, no expiry, revoked on close. */
    static String issueSessionToken(Tx tx, long identityId, Clock clock) throws SQLException {
        String token = "sbx_" + randomToken();
        tx.putToken(new Tx.TokenRow(
                hash(token),
                "session",
                identityId,
                String.join(" ", new java.util.TreeSet<>(ALL_SCOPES)),
                null,
                null,
                clock.instant().getEpochSecond(),
                null,
                null));
        return token;
    }

    static void revokeSessionToken(Tx tx, String token) throws SQLException {
        tx.deleteToken(hash(token));
    }

    static String randomToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String hash(String token) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
