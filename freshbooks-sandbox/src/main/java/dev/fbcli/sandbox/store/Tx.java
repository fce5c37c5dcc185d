package dev.fbcli.sandbox.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One connection's view of the database during a transaction. Resources are stored as JSON
 * documents keyed by {@code (kind, id)} and scoped to a business; tokens, authorization codes and
 * uploaded files have their own tables.
 */
public final class Tx {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Tx(Connection connection) {
        this.connection = connection;
    }

    void exec(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        ps.clearParameters();
        return ps;
    }

    void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }

    void createSchema() throws SQLException {
        exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        exec("CREATE TABLE IF NOT EXISTS records (kind TEXT NOT NULL, id INTEGER NOT NULL, biz INTEGER NOT NULL,"
                + " doc TEXT NOT NULL, PRIMARY KEY (kind, id))");
        exec("CREATE INDEX IF NOT EXISTS records_by_biz ON records (kind, biz, id)");
        exec("CREATE TABLE IF NOT EXISTS seq (kind TEXT PRIMARY KEY, next INTEGER NOT NULL)");
        exec("CREATE TABLE IF NOT EXISTS tokens (hash TEXT PRIMARY KEY, type TEXT NOT NULL,"
                + " identity_id INTEGER NOT NULL, scope TEXT NOT NULL, client_id TEXT, redirect_uri TEXT,"
                + " created_at INTEGER NOT NULL, expires_at INTEGER, used_at INTEGER)");
        exec("CREATE TABLE IF NOT EXISTS files (jwt TEXT PRIMARY KEY, kind TEXT NOT NULL, account_id TEXT NOT NULL,"
                + " id INTEGER NOT NULL, filename TEXT NOT NULL, media_type TEXT NOT NULL, uuid TEXT NOT NULL,"
                + " created_at INTEGER NOT NULL, bytes BLOB NOT NULL)");
        String version = meta("schema_version").orElse(null);
        if (version == null) {
            putMeta("schema_version", Integer.toString(Store.SCHEMA_VERSION));
        } else if (!version.equals(Integer.toString(Store.SCHEMA_VERSION))) {
            throw new SQLException("the sandbox database has schema version " + version + ", this fb expects "
                    + Store.SCHEMA_VERSION + "; run `fb sandbox reset`");
        }
    }

    /** Deletes every record, token and file (the schema stays). */
    public void wipe() throws SQLException {
        exec("DELETE FROM records");
        exec("DELETE FROM seq");
        exec("DELETE FROM tokens");
        exec("DELETE FROM files");
        exec("DELETE FROM meta WHERE key <> 'schema_version'");
    }

    // ---------------------------------------------------------------- meta

    public Optional<String> meta(String key) throws SQLException {
        PreparedStatement ps = prepare("SELECT value FROM meta WHERE key = ?");
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    public void putMeta(String key, String value) throws SQLException {
        PreparedStatement ps = prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
        ps.setString(1, key);
        ps.setString(2, value);
        ps.executeUpdate();
    }

    // ---------------------------------------------------------------- records

    /** Every record of a kind in a business, by ascending id. */
    public List<ObjectNode> list(String kind, long biz) throws SQLException {
        PreparedStatement ps = prepare("SELECT doc FROM records WHERE kind = ? AND biz = ? ORDER BY id");
        ps.setString(1, kind);
        ps.setLong(2, biz);
        List<ObjectNode> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(parse(rs.getString(1)));
            }
        }
        return out;
    }

    /** Every record of a kind, in every business, by ascending id. */
    public List<ObjectNode> listAll(String kind) throws SQLException {
        PreparedStatement ps = prepare("SELECT doc FROM records WHERE kind = ? ORDER BY id");
        ps.setString(1, kind);
        List<ObjectNode> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(parse(rs.getString(1)));
            }
        }
        return out;
    }

    /** One record of a kind in a business. */
    public Optional<ObjectNode> get(String kind, long biz, long id) throws SQLException {
        PreparedStatement ps = prepare("SELECT doc FROM records WHERE kind = ? AND biz = ? AND id = ?");
        ps.setString(1, kind);
        ps.setLong(2, biz);
        ps.setLong(3, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(parse(rs.getString(1))) : Optional.empty();
        }
    }

    /** Inserts or replaces a record. */
    public void put(String kind, long biz, long id, ObjectNode doc) throws SQLException {
        PreparedStatement ps = prepare("INSERT OR REPLACE INTO records (kind, id, biz, doc) VALUES (?, ?, ?, ?)");
        ps.setString(1, kind);
        ps.setLong(2, id);
        ps.setLong(3, biz);
        ps.setString(4, write(doc));
        ps.executeUpdate();
    }

    public boolean delete(String kind, long biz, long id) throws SQLException {
        PreparedStatement ps = prepare("DELETE FROM records WHERE kind = ? AND biz = ? AND id = ?");
        ps.setString(1, kind);
        ps.setLong(2, biz);
        ps.setLong(3, id);
        return ps.executeUpdate() > 0;
    }

    /** The next id of a kind (ids are never reused, also after a delete). */
    public long nextId(String kind, long firstId) throws SQLException {
        long next;
        PreparedStatement ps = prepare("SELECT next FROM seq WHERE kind = ?");
        ps.setString(1, kind);
        try (ResultSet rs = ps.executeQuery()) {
            next = rs.next() ? rs.getLong(1) : -1;
        }
        if (next < 0) {
            PreparedStatement max = prepare("SELECT max(id) FROM records WHERE kind = ?");
            max.setString(1, kind);
            try (ResultSet rs = max.executeQuery()) {
                long m = rs.next() ? rs.getLong(1) : 0;
                next = Math.max(firstId, m + 1);
            }
        }
        PreparedStatement up = prepare("INSERT OR REPLACE INTO seq (kind, next) VALUES (?, ?)");
        up.setString(1, kind);
        up.setLong(2, next + 1);
        up.executeUpdate();
        return next;
    }

    // ---------------------------------------------------------------- tokens

    /** A stored token (only its hash is kept). */
    public record TokenRow(
            String hash,
            String type,
            long identityId,
            String scope,
            String clientId,
            String redirectUri,
            long createdAt,
            Long expiresAt,
            Long usedAt) {}

    public void putToken(TokenRow t) throws SQLException {
        PreparedStatement ps = prepare("INSERT OR REPLACE INTO tokens (hash, type, identity_id, scope, client_id,"
                + " redirect_uri, created_at, expires_at, used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ps.setString(1, t.hash());
        ps.setString(2, t.type());
        ps.setLong(3, t.identityId());
        ps.setString(4, t.scope());
        ps.setString(5, t.clientId());
        ps.setString(6, t.redirectUri());
        ps.setLong(7, t.createdAt());
        setLong(ps, 8, t.expiresAt());
        setLong(ps, 9, t.usedAt());
        ps.executeUpdate();
    }

    public Optional<TokenRow> token(String hash) throws SQLException {
        PreparedStatement ps = prepare("SELECT hash, type, identity_id, scope, client_id, redirect_uri, created_at,"
                + " expires_at, used_at FROM tokens WHERE hash = ?");
        ps.setString(1, hash);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new TokenRow(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getLong(7),
                    getLong(rs, 8),
                    getLong(rs, 9)));
        }
    }

    /** Marks a token used; false if it was already used (single-use codes and refresh tokens). */
    public boolean markTokenUsed(String hash, long at) throws SQLException {
        PreparedStatement ps = prepare("UPDATE tokens SET used_at = ? WHERE hash = ? AND used_at IS NULL");
        ps.setLong(1, at);
        ps.setString(2, hash);
        return ps.executeUpdate() > 0;
    }

    public void deleteToken(String hash) throws SQLException {
        PreparedStatement ps = prepare("DELETE FROM tokens WHERE hash = ?");
        ps.setString(1, hash);
        ps.executeUpdate();
    }

    // ---------------------------------------------------------------- files

    /** An uploaded file. */
    public record FileRow(
            String jwt,
            String kind,
            String accountId,
            long id,
            String filename,
            String mediaType,
            String uuid,
            long createdAt,
            byte[] bytes) {}

    public void putFile(FileRow f) throws SQLException {
        PreparedStatement ps = prepare("INSERT INTO files (jwt, kind, account_id, id, filename, media_type, uuid,"
                + " created_at, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ps.setString(1, f.jwt());
        ps.setString(2, f.kind());
        ps.setString(3, f.accountId());
        ps.setLong(4, f.id());
        ps.setString(5, f.filename());
        ps.setString(6, f.mediaType());
        ps.setString(7, f.uuid());
        ps.setLong(8, f.createdAt());
        ps.setBytes(9, f.bytes());
        ps.executeUpdate();
    }

    public Optional<FileRow> file(String jwt, boolean withBytes) throws SQLException {
        PreparedStatement ps = prepare("SELECT jwt, kind, account_id, id, filename, media_type, uuid, created_at, "
                + (withBytes ? "bytes" : "NULL") + " FROM files WHERE jwt = ?");
        ps.setString(1, jwt);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new FileRow(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getLong(8),
                    withBytes ? rs.getBytes(9) : null));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, v);
        }
    }

    private static Long getLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    private static ObjectNode parse(String doc) throws SQLException {
        try {
            return (ObjectNode) JSON.readTree(doc);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new SQLException("a stored record is not a JSON object: " + e.getMessage(), e);
        }
    }

    private static String write(ObjectNode doc) throws SQLException {
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot serialise a record: " + e.getMessage(), e);
        }
    }
}
