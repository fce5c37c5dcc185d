package dev.fbcli.cli.command.report;

import dev.fbcli.cli.AppContext;
import dev.fbcli.nlp.intent.ReportGrouping;
import dev.fbcli.nlp.intent.ReportKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "payments",
        description = "Payments received (per currency).",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb report payments --quarter Q3 --by month"})
public final class ReportPaymentsCommand extends ReportCommandBase {
    /** How the report is grouped. */
    public enum By {
        month,
        client
    }

    @Option(names = "--by", paramLabel = "<group>", description = "Group by: ${COMPLETION-CANDIDATES}.")
    By by;

    @Override
    ReportGrouping by() {
        return by == null ? null : ReportGrouping.fromWire(by.name());
    }

    ReportPaymentsCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    ReportKind kind() {
        return ReportKind.PAYMENTS;
    }
}
