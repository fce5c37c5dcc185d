package dev.fbcli.cli.command.time;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "show",
        description = "Show one time entry: by id, the last one, or by its day and what it was on.",
        usageHelpAutoWidth = true,
        footer = {"%nExamples:%n  fb time show last%n  fb time show --date monday --client Acme"})
public final class TimeShowCommand extends Base {
    @Mixin
    EntryOptions which;

    TimeShowCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.ShowTimeEntry(which.ref())));
    }
}
