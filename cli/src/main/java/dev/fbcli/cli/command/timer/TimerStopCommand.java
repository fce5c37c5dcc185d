package dev.fbcli.cli.command.timer;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stop", description = "Stop the running timer and log its time.", usageHelpAutoWidth = true)
public final class TimerStopCommand extends Base {
    @Option(
            names = {"-n", "--note"},
            paramLabel = "<text>",
            description = "A note for the entry.")
    String note;

    TimerStopCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(new Intent.StopTimer(note));
    }
}
