package dev.fbcli.cli;

import dev.fbcli.cli.auth.store.CredentialStoreException;
import dev.fbcli.cli.command.FlagValues;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where failures become what the user reads and the exit code the shell sees. A
 * {@link CliException} prints its message and hint; anything else is a bug: one line that says
 * so, and the stack trace appended to {@code crash.log} (and on stderr with {@code --debug}).
 */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final AppContext ctx;

    public ErrorHandler(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        return report(ex);
    }

    /** Prints {@code ex} for the user and returns the exit code it means. */
    public int report(Throwable ex) {
        PrintWriter err = ctx.err();
        if (ex instanceof CredentialStoreException e) {
            ex = e.toCliException();
        }
        if (ex instanceof dev.fbcli.freshbooks.FreshBooksException e) {
            ex = dev.fbcli.cli.ApiErrors.translate(e);
        }
        if (ex instanceof CliException e) {
            if (ctx.options().debug && e.getCause() != null) {
                e.getCause().printStackTrace(err);
            }
            printError(err, e.getMessage(), e.hint());
            return e.exitCode().code();
        }
        Path log = writeDebugLog(ex);
        if (ctx.options().debug) {
            ex.printStackTrace(err);
        }
        String where = log == null ? "run again with --debug for details" : "details are in " + log;
        printError(err, "this is a bug, please report it: " + oneLine(ex), where);
        return ExitCode.FAILURE.code();
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        if (VerbList.applies(ex)) {
            return VerbList.print(cmd, err);
        }
        CliException refused = FlagValues.problem(ex);
        if (refused != null) {
            printError(err, refused.getMessage(), refused.hint());
            return refused.exitCode().code();
        }
        String hint = "see `" + cmd.getCommandSpec().qualifiedName() + " --help`";
        if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            hint = "did you mean " + String.join(" or ", u.getSuggestions()) + "? (" + hint + ")";
        }
        printError(err, ex.getMessage(), hint);
        return ExitCode.USAGE.code();
    }

    static void printError(PrintWriter err, String message, String hint) {
        err.println("fb: " + dev.fbcli.cli.render.Safe.text(message));
        if (hint != null && !hint.isBlank()) {
            err.println("  " + dev.fbcli.cli.render.Safe.text(hint));
        }
        err.flush();
    }

    private static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        return ex.getClass().getSimpleName()
                + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }

    private Path writeDebugLog(Throwable ex) {
        try {
            Path log = ctx.paths().crashLog();
            Files.createDirectories(log.getParent());
            StringWriter sw = new StringWriter();
            ex.printStackTrace(new PrintWriter(sw));
            Files.writeString(
                    log,
                    Instant.now(ctx.clock()) + " fb " + VersionProvider.version() + "\n" + sw + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return log;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
