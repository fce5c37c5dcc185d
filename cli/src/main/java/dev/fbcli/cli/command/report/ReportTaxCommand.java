package dev.fbcli.cli.command.report;

import dev.fbcli.cli.AppContext;
import dev.fbcli.nlp.intent.ReportKind;
import picocli.CommandLine.Command;

@Command(
        name = "tax",
        description = "Tax summary: tax collected on invoices and paid on expenses, per tax and currency.",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb report tax --month October"})
public final class ReportTaxCommand extends ReportCommandBase {

    ReportTaxCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    ReportKind kind() {
        return ReportKind.TAX;
    }
}
