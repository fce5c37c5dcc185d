package dev.fbcli.cli.command.report;

import dev.fbcli.cli.AppContext;
import dev.fbcli.nlp.intent.ReportGrouping;
import dev.fbcli.nlp.intent.ReportKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "profit-loss",
        description = "Profit and loss: income, cost of goods, expenses and net profit (per currency).",
        usageHelpAutoWidth = true,
        footer = {"%nExample:%n  fb report profit-loss --quarter Q3 --by month"})
public final class ReportProfitLossCommand extends ReportCommandBase {
    /** How the report is grouped. */
    public enum By {
        month
    }

    @Option(
            names = "--by",
            paramLabel = "<group>",
            description = "Group by: ${COMPLETION-CANDIDATES} (a chart on a terminal).")
    By by;

    @Override
    ReportGrouping by() {
        return by == null ? null : ReportGrouping.fromWire(by.name());
    }

    ReportProfitLossCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    ReportKind kind() {
        return ReportKind.PROFIT_LOSS;
    }
}
