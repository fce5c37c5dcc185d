package dev.fbcli.cli;

import dev.fbcli.freshbooks.ApiErrorException;
import dev.fbcli.freshbooks.AuthenticationException;
import dev.fbcli.freshbooks.ConfigurationException;
import dev.fbcli.freshbooks.FreshBooksException;
import dev.fbcli.freshbooks.LoginRequiredException;
import dev.fbcli.freshbooks.NetworkException;
import dev.fbcli.freshbooks.NotFoundException;
import dev.fbcli.freshbooks.OutcomeUnknownException;
import dev.fbcli.freshbooks.PermissionException;
import dev.fbcli.freshbooks.RateLimitedException;
import dev.fbcli.freshbooks.ServerErrorException;
import dev.fbcli.freshbooks.ValidationException;

/**
 * Turns the client library's exceptions into what the user reads: the client
 * knows nothing of exit codes, the CLI maps them here and only here.
 */
public final class ApiErrors {
    private ApiErrors() {}

    public static CliException translate(FreshBooksException e) {
        if (e instanceof LoginRequiredException || e instanceof AuthenticationException) {
            return new CliException.AuthRequired(
                    "FreshBooks did not accept the credentials: " + e.getMessage(),
                    "run `fb auth login` (or try the demo account with --sandbox)",
                    e);
        }
        if (e instanceof OutcomeUnknownException u) {
            return new CliException.Network(
                    u.getMessage(),
                    "nothing was retried; check FreshBooks (or run the same command again: fb checks before re-creating)",
                    e);
        }
        if (e instanceof NetworkException) {
            return new CliException.Network(
                    "could not reach FreshBooks: " + e.getMessage() + " (nothing was changed)",
                    "check your connection and try again",
                    e);
        }
        if (e instanceof ConfigurationException) {
            return new CliException.Usage(e.getMessage(), "see `fb auth status` and README.md (Configuration)");
        }
        if (e instanceof ApiErrorException a) {
            String what = a.apiMessage() == null ? a.getMessage() : a.apiMessage();
            String hint = null;
            if (a instanceof PermissionException p) {
                hint = p.insufficientScope()
                        ? "the token lacks a scope this needs; run `fb auth login` again to grant it"
                        : "your FreshBooks role does not allow this";
            } else if (a instanceof RateLimitedException r) {
                hint = r.retryAfter()
                        .map(d -> "FreshBooks asks to wait " + d.toSeconds() + " s; try again then")
                        .orElse("FreshBooks is rate limiting; try again in a minute");
            } else if (a instanceof NotFoundException) {
                hint = "it may have been deleted; `fb sync` refreshes the local names";
            } else if (a instanceof ServerErrorException) {
                hint = "FreshBooks had a problem; try again later";
            } else if (a instanceof ValidationException && a.field() != null) {
                hint = "the field FreshBooks refused: " + a.field();
            }
            String errno = a.errno() == null ? "" : ", errno " + a.errno();
            return new CliException.Api(
                    "FreshBooks refused the request (HTTP " + a.status() + errno + "): " + what,
                    hint,
                    a.status(),
                    a.errno(),
                    a.field(),
                    e);
        }
        return new CliException.Failure("FreshBooks: " + e.getMessage(), null, e);
    }
}
