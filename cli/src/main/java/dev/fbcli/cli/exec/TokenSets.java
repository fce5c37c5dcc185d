package dev.fbcli.cli.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.CliException;
import dev.fbcli.freshbooks.auth.TokenSet;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** The stored form of a {@link TokenSet}: one JSON object, so access and refresh tokens rotate in one write. */
public final class TokenSets {
    private static final ObjectMapper JSON = Json.MAPPER;

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
            String access = n.path("access_token").asText(null);
            if (access == null || access.isBlank()) {
                throw new IOException("no access token");
            }
            String refresh = n.path("refresh_token").asText(null);
            Instant expires = n.has("expires_at") ? Instant.ofEpochSecond(n.get("expires_at").asLong()) : null;
            Set<String> scopes = new LinkedHashSet<>();
            for (String s : n.path("scope").asText("").split("\\s+")) {
                if (!s.isBlank()) {
                    scopes.add(s);
                }
            }
            return new TokenSet(access, refresh, expires, scopes);
        } catch (IOException e) {
            // never attach the parser's message: it could quote the secret
            throw new CliException.AuthRequired(
                    "the stored FreshBooks login is unreadable", "run `fb auth login` again", null);
        }
    }
}
