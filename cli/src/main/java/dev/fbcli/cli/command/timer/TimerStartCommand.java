package dev.fbcli.cli.command.timer;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.cli.command.NoteOption;
import dev.fbcli.cli.command.TargetOptions;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "start", description = "Start a timer now.", usageHelpAutoWidth = true)
public final class TimerStartCommand extends Base {
    @Mixin
    TargetOptions on;

    @Option(
            names = {"-s", "--service"},
            paramLabel = "<name>",
            description = "The kind of work.")
    String service;

    @Mixin
    NoteOption note;

    TimerStartCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(build(() -> new Intent.StartTimer(on.ref(), service, note.note)));
    }
}
