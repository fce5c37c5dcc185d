package dev.fbcli.freshbooks.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link TokenStore} in one JSON file, written atomically (temp file + rename) with mode 0600 where
 * the file system supports it. For when no OS keychain is available; the CLI may use its own store.
 */
public final class JsonFileTokenStore implements TokenStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public JsonFileTokenStore(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    @Override
    public Optional<TokenSet> load() {
        if (!Files.exists(file)) return Optional.empty();
        try {
            JsonNode n = JSON.readTree(Files.readAllBytes(file));
            if (n == null || !n.hasNonNull("access_token")) return Optional.empty();
            Set<String> scopes = new LinkedHashSet<>();
            n.path("scopes").forEach(s -> scopes.add(s.asText()));
            return Optional.of(new TokenSet(
                    n.get("access_token").asText(),
                    n.hasNonNull("refresh_token") ? n.get("refresh_token").asText() : null,
                    n.hasNonNull("expires_at")
                            ? Instant.parse(n.get("expires_at").asText())
                            : null,
                    scopes));
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(
                    "the token file " + file + " cannot be read",
                    e instanceof IOException io ? io : new IOException(e.getMessage()));
        }
    }

    @Override
    public void save(TokenSet t) {
        ObjectNode n = JSON.createObjectNode();
        n.put("access_token", t.accessToken());
        if (t.refreshToken() != null) n.put("refresh_token", t.refreshToken());
        if (t.expiresAt() != null) n.put("expires_at", t.expiresAt().toString());
        t.scopes().forEach(n.putArray("scopes")::add);
        try {
            Path dir = file.getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".tokens", ".tmp");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.write(tmp, JSON.writeValueAsBytes(n));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the token file " + file, e);
        }
    }

    @Override
    public String toString() {
        return "JsonFileTokenStore[" + file + "]";
    }
}
