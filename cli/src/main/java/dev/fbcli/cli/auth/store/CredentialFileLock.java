package dev.fbcli.cli.auth.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock held across processes (an OS file lock on a lock file) and across threads of
 * this process (a lock per path: OS file locks are held per process, so two threads would both
 * get one). Serialises every read-modify-write of the credential file and every keychain write, so
 * two {@code fb} processes never lose each other's update nor create duplicate keychain items.
 */
final class CredentialFileLock implements AutoCloseable {
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 20;

    private final ReentrantLock threadLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private CredentialFileLock(ReentrantLock threadLock, FileChannel channel, FileLock fileLock) {
        this.threadLock = threadLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /**
     * Takes the lock on {@code lockFile} (created 0600 if missing, with its directory), waiting at
     * most {@code timeout}.
     */
    static CredentialFileLock acquire(Path lockFile, Duration timeout) {
        Path key = lockFile.toAbsolutePath().normalize();
        long deadline = System.nanoTime() + timeout.toNanos();
        ReentrantLock threadLock = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        try {
            if (!threadLock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy(key);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CredentialStoreException("interrupted while waiting for the lock " + key, null, null);
        }
        FileChannel channel = null;
        try {
            CredentialFiles.createPrivateDirectories(key.getParent());
            channel = open(key);
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // cannot happen while threadLock is held; treat as busy
                }
                if (lock != null) {
                    return new CredentialFileLock(threadLock, channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw busy(key);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            closeQuietly(channel);
            threadLock.unlock();
            throw new CredentialStoreException("cannot lock " + key + ": " + CredentialFiles.describe(e), null, e);
        } catch (InterruptedException e) {
            closeQuietly(channel);
            threadLock.unlock();
            Thread.currentThread().interrupt();
            throw new CredentialStoreException("interrupted while waiting for the lock " + key, null, null);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            threadLock.unlock();
            throw e;
        }
    }

    private static FileChannel open(Path key) throws IOException {
        var options = EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return FileChannel.open(key, options, PosixFilePermissions.asFileAttribute(CredentialFiles.OWNER_ONLY));
        }
        return FileChannel.open(key, options);
    }

    private static CredentialStoreException busy(Path key) {
        return new CredentialStoreException(
                "another fb process has held the credential lock " + key + " for too long",
                "try again; if no other fb is running, delete " + key,
                null);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            fileLock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        } finally {
            closeQuietly(channel);
            threadLock.unlock();
        }
        // the lock file stays: deleting it would race with a process that has just opened it
    }
}
