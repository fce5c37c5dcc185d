package dev.fbcli.cli.command.timer;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;

@Command(name = "status", description = "Show the running timer: on what, since when.", usageHelpAutoWidth = true)
public final class TimerStatusCommand extends Base {
    TimerStatusCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(new Intent.TimerStatus());
    }
}
