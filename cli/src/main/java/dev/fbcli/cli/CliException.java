package dev.fbcli.cli;

/**
 * The one family of errors that {@code fb} reports to a user. Each kind knows its exit code; the
 * {@link ErrorHandler} prints {@link #getMessage()} on one line, then the hint, if any.
 */
public abstract sealed class CliException extends RuntimeException
        permits CliException.Usage,
                CliException.NotUnderstood,
                CliException.Cancelled,
                CliException.AuthRequired,
                CliException.Api,
                CliException.Network,
                CliException.Failure {

    private final String hint;

    protected CliException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    public abstract ExitCode exitCode();

    /** A next step for the user ("run fb auth login"), or null. */
    public String hint() {
        return hint;
    }

    /** Bad flags, a missing value in a script, a name that matches nothing or several things. */
    public static final class Usage extends CliException {
        public Usage(String message) {
            this(message, null);
        }

        public Usage(String message, String hint) {
            super(message, hint, null);
        }

        @Override
        public ExitCode exitCode() {
            return ExitCode.USAGE;
        }
    }

    /** A phrase that is not a request {@code fb} can serve. */
    public static final class NotUnderstood extends CliException {
        public NotUnderstood(String message, String hint) {
            super(message, hint, null);
        }

        @Override
        public ExitCode exitCode() {
            return ExitCode.USAGE;
        }
    }

    /** The user said no, or pressed Ctrl-C at a prompt. Nothing was changed. */
    public static final class Cancelled extends CliException {
        public Cancelled(String message) {
            super(message, null, null);
        }

        @Override
        public ExitCode exitCode() {
            return ExitCode.CANCELLED;
        }
    }

    /** No usable FreshBooks credentials. */
    public static final class AuthRequired extends CliException {
        public AuthRequired(String message, String hint, Throwable cause) {
            super(message, hint, cause);
        }

        @Override
        public ExitCode exitCode() {
            return ExitCode.AUTH;
        }
    }

    /** FreshBooks (or the sandbox) answered with an error. */
    public static final class Api extends CliException {
        private final int status;
        private final Integer errno;
        private final String field;

        public Api(String message, String hint, int status, Integer errno, String field, Throwable cause) {
            super(message, hint, cause);
            this.status = status;
            this.errno = errno;
            this.field = field;
        }

        public int status() {
            return status;
        }

        public Integer errno() {
            return errno;
        }

        public String field() {
            return field;
        }

        @Override
        public ExitCode exitCode() {
            return ExitCode.FAILURE;
        }
    }

    /** The network failed: DNS, refused connection, timeout, or an outcome that is not known. */
    public static final class Network extends CliException {
        public Network(String message, String hint, Throwable cause) {
            super(message, hint, cause);
        }

        @Override
        public ExitCode exitCode() {
            return ExitCode.FAILURE;
        }
    }

    /** Any other runtime failure that is not a bug (a file that cannot be read, a full disk...). */
    public static final class Failure extends CliException {
        public Failure(String message, String hint, Throwable cause) {
            super(message, hint, cause);
        }

        @Override
        public ExitCode exitCode() {
            return ExitCode.FAILURE;
        }
    }
}
