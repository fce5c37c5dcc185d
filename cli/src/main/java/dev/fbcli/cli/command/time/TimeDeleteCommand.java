package dev.fbcli.cli.command.time;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "delete",
        description = "Delete a time entry (`fb undo` logs it again).",
        usageHelpAutoWidth = true,
        footer = {
            "%nExamples:%n  fb time delete last%n  fb time delete 6004%n  fb time delete --date yesterday --project Apollo"
        })
public final class TimeDeleteCommand extends Base {
    @Mixin
    EntryOptions which;

    TimeDeleteCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.DeleteTime(which.ref())));
    }
}
