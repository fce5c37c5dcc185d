package dev.fbcli.cli.command.auth;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.auth.Credentials;
import dev.fbcli.cli.auth.Logins;
import dev.fbcli.cli.auth.store.CredentialStore;
import dev.fbcli.cli.auth.store.CredentialStores;
import dev.fbcli.cli.command.Base;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "logout",
        description = "Remove the stored FreshBooks tokens and app secret from this machine.",
        usageHelpAutoWidth = true,
        footer = {"%nThis forgets the login here; to revoke fb's access itself, remove the app in FreshBooks' settings."
        })
public final class AuthLogoutCommand extends Base {
    @Option(
            names = "--store",
            paramLabel = "keychain|file",
            description = "Remove them from this store (default: the configured one).")
    String store;

    AuthLogoutCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Logins.refuseDryRun(ctx, "logout");
        Logins.refuseSandbox(ctx, "logout");
        CredentialStores.Choice choice = store == null ? null : CredentialStores.Choice.parse(store, "--store");
        String profile = Credentials.profile(session().config());
        String where;
        boolean had;
        try (CredentialStore s = CredentialStores.open(ctx.env(), ctx.paths(), choice)) {
            had = s.get(Credentials.tokenKey(profile)).isPresent()
                    | s.get(Credentials.appSecretKey(profile)).isPresent();
            s.delete(Credentials.tokenKey(profile));
            s.delete(Credentials.appSecretKey(profile));
            where = s.describe();
        }
        Logins.reopenSession(ctx);
        ctx.out()
                .println(
                        had
                                ? "✓ Logged out of FreshBooks: removed the login"
                                        + (profile.equals(Credentials.DEFAULT_PROFILE) ? "" : " of profile " + profile)
                                        + " from " + where
                                : "You were not logged in: nothing was stored in " + where);
        ctx.out().flush();
        String env = ctx.env(Credentials.TOKEN_ENV);
        if (env != null && !env.isBlank()) {
            ctx.err()
                    .println("note: " + Credentials.TOKEN_ENV
                            + " is still set, and fb keeps using it until you unset it");
        }
        return 0;
    }
}
