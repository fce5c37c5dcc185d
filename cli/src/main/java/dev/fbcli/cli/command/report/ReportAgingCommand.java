package dev.fbcli.cli.command.report;

import dev.fbcli.cli.AppContext;
import dev.fbcli.nlp.intent.ReportKind;
import picocli.CommandLine.Command;

@Command(
        name = "aging",
        description = "Who owes what, by age (0-30, 31-60, 61-90, 91+ days), as of --to (default today).",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb report aging"})
public final class ReportAgingCommand extends ReportCommandBase {

    ReportAgingCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    ReportKind kind() {
        return ReportKind.AGING;
    }
}
