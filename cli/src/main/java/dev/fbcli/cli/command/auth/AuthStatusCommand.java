package dev.fbcli.cli.command.auth;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.auth.AuthStatus;
import dev.fbcli.cli.command.Base;
import picocli.CommandLine.Command;

@Command(
        name = "status",
        description = "Show who you are logged in as, the business, scopes, expiry, and where the secrets are.",
        usageHelpAutoWidth = true,
        footer = {
            "%nIt asks FreshBooks who the token belongs to (renewing it first if it is about to expire).",
            "It never shows a token. Exit code 4 when there is no usable login."
        })
public final class AuthStatusCommand extends Base {
    AuthStatusCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return new AuthStatus(ctx).run();
    }
}
