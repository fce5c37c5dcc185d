package dev.fbcli.cli.command.auth;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.auth.LoginFlow;
import dev.fbcli.cli.command.Base;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "login",
        description = "Log in to FreshBooks: paste an access token, or authorize fb through your OAuth app.",
        usageHelpAutoWidth = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  fb auth login                          at a terminal: asks which way",
            "  echo \"$TOKEN\" | fb auth login --with-token",
            "  fb auth login --client-id <id>         OAuth: asks for the secret, prints",
            "                                         the address to open in a browser",
            "  fb auth login --with-token --store file   no keychain: a 0600 file",
            "",
            "A token or secret is never taken from the command line: it would stay in",
            "your shell history and show in `ps`. See docs/auth.md."
        })
public final class AuthLoginCommand extends Base {
    @Option(
            names = "--with-token",
            description = "Paste an access token: read from standard input, or a hidden prompt at a terminal.")
    public boolean withToken;

    @Option(
            names = "--client-id",
            paramLabel = "<id>",
            description =
                    "Run the OAuth authorization-code flow with this app; its secret is asked for (hidden), or read from standard input.")
    public String clientId;

    @Option(
            names = "--redirect-uri",
            paramLabel = "<uri>",
            description = "The app's registered redirect URI (HTTPS, no query). Default: https://localhost/callback.")
    public String redirectUri;

    @Option(
            names = "--scope",
            split = ",",
            paramLabel = "<scope>",
            description = "Scopes to ask for (default: the app's), e.g. user:profile:read,user:clients:read.")
    public List<String> scopes;

    @Option(
            names = "--store",
            paramLabel = "keychain|file",
            description = "Where to keep the tokens: the OS keychain (default) or a 0600 file.")
    public String store;

    @Option(
            names = "--business",
            paramLabel = "<id>",
            description = "The business to work in, when the login has several.")
    public Long business;

    @Option(names = "--no-browser", description = "Print the address to open; do not start a browser.")
    public boolean noBrowser;

    /** The flags people try first: refused without being echoed. */
    @Option(
            names = {"--token", "--access-token", "--client-secret", "--secret", "--password"},
            hidden = true,
            arity = "0..1",
            paramLabel = "<never>")
    public String secretOnCommandLine;

    /** Anything else on the line: refused without being echoed (it may be a token). */
    @Parameters(hidden = true, arity = "0..*")
    public List<String> stray;

    AuthLoginCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return new LoginFlow(ctx, this).run();
    }
}
