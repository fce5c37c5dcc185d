package dev.fbcli.cli.command.report;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.ReportGrouping;
import dev.fbcli.nlp.intent.ReportKind;
import picocli.CommandLine.Mixin;

/** What the report commands share: the period and currency options, and the report.show intent they build. */
abstract class ReportCommandBase extends Base {
    @Mixin
    ReportOptions options;

    ReportCommandBase(AppContext ctx) {
        super(ctx);
    }

    abstract ReportKind kind();

    /** The grouping asked for ({@code --by}), null for none. */
    ReportGrouping by() {
        return null;
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.ShowReport(kind(), options.range(today()), by(), options.currency)));
    }
}
