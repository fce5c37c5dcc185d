package dev.fbcli.cli.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.render.Json;
import dev.fbcli.freshbooks.auth.TokenSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The stored form of a {@link TokenSet}: one JSON object ({@code access_token}, {@code refresh_token},
 * {@code expires_at} in epoch seconds, {@code scope} space-separated), so that access and refresh
 * tokens rotate in one write. Also reads what can be read of a pasted access token. Nothing here
 * ever puts a token in a message.
 */
public final class TokenSets {
    private static final ObjectMapper JSON = Json.MAPPER;
    /** What a bearer token may contain (RFC 6750 b64token, plus what JWTs use); no spaces. */
    private static final Pattern TOKEN_TEXT = Pattern.compile("[A-Za-z0-9\\-._~+/=]+");
    /** Shortest and longest text accepted as a pasted access token. */
    static final int MIN_TOKEN_LENGTH = 8;

    static final int MAX_TOKEN_LENGTH = 8192;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

    private TokenSets() {}

    public static String format(TokenSet t) {
        ObjectNode n = JSON.createObjectNode();
        n.put("access_token", t.accessToken());
        if (t.refreshToken() != null) {
            n.put("refresh_token", t.refreshToken());
        }
        if (t.expiresAt() != null) {
            n.put("expires_at", t.expiresAt().getEpochSecond());
        }
        n.put("scope", String.join(" ", t.scopes()));
        return n.toString();
    }

    public static TokenSet parse(String stored) {
        try {
            JsonNode n = JSON.readTree(stored);
            if (n == null || !n.isObject()) {
                throw new IOException("not an object");
            }
            String access = n.path("access_token").asText(null);
            if (access == null || access.isBlank()) {
                throw new IOException("no access token");
            }
            String refresh = n.path("refresh_token").asText(null);
            Instant expires = n.hasNonNull("expires_at")
                    ? Instant.ofEpochSecond(n.get("expires_at").asLong())
                    : null;
            return new TokenSet(access, refresh, expires, scopes(n.path("scope")));
        } catch (IOException | RuntimeException e) {
            // never attach the parser's message: it could quote the secret
            throw new CliException.AuthRequired(
                    "the stored FreshBooks login is unreadable", "run `fb auth login` again", null);
        }
    }

    /** An instant for people, in the clock's zone: {@code 2026-11-25 03:00 EST}. */
    public static String when(Instant t, Clock clock) {
        return WHEN.format(t.atZone(clock.getZone()));
    }

    /**
     * Checks and tidies a pasted access token: surrounding blanks and a leading {@code Bearer } are
     * removed. The message of a refusal never quotes what was pasted.
     *
     * @throws CliException.Usage when it is empty or cannot be a bearer token
     */
    public static String cleanPastedToken(String pasted) {
        String t = pasted == null ? "" : pasted.strip();
        if (t.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            t = t.substring(7).strip();
        }
        if (t.isEmpty()) {
            throw new CliException.Usage(
                    "no access token was given",
                    "paste it at the prompt, or pipe it: `echo \"$TOKEN\" | fb auth login --with-token`");
        }
        if (t.length() < MIN_TOKEN_LENGTH
                || t.length() > MAX_TOKEN_LENGTH
                || !TOKEN_TEXT.matcher(t).matches()) {
            throw new CliException.Usage(
                    "that does not look like an access token (" + t.length() + " characters"
                            + (TOKEN_TEXT.matcher(t).matches() ? "" : ", with spaces or unusual characters") + ")",
                    "copy the access token itself from FreshBooks' developer page, without quotes");
        }
        return t;
    }

    /**
     * A pasted access token as a token set without a refresh token. FreshBooks' access tokens are
     * JWTs: their {@code exp} and {@code scope} claims are read (not verified: they only say when
     * the token expires and what it may do; FreshBooks checks it on every call). Anything else
     * gives an unknown expiry and no scopes.
     */
    public static TokenSet pasted(String accessToken) {
        Optional<JsonNode> claims = jwtClaims(accessToken);
        Instant exp = claims.filter(c -> c.path("exp").isNumber())
                .map(c -> Instant.ofEpochSecond(c.get("exp").asLong()))
                .orElse(null);
        Set<String> scopes = claims.map(c -> scopes(c.path("scope"))).orElse(Set.of());
        return new TokenSet(accessToken, null, exp, scopes);
    }

    /** The claims of a JWT (the middle, base64url segment), when {@code token} is one. */
    static Optional<JsonNode> jwtClaims(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[1].isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] json = Base64.getUrlDecoder().decode(parts[1]);
            JsonNode n = JSON.readTree(new String(json, StandardCharsets.UTF_8));
            return n != null && n.isObject() ? Optional.of(n) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Set<String> scopes(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        if (node.isArray()) {
            node.forEach(s -> {
                if (s.isTextual() && !s.asText().isBlank()) {
                    out.add(s.asText().strip());
                }
            });
        } else if (node.isTextual()) {
            for (String s : node.asText().split("[\\s,]+")) {
                if (!s.isBlank()) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
