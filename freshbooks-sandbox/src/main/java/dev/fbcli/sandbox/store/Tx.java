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
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One connection's view of the database during a transaction. Resources are stored as JSON
 * documents keyed by {@code (kind, id)} and scoped to a business; the fields lists filter and sort
 * on are also virtual columns of the same table (computed from the document by SQLite, so they
 * cannot drift from it) with partial indexes per kind. Invoices have a ledger row each (amount,
 * paid, due date), kept by the sandbox as it writes invoices and payments. Tokens, authorization
 * codes and uploaded files have their own tables.
 */
public final class Tx {

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Virtual columns of {@code records}: name, type, expression over {@code doc}. Every kind uses
     * the ones its documents have (a field a document lacks is NULL).
     */
    static final List<String[]> COLUMNS = List.of(
            col("vis_state", "INTEGER"),
            col("status", "INTEGER"),
            col("customerid", "INTEGER"),
            col("create_date", "TEXT"),
            col("updated", "TEXT"),
            col("currency_code", "TEXT"),
            col("clientid", "INTEGER"),
            col("invoiceid", "INTEGER"),
            col("date", "TEXT"),
            new String[] {"amount_num", "REAL", "CAST(json_extract(doc, '$.amount') AS REAL)"},
            col("identity_id", "INTEGER"),
            col("is_logged", "INTEGER"),
            col("active", "INTEGER"),
            col("complete", "INTEGER"),
            col("client_id", "INTEGER"),
            col("project_id", "INTEGER"),
            col("billable", "INTEGER"),
            col("billed", "INTEGER"),
            col("duration", "INTEGER"),
            // started_at normalised to fixed width (UTC, milliseconds), so text order is time order
            new String[] {"started_key", "TEXT", "strftime('%Y-%m-%dT%H:%M:%f', json_extract(doc, '$.started_at'))"});

    /** Partial indexes: one per list order and per common filter (see the README's "The database"). */
    static final List<String> INDEXES = List.of(
            "ix_client ON records (biz, id, vis_state) WHERE kind = 'client'",
            "ix_project ON records (biz, id, active, complete) WHERE kind = 'project'",
            "ix_service ON records (biz, id, vis_state) WHERE kind = 'service'",
            "ix_invoice ON records (biz, create_date, id, vis_state, customerid) WHERE kind = 'invoice'",
            "ix_invoice_customer ON records (biz, customerid, vis_state) WHERE kind = 'invoice'",
            "ix_estimate ON records (biz, create_date, id, vis_state, customerid) WHERE kind = 'estimate'",
            "ix_estimate_customer ON records (biz, customerid, vis_state) WHERE kind = 'estimate'",
            "ix_payment ON records (biz, date, id, vis_state) WHERE kind = 'payment'",
            "ix_payment_invoice ON records (biz, invoiceid, vis_state) WHERE kind = 'payment'",
            "ix_payment_client ON records (biz, clientid, vis_state) WHERE kind = 'payment'",
            "ix_expense ON records (biz, date, id, vis_state) WHERE kind = 'expense'",
            "ix_project_client ON records (biz, client_id) WHERE kind = 'project'",
            "ix_time_own ON records (biz, identity_id, started_key, id, is_logged, active, client_id, project_id,"
                    + " duration, billed, billable) WHERE kind = 'time_entry'",
            "ix_time_team ON records (biz, started_key, id, is_logged, active, identity_id, client_id, project_id,"
                    + " duration, billed, billable) WHERE kind = 'time_entry'",
            "ix_time_project ON records (biz, project_id, started_key, id, identity_id, is_logged, active, client_id,"
                    + " duration, billed, billable) WHERE kind = 'time_entry'");

    private static String[] col(String field, String type) {
        return new String[] {field, type, "json_extract(doc, '$." + field + "')"};
    }

    private static final int MAX_STATEMENTS = 256;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= MAX_STATEMENTS) {
                return false;
            }
            try {
                eldest.getValue().close();
            } catch (SQLException ignored) {
                // dropped from the cache anyway
            }
            return true;
        }
    };

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

    /** The schema version of the file, or null for a new file. */
    String schemaVersion() throws SQLException {
        exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        return meta("schema_version").orElse(null);
    }

    /**
     * Creates the schema of a new file, or upgrades an older one in place (this runs in one write
     * transaction: an upgrade that fails leaves the file as it was). Version 1 (documents only) gets
     * the virtual columns, the indexes and the invoice ledger table; the ledger itself is filled by
     * the sandbox from the documents ({@code ledger_version} in meta tells it to).
     */
    void createSchema() throws SQLException {
        String version = schemaVersion();
        exec("CREATE TABLE IF NOT EXISTS records (kind TEXT NOT NULL, id INTEGER NOT NULL, biz INTEGER NOT NULL,"
                + " doc TEXT NOT NULL, PRIMARY KEY (kind, id))");
        // version 1's (kind, biz, id) index: the kinds' own indexes and the primary key replace it
        exec("DROP INDEX IF EXISTS records_by_biz");
        exec("CREATE TABLE IF NOT EXISTS seq (kind TEXT PRIMARY KEY, next INTEGER NOT NULL)");
        exec("CREATE TABLE IF NOT EXISTS tokens (hash TEXT PRIMARY KEY, type TEXT NOT NULL,"
                + " identity_id INTEGER NOT NULL, scope TEXT NOT NULL, client_id TEXT, redirect_uri TEXT,"
                + " created_at INTEGER NOT NULL, expires_at INTEGER, used_at INTEGER)");
        exec("CREATE TABLE IF NOT EXISTS files (jwt TEXT PRIMARY KEY, kind TEXT NOT NULL, account_id TEXT NOT NULL,"
                + " id INTEGER NOT NULL, filename TEXT NOT NULL, media_type TEXT NOT NULL, uuid TEXT NOT NULL,"
                + " created_at INTEGER NOT NULL, bytes BLOB NOT NULL)");
        if (version != null && !version.equals("1") && !version.equals(Integer.toString(Store.SCHEMA_VERSION))) {
            throw new SQLException("the sandbox database has schema version " + version + ", newer than this fb's "
                    + Store.SCHEMA_VERSION + "; use the fb that created it (its data is left untouched)");
        }
        Set<String> present = new HashSet<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA table_xinfo(records)")) {
            while (rs.next()) {
                present.add(rs.getString("name"));
            }
        }
        for (String[] c : COLUMNS) {
            if (!present.contains(c[0])) {
                exec("ALTER TABLE records ADD COLUMN " + c[0] + " " + c[1] + " GENERATED ALWAYS AS (" + c[2]
                        + ") VIRTUAL");
            }
        }
        for (String ix : INDEXES) {
            exec("CREATE INDEX IF NOT EXISTS " + ix);
        }
        exec(
                "CREATE TABLE IF NOT EXISTS invoice_ledger (id INTEGER PRIMARY KEY, biz INTEGER NOT NULL,"
                        + " amount_cents INTEGER NOT NULL, paid_cents INTEGER NOT NULL, last_paid TEXT, due_date TEXT NOT NULL)");
        exec("CREATE TABLE IF NOT EXISTS versions (kind TEXT NOT NULL, biz INTEGER NOT NULL, n INTEGER NOT NULL,"
                + " PRIMARY KEY (kind, biz))");
        if (!Integer.toString(Store.SCHEMA_VERSION).equals(version)) {
            putMeta("schema_version", Integer.toString(Store.SCHEMA_VERSION));
            exec("DELETE FROM meta WHERE key = 'ledger_version'"); // the sandbox fills the ledger
        }
    }

    /** Deletes every record, token and file (the schema stays). */
    public void wipe() throws SQLException {
        exec("DELETE FROM records");
        exec("DELETE FROM invoice_ledger");
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

    /** Every record of a kind in a business, by ascending id (small kinds only: lists page with {@link Query}). */
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

    /** A record with the business it belongs to. */
    public record Doc(long biz, ObjectNode doc) {}

    /** Every record of a kind, in every business, with its business, by ascending id. */
    public List<Doc> listAllWithBiz(String kind) throws SQLException {
        return rows(
                "SELECT biz, doc FROM records WHERE kind = ? ORDER BY id",
                List.of(kind),
                rs -> new Doc(rs.getLong(1), parse(rs.getString(2))));
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
        bump(kind, biz);
    }

    /** Counts writes per kind and business (never reset, also not by a wipe), for caches of derived data. */
    private void bump(String kind, long biz) throws SQLException {
        PreparedStatement ps = prepare(
                "INSERT INTO versions (kind, biz, n) VALUES (?, ?, 1) ON CONFLICT (kind, biz) DO UPDATE SET n = n + 1");
        ps.setString(1, kind);
        ps.setLong(2, biz);
        ps.executeUpdate();
    }

    /** How many writes the records of a kind in a business have seen (changes whenever one of them does). */
    public long version(String kind, long biz) throws SQLException {
        PreparedStatement ps = prepare("SELECT n FROM versions WHERE kind = ? AND biz = ?");
        ps.setString(1, kind);
        ps.setLong(2, biz);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    public boolean delete(String kind, long biz, long id) throws SQLException {
        PreparedStatement ps = prepare("DELETE FROM records WHERE kind = ? AND biz = ? AND id = ?");
        ps.setString(1, kind);
        ps.setLong(2, biz);
        ps.setLong(3, id);
        boolean gone = ps.executeUpdate() > 0;
        bump(kind, biz);
        return gone;
    }

    /** Reads one result row. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** One page of a query's records, in the query's order (then by id). */
    public List<ObjectNode> page(Query q, int limit, long offset) throws SQLException {
        List<Object> args = q.args();
        args.add(limit);
        args.add(offset);
        return rows(
                "SELECT r.doc" + q.from() + " ORDER BY " + q.order() + " LIMIT ? OFFSET ?",
                args,
                rs -> parse(rs.getString(1)));
    }

    /** Every record a query matches, in its order. */
    public List<ObjectNode> all(Query q) throws SQLException {
        return rows("SELECT r.doc" + q.from() + " ORDER BY " + q.order(), q.args(), rs -> parse(rs.getString(1)));
    }

    /** How many records a query matches. */
    public int count(Query q) throws SQLException {
        return rows("SELECT count(*)" + q.from(), q.args(), rs -> rs.getInt(1)).get(0);
    }

    /** Aggregates over a query's records: {@code SELECT <select> ... GROUP BY <groupBy>}. */
    public <T> List<T> aggregate(Query q, String select, String groupBy, Row<T> row) throws SQLException {
        return rows("SELECT " + select + q.from() + (groupBy == null ? "" : " GROUP BY " + groupBy), q.args(), row);
    }

    /** The records of a kind with these ids (in a business), by id; missing ids are left out. */
    public Map<Long, ObjectNode> byIds(String kind, long biz, Collection<Long> ids) throws SQLException {
        Map<Long, ObjectNode> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (ObjectNode d : all(new Query(kind, biz).in("r.id", new java.util.TreeSet<>(ids)))) {
            out.put(d.path("id").asLong(), d);
        }
        return out;
    }

    /** Any SQL of the sandbox's own (values bound as parameters). */
    public <T> List<T> rows(String sql, List<Object> args, Row<T> row) throws SQLException {
        PreparedStatement ps = prepare(sql);
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row.read(rs));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- invoice ledger

    /** What the sandbox keeps per invoice for lists and balances: cents, dates (YYYY-MM-DD). */
    public record LedgerRow(long id, long biz, long amountCents, long paidCents, String lastPaid, String dueDate) {}

    public void putLedger(LedgerRow row) throws SQLException {
        PreparedStatement ps = prepare("INSERT OR REPLACE INTO invoice_ledger (id, biz, amount_cents, paid_cents,"
                + " last_paid, due_date) VALUES (?, ?, ?, ?, ?, ?)");
        ps.setLong(1, row.id());
        ps.setLong(2, row.biz());
        ps.setLong(3, row.amountCents());
        ps.setLong(4, row.paidCents());
        ps.setString(5, row.lastPaid());
        ps.setString(6, row.dueDate());
        ps.executeUpdate();
    }

    public void clearLedger() throws SQLException {
        exec("DELETE FROM invoice_ledger");
    }

    /** Ledger rows by invoice id. */
    public Map<Long, LedgerRow> ledger(Collection<Long> ids) throws SQLException {
        Map<Long, LedgerRow> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        for (LedgerRow r : rows(
                "SELECT id, biz, amount_cents, paid_cents, last_paid, due_date FROM invoice_ledger WHERE id IN ("
                        + marks + ")",
                new ArrayList<>(ids),
                rs -> new LedgerRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6)))) {
            out.put(r.id(), r);
        }
        return out;
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
