package dev.fbcli.cli.auth.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.cli.config.AppPaths;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The opt-in file store: {@code credentials.json} in the config directory, readable and writable by
 * its owner only (0600), for machines where no keychain answers. Chosen only explicitly
 * ({@code FB_CREDENTIAL_STORE=file}, {@code credentials.store} in {@code config.json}, or
 * {@code fb auth login --store file}); {@code fb} never falls back to it by itself.
 *
 * <ul>
 *   <li>Every write replaces the whole file atomically: a temporary file created 0600 in the same
 *       directory, flushed to disk, then moved over the old one. A reader sees the old file or the
 *       new one, never half of one, and the file is never readable by others, not even briefly.
 *   <li>Every read-modify-write holds {@code credentials.lock} (an OS file lock), so concurrent
 *       {@code fb} processes never lose each other's update. Reads take no lock and create nothing.
 *   <li>On POSIX, a file whose permissions grant anything to group or others, or a symbolic link,
 *       is refused with a clear message, never read.
 * </ul>
 *
 * Format: {@code {"version": 1, "secrets": {"<key>": "<secret>", ...}}}.
 */
public final class FileCredentialStore implements CredentialStore {
    public static final String FILE_NAME = "credentials.json";
    public static final String LOCK_FILE_NAME = "credentials.lock";
    static final int FORMAT_VERSION = 1;
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);

    private final Path file;
    private final Path lockFile;
    private final ObjectMapper json = new ObjectMapper();

    /** A store in {@code file}; its lock file is {@code credentials.lock} beside it. */
    public FileCredentialStore(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(LOCK_FILE_NAME);
    }

    /** The store in the config directory: {@code <config>/credentials.json}. */
    public static FileCredentialStore in(AppPaths paths) {
        return new FileCredentialStore(paths.config().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    @Override
    public Optional<String> get(String key) {
        CredentialKeys.requireValidKey(key);
        // no lock: writes replace the file by an atomic rename, so a reader sees one whole version
        return Optional.ofNullable(read().get(key));
    }

    @Override
    @SuppressWarnings("try") // the lock is held for the body
    public void put(String key, String secret) {
        CredentialKeys.requireValidKey(key);
        CredentialKeys.requireSecret(key, secret);
        try (CredentialFileLock ignored = CredentialFileLock.acquire(lockFile, LOCK_TIMEOUT)) {
            Map<String, String> secrets = read();
            secrets.put(key, secret);
            write(secrets);
        }
    }

    @Override
    @SuppressWarnings("try") // the lock is held for the body
    public void delete(String key) {
        CredentialKeys.requireValidKey(key);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return; // nothing to remove, and nothing to create
        }
        try (CredentialFileLock ignored = CredentialFileLock.acquire(lockFile, LOCK_TIMEOUT)) {
            Map<String, String> secrets = read();
            if (secrets.remove(key) != null) {
                write(secrets);
            }
        }
    }

    @Override
    public String describe() {
        return "the file " + file + (CredentialFiles.posix() ? " (mode 0600)" : " (readable by your user only)");
    }

    @Override
    public String kind() {
        return FILE;
    }

    @Override
    public String toString() {
        return "FileCredentialStore[" + file + "]";
    }

    /** All secrets in the file; empty when the file does not exist. */
    private Map<String, String> read() {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new TreeMap<>();
        }
        checkSafeToRead();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CredentialStoreException("cannot read " + file + ": " + CredentialFiles.describe(e), null, e);
        }
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JsonProcessingException e) {
            // never attach e: its message may quote the file, secrets included
            throw corrupt("it is not valid JSON" + where(e.getLocation()));
        } catch (IOException e) {
            throw corrupt("it is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw corrupt("it is not a JSON object");
        }
        JsonNode version = root.get("version");
        if (version != null && version.isInt() && version.intValue() > FORMAT_VERSION) {
            throw new CredentialStoreException(
                    file + " was written by a newer fb (format " + version.intValue() + ")", "upgrade fb", null);
        }
        JsonNode secrets = root.get("secrets");
        if (secrets == null || !secrets.isObject()) {
            throw corrupt("it has no \"secrets\" object");
        }
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : secrets.properties()) {
            if (!e.getValue().isTextual()) {
                throw corrupt("one of its secrets is not a string"); // no name: a broken file may hold anything
            }
            out.put(e.getKey(), e.getValue().textValue());
        }
        return out;
    }

    private void checkSafeToRead() {
        if (Files.isSymbolicLink(file)) {
            throw new CredentialStoreException(
                    "refusing to read " + file + ": it is a symbolic link, and fb keeps secrets only in a plain file",
                    "remove the link, then log in again with `fb auth login --store file`",
                    null);
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new CredentialStoreException("refusing to read " + file + ": it is not a regular file", null, null);
        }
        if (!CredentialFiles.posix()) {
            return; // Windows: %APPDATA% is private to the user by its default ACL
        }
        Set<PosixFilePermission> perms;
        try {
            perms = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new CredentialStoreException(
                    "cannot read the permissions of " + file + ": " + CredentialFiles.describe(e), null, e);
        }
        if (CredentialFiles.widerThanOwner(perms)) {
            throw new CredentialStoreException(
                    "refusing to read " + file + ": its permissions are " + CredentialFiles.octal(perms) + " ("
                            + PosixFilePermissions.toString(perms)
                            + "), so other users may have read it; it must be 0600",
                    "if nobody else could have read it, run `chmod 600 " + file
                            + "`; otherwise revoke those tokens, delete the file and log in again",
                    null);
        }
    }

    /** Replaces the file with {@code secrets}: temp file 0600, fsync, atomic move. Lock held. */
    private void write(Map<String, String> secrets) {
        ObjectNode root = json.createObjectNode();
        root.put("version", FORMAT_VERSION);
        ObjectNode node = root.putObject("secrets");
        secrets.forEach(node::put);
        byte[] bytes;
        try {
            bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new CredentialStoreException("cannot encode the credentials file", null, null);
        }
        Path dir = file.getParent();
        Path tmp = null;
        try {
            CredentialFiles.createPrivateDirectories(dir);
            tmp = CredentialFiles.posix()
                    ? Files.createTempFile(
                            dir,
                            ".credentials-",
                            ".tmp",
                            PosixFilePermissions.asFileAttribute(CredentialFiles.OWNER_ONLY))
                    : Files.createTempFile(dir, ".credentials-", ".tmp");
            try (FileChannel ch =
                    FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new CredentialStoreException(
                        "cannot replace " + file + " atomically on this file system", null, e);
            }
            tmp = null;
            syncDirectory(dir);
        } catch (IOException e) {
            throw new CredentialStoreException("cannot write " + file + ": " + CredentialFiles.describe(e), null, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temp file is 0600: no worse than the credentials file itself
                }
            }
        }
    }

    /** Makes the rename durable on POSIX file systems; best effort elsewhere. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException ignored) {
            // not supported everywhere (Windows); the data itself is already on disk
        }
    }

    private CredentialStoreException corrupt(String why) {
        return new CredentialStoreException(
                "cannot use " + file + ": " + why,
                "fix or delete it, then log in again with `fb auth login --store file`",
                null);
    }

    private static String where(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1
                ? ""
                : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }
}
