package dev.fbcli.cli.command.service;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.command.Base;
import dev.fbcli.nlp.intent.Intent;
import picocli.CommandLine.Command;

@Command(name = "list", description = "List services with their hourly rates.", usageHelpAutoWidth = true)
public final class ServiceListCommand extends Base {
    ServiceListCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return run(new Intent.ListServices());
    }
}
