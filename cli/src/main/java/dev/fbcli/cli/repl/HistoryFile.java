package dev.fbcli.cli.repl;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The shell's history file: made (private) when missing, and checked before the shell uses it. A
 * history that cannot be written costs only convenience, so the shell then says so once, in one
 * line, and keeps the lines for the session only (never a stack trace on every line).
 */
final class HistoryFile {
    private HistoryFile() {}

    /** Makes {@code file} if it is missing; what is wrong with writing it, or empty when it can be written. */
    static Optional<String> prepare(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system
                }
            }
        } catch (AccessDeniedException e) {
            return Optional.of(problem(file, "permission denied"));
        } catch (IOException e) {
            return Optional.of(problem(file, "it cannot be made here"));
        }
        if (Files.isDirectory(file)) {
            return Optional.of(problem(file, "it is a directory"));
        }
        // the history is saved through a temporary file beside it, then moved over it
        if (!Files.isWritable(file) || !Files.isWritable(file.getParent())) {
            return Optional.of(problem(file, "permission denied"));
        }
        return Optional.empty();
    }

    private static String problem(Path file, String why) {
        return "fb: the shell history " + file + " cannot be written (" + why
                + "): lines are remembered for this session only\n  make it and its directory writable by you,"
                + " or set FB_HOME to another directory";
    }
}
