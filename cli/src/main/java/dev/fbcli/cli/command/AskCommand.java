package dev.fbcli.cli.command;

import dev.fbcli.cli.AppContext;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fb ask '<phrase>'}: what every command line that is not a command becomes. */
@Command(
        name = "ask",
        description = "Say what you want in plain English: fb ask 'log 3 hours of design on Acme'.",
        usageHelpAutoWidth = true,
        footer = {
            "%nPhrases (fb reads anything that is not a command as one):",
            "  log 3 hours of design on Acme yesterday      start a timer for Apollo research",
            "  invoice Acme $500 for the logo, net 30        show me all unpaid invoices over 30 days old",
            "  Globex paid $1,250 by bank transfer           add a $45 expense for office supplies on Admin",
            "  what does Acme owe me                         how is the Website Redesign project doing",
            "Reads run at once; writes show a plan and ask first. `fb parse '…'` shows how a phrase is read."
        })
public final class AskCommand extends Base {
    @Parameters(arity = "0..*", paramLabel = "<phrase>", description = "The phrase, in one or several words.")
    List<String> words = List.of();

    AskCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        session().pipeline().phrase(String.join(" ", words).strip());
        return 0;
    }
}
