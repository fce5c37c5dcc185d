package dev.fbcli.cli.command.timer;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;

@Command(
        name = "discard",
        description = "Throw the running timer away without logging its time (`fb undo` starts it again).",
        usageHelpAutoWidth = true)
public final class TimerDiscardCommand extends Base {
    TimerDiscardCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(new Intent.DiscardTimer());
    }
}
