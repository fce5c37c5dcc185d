package dev.fbcli.completions;

import java.io.File;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/** A small command tree shaped like fb's (this module does not depend on the cli). */
@Command(
        name = "fb",
        mixinStandardHelpOptions = true,
        description = "Toy fb.",
        subcommands = {ToyFb.Invoice.class, ToyFb.Client.class, ToyFb.Time.class, ToyFb.Secret.class, HelpCommand.class
        })
public class ToyFb {
    @Option(names = "--sandbox", scope = ScopeType.INHERIT, description = "The demo account.")
    boolean sandbox;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "JSON out.")
    boolean json;

    public enum Status {
        unpaid,
        overdue,
        paid
    }

    @Command(
            name = "invoice",
            description = "Invoices.",
            subcommands = {InvoiceList.class, InvoiceView.class})
    static class Invoice {}

    @Command(name = "list", description = "List invoices.")
    static class InvoiceList {
        @Option(names = "--status", paramLabel = "<status>", description = "One of: ${COMPLETION-CANDIDATES}.")
        Status status;

        @Option(
                names = {"-c", "--client"},
                paramLabel = "<name>",
                description = "Only this client's.")
        String client;

        @Option(names = "--older-than", paramLabel = "<days>", description = "Days.")
        Integer olderThan;

        @Option(names = "--secret-flag", hidden = true)
        boolean secret;
    }

    @Command(name = "view", aliases = "show", description = "One invoice.%nMore text.")
    static class InvoiceView {
        @Parameters(arity = "0..1", paramLabel = "<number>")
        String number;
    }

    @Command(
            name = "client",
            description = "Clients.",
            subcommands = {ClientShow.class})
    static class Client {}

    @Command(name = "show", description = "Show a client.")
    static class ClientShow {
        @Parameters(index = "0", paramLabel = "<client>", description = "The client.")
        String client;
    }

    @Command(
            name = "time",
            description = "Time.",
            subcommands = {TimeLog.class})
    static class Time {}

    @Command(name = "log", description = "Log time.")
    static class TimeLog {
        @Option(
                names = {"--on", "--target"},
                paramLabel = "<name>",
                description = "Project or client.")
        String on;

        @Option(
                names = {"-s", "--service"},
                paramLabel = "<name>")
        String service;

        @Option(names = "--receipt", paramLabel = "<file>")
        String receipt;

        @Option(names = "--attach")
        File attach;
    }

    @Command(name = "secret", hidden = true)
    static class Secret {}

    public static CommandLine commandLine() {
        return new CommandLine(new ToyFb());
    }
}
