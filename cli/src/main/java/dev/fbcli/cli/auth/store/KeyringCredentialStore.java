package dev.fbcli.cli.auth.store;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;
import dev.fbcli.cli.config.AppPaths;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The OS keychain through java-keyring: the macOS Keychain, the Windows Credential Manager, the
 * Secret Service on Linux and other Unix desktops (GNOME Keyring, KWallet, KeePassXC). Each secret
 * is one keychain entry with service {@value #SERVICE} and the key as account; on Linux,
 * {@code secret-tool lookup service fb account freshbooks/default} prints it.
 *
 * <p>Opening never hangs: on Linux it first asks the D-Bus session whether a Secret Service answers
 * and its default keyring is unlocked ({@link CredentialSecretServiceProbe}), within
 * {@link #PROBE_TIMEOUT}; elsewhere it reads a key that does not exist within that time. Every call
 * then runs on the store's own thread (java-keyring's Secret Service backend is not thread-safe)
 * and is given up after {@link #OPERATION_TIMEOUT}. A keychain that does not answer is a
 * {@link CredentialStoreUnavailableException}; any other failure a {@link CredentialStoreException}.
 *
 * <p>java-keyring reports "no such secret" and real failures with the same exception type; this
 * class tells them apart by its messages (1.0.4: "No stored credentials match" on the Secret
 * Service and macOS, "No password to delete" on macOS, Windows error 1168 ERROR_NOT_FOUND).
 * Writes hold {@code keychain.lock} in the state directory, so two {@code fb} processes never
 * create two entries for one key (java-keyring searches, then creates).
 *
 * <p>It is long because the keychain is slow, single-threaded and ambiguous in its errors, and every
 * one of those is handled here rather than spread over its callers.
 */
public final class KeyringCredentialStore implements CredentialStore {
    /** The service name of every entry. */
    public static final String SERVICE = "fb";

    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration OPERATION_TIMEOUT = Duration.ofSeconds(10);
    static final String LOCK_FILE_NAME = "keychain.lock";
    /** Read once at open on macOS and Windows to see that the keychain answers; never written. */
    static final String PROBE_ACCOUNT = "fb-probe/absent";

    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(15);

    /** One keychain, called from one thread at a time: java-keyring, or a test's stand-in. */
    interface Backend extends AutoCloseable {
        /** The secret, or null when there is none. */
        String get(String account) throws Exception;

        void set(String account, String secret) throws Exception;

        /** Removes the entry; does nothing when there is none. */
        void delete(String account) throws Exception;

        /** Releases the connection; best effort, never throws. */
        @Override
        void close();
    }

    private final ExecutorService worker;
    private final Backend backend;
    private final String description;
    private final Duration operationTimeout;
    private final Path lockFile;
    private volatile String broken;

    private KeyringCredentialStore(
            ExecutorService worker, Backend backend, String description, Duration operationTimeout, Path lockFile) {
        this.worker = worker;
        this.backend = backend;
        this.description = description;
        this.operationTimeout = operationTimeout;
        this.lockFile = lockFile;
    }

    /**
     * Opens this OS's keychain, with the default timeouts.
     *
     * @param env the environment ({@code DBUS_SESSION_BUS_ADDRESS} on Linux)
     * @throws CredentialStoreUnavailableException when no keychain answers, with the reason
     */
    public static KeyringCredentialStore open(Map<String, String> env, AppPaths paths) {
        return open(env, paths, PROBE_TIMEOUT, OPERATION_TIMEOUT);
    }

    /** As {@link #open(Map, AppPaths)}, with explicit timeouts (tests shorten them). */
    public static KeyringCredentialStore open(
            Map<String, String> env, AppPaths paths, Duration probeTimeout, Duration operationTimeout) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path lockFile = paths.state().resolve(LOCK_FILE_NAME);
        if (os.startsWith("mac")) {
            return open(
                    () -> JavaKeyring.create(KeyringStorageType.OSX_KEYCHAIN),
                    "the macOS Keychain",
                    true,
                    probeTimeout,
                    operationTimeout,
                    lockFile);
        }
        if (os.startsWith("windows")) {
            return open(
                    () -> JavaKeyring.create(KeyringStorageType.WINDOWS_CREDENTIAL_STORE),
                    "the Windows Credential Manager",
                    true,
                    probeTimeout,
                    operationTimeout,
                    lockFile);
        }
        String address = env.get("DBUS_SESSION_BUS_ADDRESS");
        if (address == null || address.isBlank()) {
            throw new CredentialStoreUnavailableException(
                    "there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set)", null);
        }
        // the probe names who answers; java-keyring reads the same address from the process environment
        ExecutorService worker = newWorker();
        String description = callOrGiveUp(
                worker,
                () -> CredentialSecretServiceProbe.probe(address),
                probeTimeout,
                "the Secret Service did not answer within " + seconds(probeTimeout));
        return finishOpen(
                worker,
                () -> JavaKeyring.create(KeyringStorageType.GNOME_KEYRING),
                description,
                false,
                operationTimeout,
                operationTimeout,
                lockFile);
    }

    /** Opens a store over {@code opener}'s backend; package-private for tests. */
    static KeyringCredentialStore open(
            Callable<Backend> opener,
            String description,
            boolean probeRead,
            Duration probeTimeout,
            Duration operationTimeout,
            Path lockFile) {
        return finishOpen(newWorker(), opener, description, probeRead, probeTimeout, operationTimeout, lockFile);
    }

    private static KeyringCredentialStore finishOpen(
            ExecutorService worker,
            Callable<Backend> opener,
            String description,
            boolean probeRead,
            Duration openTimeout,
            Duration operationTimeout,
            Path lockFile) {
        Backend backend = callOrGiveUp(
                worker,
                () -> {
                    Backend b;
                    try {
                        b = opener.call();
                    } catch (CredentialStoreException e) {
                        throw e;
                    } catch (Exception | LinkageError e) {
                        throw new CredentialStoreUnavailableException(
                                description + " could not be opened (" + JavaKeyring.firstLine(e) + ")", e);
                    }
                    if (probeRead) {
                        try {
                            b.get(PROBE_ACCOUNT);
                        } catch (Exception e) {
                            closeQuietly(b);
                            throw new CredentialStoreUnavailableException(
                                    description + " refused a read (" + JavaKeyring.firstLine(e) + ")", e);
                        }
                    }
                    return b;
                },
                openTimeout,
                description + " did not answer within " + seconds(openTimeout)
                        + " (it may be locked or waiting for a password prompt)");
        return new KeyringCredentialStore(worker, backend, description, operationTimeout, lockFile);
    }

    @Override
    public Optional<String> get(String key) {
        CredentialKeys.requireValidKey(key);
        return Optional.ofNullable(call("read", key, () -> backend.get(key)));
    }

    @Override
    @SuppressWarnings("try") // the lock is held for the body
    public void put(String key, String secret) {
        CredentialKeys.requireValidKey(key);
        CredentialKeys.requireSecret(key, secret);
        try (CredentialFileLock ignored = CredentialFileLock.acquire(lockFile, LOCK_TIMEOUT)) {
            call("store", key, () -> {
                backend.set(key, secret);
                return null;
            });
        }
    }

    @Override
    @SuppressWarnings("try") // the lock is held for the body
    public void delete(String key) {
        CredentialKeys.requireValidKey(key);
        try (CredentialFileLock ignored = CredentialFileLock.acquire(lockFile, LOCK_TIMEOUT)) {
            call("remove", key, () -> {
                backend.delete(key);
                return null;
            });
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public String kind() {
        return KEYCHAIN;
    }

    @Override
    public void close() {
        if (broken == null) {
            try {
                worker.submit(() -> {
                            closeQuietly(backend);
                            return null;
                        })
                        .get(operationTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // closing is best effort
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        worker.shutdownNow();
    }

    @Override
    public String toString() {
        return "KeyringCredentialStore[" + description + "]";
    }

    private <T> T call(String verb, String key, Callable<T> action) {
        String why = broken;
        if (why != null) {
            throw new CredentialStoreUnavailableException(why, null);
        }
        try {
            return callOrGiveUp(
                    worker,
                    action,
                    operationTimeout,
                    description + " stopped answering (nothing within " + seconds(operationTimeout) + ")");
        } catch (CredentialStoreUnavailableException e) {
            broken = e.reason();
            worker.shutdownNow();
            throw e;
        } catch (CredentialStoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(verb, key, e);
        }
    }

    private CredentialStoreException failure(String verb, String key, Throwable e) {
        String m = JavaKeyring.firstLine(e);
        if (e instanceof NullPointerException || e.getCause() instanceof NullPointerException) {
            m = "it gave no usable answer"; // java-keyring's Secret Service backend, e.g. on a locked keyring
        }
        if (m.startsWith("Too many stored credentials match")) {
            return new CredentialStoreException(
                    description + " holds several entries for " + key,
                    "remove them (on Linux: `secret-tool clear service " + SERVICE + " account " + key
                            + "`), then log in again",
                    e);
        }
        return new CredentialStoreException(
                description + " could not " + verb + " " + key + " (" + m + ")",
                "is the keyring locked? unlock it and try again",
                e);
    }

    /**
     * Runs {@code action} on {@code worker} and waits at most {@code timeout}: a timeout becomes a
     * {@link CredentialStoreUnavailableException} with {@code timeoutReason}, and the stuck call is
     * abandoned on its daemon thread.
     */
    private static <T> T callOrGiveUp(
            ExecutorService worker, Callable<T> action, Duration timeout, String timeoutReason) {
        Future<T> future;
        try {
            future = worker.submit(action);
        } catch (RuntimeException e) {
            throw new CredentialStoreUnavailableException(timeoutReason, null);
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            throw new CredentialStoreUnavailableException(timeoutReason, null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CredentialStoreException("interrupted while waiting for the keychain", null, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CredentialStoreUnavailableException u) {
                worker.shutdownNow();
                throw u;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new WrappedKeychainFailure(cause);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fb-keychain");
            t.setDaemon(true); // a keychain that never answers must not keep fb alive
            return t;
        });
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + (ms == 1000 ? " second" : " seconds") : ms + " ms";
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception | LinkageError ignored) {
            // best effort
        }
    }

    /** A checked failure of a keychain call, carried out of the worker unchanged. */
    private static final class WrappedKeychainFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrappedKeychainFailure(Throwable cause) {
            super(JavaKeyring.firstLine(cause), cause);
        }
    }

    /** java-keyring behind {@link Backend}, with "no such entry" told apart from failures. */
    static final class JavaKeyring implements Backend {
        private final Keyring keyring;

        private JavaKeyring(Keyring keyring) {
            this.keyring = keyring;
        }

        static Backend create(KeyringStorageType type) throws BackendNotSupportedException {
            return new JavaKeyring(Keyring.create(type));
        }

        @Override
        public String get(String account) throws PasswordAccessException {
            try {
                return keyring.getPassword(SERVICE, account);
            } catch (PasswordAccessException e) {
                if (isNotFound(e)) {
                    return null;
                }
                throw e;
            }
        }

        @Override
        public void set(String account, String secret) throws PasswordAccessException {
            keyring.setPassword(SERVICE, account, secret);
        }

        @Override
        public void delete(String account) throws PasswordAccessException {
            try {
                keyring.deletePassword(SERVICE, account);
            } catch (PasswordAccessException e) {
                if (!isNotFound(e)) {
                    throw e;
                }
            }
        }

        @Override
        public void close() {
            try {
                keyring.close();
            } catch (Exception | LinkageError ignored) {
                // best effort: the connection dies with the process anyway
            }
        }

        static boolean isNotFound(PasswordAccessException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            return m.startsWith("No stored credentials match")
                    || m.startsWith("No password to delete")
                    || m.equals("Error code 1168");
        }

        /** The first line of an exception's own message (or its class), as the reason in ours. */
        static String firstLine(Throwable e) {
            Throwable t = e;
            // BackendNotSupportedException wraps the real reason a level or two down
            while (t.getCause() != null
                    && (t instanceof BackendNotSupportedException
                            || t instanceof java.lang.reflect.InvocationTargetException)) {
                t = t.getCause();
            }
            String m = t.getMessage();
            String line = m == null ? "" : m.lines().findFirst().orElse("");
            return line.isBlank() ? t.getClass().getSimpleName() : line;
        }
    }
}
