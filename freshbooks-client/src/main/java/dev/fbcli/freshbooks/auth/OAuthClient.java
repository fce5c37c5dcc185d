package dev.fbcli.freshbooks.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.freshbooks.ApiEndpoints;
import dev.fbcli.freshbooks.ApiErrorException;
import dev.fbcli.freshbooks.LoginRequiredException;
import dev.fbcli.freshbooks.ResponseFormatException;
import dev.fbcli.freshbooks.http.ApiRequest;
import dev.fbcli.freshbooks.http.RequestExecutor;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OAuth2 authorization-code flow (API.md §2): the authorize URL on the auth host, and the token
 * endpoint {@code POST {apiBase}/auth/oauth/token} (JSON body) for the {@code authorization_code} and
 * {@code refresh_token} grants; {@code client_secret} and {@code redirect_uri} are sent on refresh too.
 * Requests go through an unauthenticated {@link RequestExecutor} (its body is marked sensitive: never
 * printed). {@code invalid_grant} becomes {@link LoginRequiredException}.
 */
public final class OAuthClient {
    private final RequestExecutor executor;
    private final URI authBase;
    private final String clientId;
    private final String clientSecret;
    private final String redirectUri;
    private final Clock clock;

    /**
     * @param executor an executor for the API base URL (its token provider is not used)
     * @param authBase the browser authorization host, e.g. {@link ApiEndpoints#DEFAULT_AUTH_BASE}
     */
    public OAuthClient(
            RequestExecutor executor,
            URI authBase,
            boolean allowLoopback,
            String clientId,
            String clientSecret,
            String redirectUri,
            Clock clock) {
        this.executor = Objects.requireNonNull(executor);
        this.authBase = ApiEndpoints.requireSafe(authBase.toString(), allowLoopback);
        this.clientId = requireText(clientId, "client id");
        this.clientSecret = requireText(clientSecret, "client secret");
        this.redirectUri = requireText(redirectUri, "redirect URI");
        this.clock = Objects.requireNonNull(clock);
    }

    /** {@code {authBase}/oauth/authorize?client_id&response_type=code&redirect_uri&state[&scope]}. */
    public URI authorizeUrl(String state, Collection<String> scopes) {
        StringBuilder q = new StringBuilder();
        q.append("client_id=")
                .append(enc(clientId))
                .append("&response_type=code")
                .append("&redirect_uri=")
                .append(enc(redirectUri));
        if (state != null) q.append("&state=").append(enc(state));
        if (scopes != null && !scopes.isEmpty()) q.append("&scope=").append(enc(String.join(" ", scopes)));
        return URI.create(authBase + "/oauth/authorize?" + q);
    }

    /** Exchanges an authorization code (valid 5 minutes) for tokens. */
    public TokenSet exchangeCode(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("client_id", clientId);
        body.put("client_secret", clientSecret);
        body.put("code", requireText(code, "authorization code"));
        body.put("redirect_uri", redirectUri);
        return tokenRequest(body);
    }

    /**
     * Uses {@code refreshToken} (single-use) to get a new token set with a new refresh token.
     *
     * @throws LoginRequiredException on {@code invalid_grant}
     */
    public TokenSet refresh(String refreshToken) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("grant_type", "refresh_token");
        body.put("client_id", clientId);
        body.put("client_secret", clientSecret);
        body.put("refresh_token", requireText(refreshToken, "refresh token"));
        body.put("redirect_uri", redirectUri);
        return tokenRequest(body);
    }

    private TokenSet tokenRequest(Map<String, Object> body) {
        ApiRequest r = ApiRequest.post("/auth/oauth/token", body)
                .withAuthenticated(false)
                .withSensitive(true)
                .withIdentifyingField("grant_type", body.get("grant_type"));
        JsonNode json;
        try {
            json = executor.execute(r).body();
        } catch (ApiErrorException e) {
            boolean invalidGrant = e.errors().stream().anyMatch(x -> "invalid_grant".equals(x.code()));
            if (invalidGrant) {
                throw new LoginRequiredException(
                        "FreshBooks rejected the saved login (" + e.apiMessage() + "); log in again", e);
            }
            throw e;
        }
        return parseTokenResponse(json, clock.instant());
    }

    /** Pure: a token endpoint answer to a {@link TokenSet}; expiry = {@code created_at + expires_in}. */
    public static TokenSet parseTokenResponse(JsonNode json, Instant now) {
        if (json == null || !json.hasNonNull("access_token")) {
            throw new ResponseFormatException("the token endpoint answered without an access_token", null);
        }
        Instant expiresAt = null;
        if (json.hasNonNull("expires_in")) {
            long in = json.get("expires_in").asLong();
            Instant base = json.hasNonNull("created_at")
                    ? Instant.ofEpochSecond(json.get("created_at").asLong())
                    : now;
            expiresAt = base.plusSeconds(in);
        }
        Set<String> scopes = json.hasNonNull("scope")
                ? Arrays.stream(json.get("scope").asText().split("\\s+"))
                        .filter(s -> !s.isBlank())
                        .collect(Collectors.toCollection(LinkedHashSet::new))
                : Set.of();
        String refresh =
                json.hasNonNull("refresh_token") ? json.get("refresh_token").asText() : null;
        return new TokenSet(json.get("access_token").asText(), refresh, expiresAt, scopes);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String requireText(String s, String what) {
        if (s == null || s.isBlank()) throw new IllegalArgumentException("the OAuth " + what + " is missing");
        return s;
    }

    @Override
    public String toString() {
        return "OAuthClient[authBase=" + authBase + ", clientId=" + clientId + ", clientSecret=<redacted>]";
    }
}
