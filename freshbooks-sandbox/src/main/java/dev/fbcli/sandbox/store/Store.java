package dev.fbcli.sandbox.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The sandbox's embedded database: one SQLite file, {@code <dataDir>/sandbox/sandbox.db}, in WAL
 * mode with a busy timeout, so that several processes (an in-process sandbox inside one {@code fb}
 * run and a standalone {@code fb sandbox serve}) can use it at the same time.
 *
 * <p>Every read runs in a (deferred) transaction, so it sees one consistent snapshot; every write
 * runs in a {@code BEGIN IMMEDIATE} transaction, so writers from all processes are serialised and
 * a read-modify-write cannot interleave with another. A transaction is committed before the
 * response is sent: a process killed right after answering has not lost the write (WAL with
 * {@code synchronous=NORMAL} is durable against process crashes; only a power loss can drop the
 * last commits).
 */
public final class Store implements AutoCloseable {

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    /** 1: documents only; 2: virtual columns, partial indexes and the invoice ledger. */
    static final int SCHEMA_VERSION = 2;

    private static final int POOL_SIZE = 6;

    private final String url;
    private final Path file;
    private final BlockingQueue<Tx> pool = new ArrayBlockingQueue<>(POOL_SIZE);
    private final List<Tx> all = new ArrayList<>();
    private volatile boolean closed;

    private Store(Path file) {
        this.file = file;
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /** Opens (creating if needed) the database under {@code dataDir/sandbox/}. */
    public static Store open(Path dataDir) throws IOException {
        Path dir = dataDir.resolve("sandbox");
        Files.createDirectories(dir);
        Store store = new Store(dir.resolve("sandbox.db"));
        try {
            String version = store.read(Tx::schemaVersion);
            if (version != null && !version.equals(Integer.toString(SCHEMA_VERSION))) {
                store.backup(version);
            }
            store.write(tx -> {
                tx.createSchema();
                return null;
            });
        } catch (RuntimeException e) {
            store.close();
            throw new IOException("cannot open the sandbox database " + store.file + ": " + e.getMessage(), e);
        }
        return store;
    }

    public Path file() {
        return file;
    }

    /**
     * Before an upgrade: a consistent copy of the file as it is, {@code sandbox-v<N>-<time>.db} next
     * to it, so nothing of a user's sandbox can be lost by the upgrade. (Only an older version is
     * upgraded; a newer one is refused without touching it.)
     */
    private void backup(String version) {
        if (!version.matches("\\d+") || Integer.parseInt(version) > SCHEMA_VERSION) {
            return;
        }
        Path copy = file.resolveSibling("sandbox-v" + version + "-"
                + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + ".db");
        if (Files.exists(copy)) {
            return;
        }
        Tx tx = borrow();
        try {
            tx.exec("VACUUM INTO '" + copy.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new StoreException("cannot back up the sandbox database before upgrading it: " + e.getMessage(), e);
        } finally {
            pool.offer(tx);
        }
    }

    /** Runs {@code work} in a read transaction (a consistent snapshot). */
    public <T> T read(Work<T> work) {
        return run(work, "BEGIN DEFERRED");
    }

    /** Runs {@code work} in a write transaction, committed before this method returns. */
    public <T> T write(Work<T> work) {
        return run(work, "BEGIN IMMEDIATE");
    }

    private <T> T run(Work<T> work, String begin) {
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(work, begin);
            } catch (StoreException e) {
                // another process (or connection) held the lock past the busy timeout, or SQLite
                // refused to wait (it does so to avoid deadlocks): the transaction was rolled back,
                // so it is safe to run it again
                if (!busy(e) || attempt >= 8) {
                    throw e;
                }
                try {
                    Thread.sleep(10L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean busy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("SQLITE_BUSY") || m.contains("database is locked") || m.contains("SQLITE_LOCKED")) {
                return true;
            }
        }
        return false;
    }

    private <T> T runOnce(Work<T> work, String begin) {
        Tx tx = borrow();
        boolean ok = false;
        try {
            tx.exec(begin);
            T result = work.run(tx);
            tx.exec("COMMIT");
            ok = true;
            return result;
        } catch (SQLException e) {
            throw new StoreException("sandbox database error: " + e.getMessage(), e);
        } finally {
            if (!ok) {
                try {
                    tx.exec("ROLLBACK");
                } catch (SQLException ignored) {
                    // no transaction was open
                }
            }
            pool.offer(tx);
        }
    }

    private Tx borrow() {
        if (closed) {
            throw new StoreException("the sandbox database is closed", null);
        }
        Tx tx = pool.poll();
        if (tx != null) {
            return tx;
        }
        synchronized (all) {
            if (all.size() < POOL_SIZE) {
                Tx created = new Tx(connect());
                all.add(created);
                return created;
            }
        }
        try {
            return pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a database connection", e);
        }
    }

    private Connection connect() {
        try {
            Connection c = DriverManager.getConnection(url);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 15000");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            Functions.register(c);
            return c;
        } catch (SQLException e) {
            throw new StoreException("cannot open the sandbox database " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (all) {
            for (Tx tx : all) {
                tx.closeQuietly();
            }
            all.clear();
        }
        pool.clear();
    }
}
