package dev.fbcli.cli.command.auth;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.auth.AuthStatus;
import dev.fbcli.cli.auth.Credentials;
import dev.fbcli.cli.auth.Login;
import dev.fbcli.cli.auth.Logins;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.config.Config;
import dev.fbcli.freshbooks.model.BusinessContext;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "switch",
        description = "Choose the business to work in, when your login has several.",
        usageHelpAutoWidth = true,
        footer = {"%nAt a terminal fb lists them to choose by number; in a script pass --business <id>."})
public final class AuthSwitchCommand extends Base {
    @Option(
            names = "--business",
            paramLabel = "<id>",
            description = "The business id (as `fb auth status` lists them).")
    Long business;

    AuthSwitchCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Logins.refuseDryRun(ctx, "switch");
        Logins.refuseSandbox(ctx, "switch");
        Config config = session().config();
        List<BusinessContext> all;
        try (Login login = Login.open(ctx, config)) {
            all = Logins.businesses(Logins.identity(ctx, login.provider()));
        }
        Long current = AuthStatus.currentBusinessId(config);
        if (all.size() > 1 && business == null && !ctx.canPrompt()) {
            ctx.err().println("This login has " + all.size() + " businesses: " + Logins.list(all));
        }
        BusinessContext chosen = Logins.choose(ctx, all, business, current, false);
        Logins.remember(ctx, chosen, Credentials.profile(config));
        Logins.reopenSession(ctx);
        ctx.out()
                .println((all.size() == 1 ? "✓ This login has one business; working in " : "✓ Working in ")
                        + Logins.label(chosen)
                        + (current != null && current == chosen.businessId() ? " (as before)" : ""));
        ctx.out().flush();
        return 0;
    }
}
