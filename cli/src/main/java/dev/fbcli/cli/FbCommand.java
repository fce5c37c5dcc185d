package dev.fbcli.cli;

import dev.fbcli.cli.command.AskCommand;
import dev.fbcli.cli.command.BatchCommand;
import dev.fbcli.cli.command.CompletionCommand;
import dev.fbcli.cli.command.McpCommand;
import dev.fbcli.cli.command.ParseCommand;
import dev.fbcli.cli.command.ShellCommand;
import dev.fbcli.cli.command.SyncCommand;
import dev.fbcli.cli.command.UndoCommand;
import dev.fbcli.cli.command.auth.AuthCommand;
import dev.fbcli.cli.command.client.ClientCommand;
import dev.fbcli.cli.command.config.ConfigCommand;
import dev.fbcli.cli.command.estimate.EstimateCommand;
import dev.fbcli.cli.command.expense.ExpenseCommand;
import dev.fbcli.cli.command.invoice.InvoiceCommand;
import dev.fbcli.cli.command.payment.PaymentCommand;
import dev.fbcli.cli.command.project.ProjectCommand;
import dev.fbcli.cli.command.report.ReportCommand;
import dev.fbcli.cli.command.sandbox.SandboxCommand;
import dev.fbcli.cli.command.service.ServiceCommand;
import dev.fbcli.cli.command.team.TeamCommand;
import dev.fbcli.cli.command.time.TimeCommand;
import dev.fbcli.cli.command.timer.TimerCommand;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command. It only declares the global options and lists the subcommands; a command line
 * whose first word is not a subcommand is read as a phrase by {@link Main}.
 *
 * <p>The global options are inherited by every subcommand, so {@code fb --json invoice list} and
 * {@code fb invoice list --json} mean the same. Their setters only ever switch an option on:
 * picocli resets inherited options to their defaults as it enters each subcommand, and a reset must
 * not undo what an earlier position set. Help lists them in their {@code order}, before
 * {@code --help} and {@code --version} (whose order is -1); without it, picocli would follow the
 * order reflection returns the setters in, which differs when the classes come from the start-up
 * archive.
 */
@Command(
        name = "fb",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        headerHeading = "",
        header = "FreshBooks from your terminal, in plain English.",
        synopsisHeading = "%nUsage: ",
        customSynopsis = {
            "fb [OPTIONS] '<phrase>'",
            "       fb [OPTIONS] <noun> <verb> [ARGS...]",
            "       fb             (no arguments, on a terminal: the interactive shell)"
        },
        descriptionHeading = "%n",
        description = {
            "Say what you want, or spell it out as a command. A command line that is not",
            "a command below is read as a phrase; writes are shown as a plan and confirmed.",
            "",
            "  fb 'log 3 hours of design on Acme'",
            "      = fb time log --duration 3h --target Acme --service design",
            "  fb 'show unpaid invoices over 30 days old'",
            "      = fb invoice list --status unpaid --older-than 30",
            "  fb 'invoice Acme $500 for the logo'",
            "      = fb invoice create --client Acme --line 'logo:1:500'",
            "",
            "In a shell `$` starts a variable: put phrases in single quotes."
        },
        optionListHeading = "%nGlobal options (accepted by every command):%n",
        commandListHeading = "%nCommands:",
        exitCodeListHeading = "%nExit codes:%n",
        footerHeading = "%n",
        footer = {"Run `fb <command> --help` for a command's options. README.md lists the phrases fb understands."})
public final class FbCommand implements Runnable {
    /**
     * The top-level commands by name. {@link Main} adds them to the tree: all of them for help,
     * completion and the shell, only the one a command line names otherwise (building the whole
     * tree by reflection is most of {@code fb}'s own start-up time).
     */
    public static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> c = new LinkedHashMap<>();
        c.put("ask", AskCommand.class);
        c.put("parse", ParseCommand.class);
        c.put("shell", ShellCommand.class);
        c.put("batch", BatchCommand.class);
        c.put("undo", UndoCommand.class);
        c.put("time", TimeCommand.class);
        c.put("timer", TimerCommand.class);
        c.put("invoice", InvoiceCommand.class);
        c.put("payment", PaymentCommand.class);
        c.put("estimate", EstimateCommand.class);
        c.put("report", ReportCommand.class);
        c.put("expense", ExpenseCommand.class);
        c.put("client", ClientCommand.class);
        c.put("project", ProjectCommand.class);
        c.put("team", TeamCommand.class);
        c.put("service", ServiceCommand.class);
        c.put("sync", SyncCommand.class);
        c.put("mcp", McpCommand.class);
        c.put("auth", AuthCommand.class);
        c.put("sandbox", SandboxCommand.class);
        c.put("config", ConfigCommand.class);
        c.put("completion", CompletionCommand.class);
        c.put("help", dev.fbcli.cli.command.HelpCommand.class);
        return Collections.unmodifiableMap(c);
    }

    private final AppContext ctx;

    @Spec
    CommandSpec spec;

    public FbCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Option(
            names = "--json",
            order = -19,
            scope = ScopeType.INHERIT,
            description = "Print machine-readable JSON on stdout.")
    void json(boolean on) {
        ctx.options().json |= on;
    }

    @Option(names = "--csv", order = -18, scope = ScopeType.INHERIT, description = "Print tables as CSV on stdout.")
    void csv(boolean on) {
        ctx.options().csv |= on;
    }

    @Option(
            names = {"-y", "--yes"},
            order = -17,
            scope = ScopeType.INHERIT,
            description = "Do not ask for confirmation: the answer is yes.")
    void yes(boolean on) {
        ctx.options().yes |= on;
    }

    @Option(
            names = "--dry-run",
            order = -16,
            scope = ScopeType.INHERIT,
            description = "Show what would be sent to FreshBooks; change nothing.")
    void dryRun(boolean on) {
        ctx.options().dryRun |= on;
    }

    @Option(
            names = "--no-input",
            order = -15,
            scope = ScopeType.INHERIT,
            description = "Never prompt; fail with exit code 2 where a prompt would be needed.")
    void noInput(boolean on) {
        ctx.options().noInput |= on;
    }

    @Option(
            names = "--sandbox",
            order = -14,
            scope = ScopeType.INHERIT,
            description = "Work on the embedded demo account instead of FreshBooks (no login needed).")
    void sandbox(boolean on) {
        ctx.options().sandbox |= on;
    }

    @Option(
            names = "--debug",
            order = -13,
            scope = ScopeType.INHERIT,
            description = "Print stack traces and one line per API call; write debug.log in the state directory.")
    void debug(boolean on) {
        ctx.options().debug |= on;
    }

    @Option(
            names = "-v",
            order = -12,
            scope = ScopeType.INHERIT,
            description = "More detail on stderr (-vv for even more).")
    void verbose(boolean[] v) {
        ctx.options().verbosity = Math.max(ctx.options().verbosity, v == null ? 0 : v.length);
    }

    @Option(
            names = "--parser",
            order = -11,
            scope = ScopeType.INHERIT,
            paramLabel = "rules|llm|auto",
            description = "Who reads phrases: rules (offline), llm (a configured LLM, see docs/llm.md) or auto "
                    + "(rules first, the LLM when unsure; the default).")
    void parser(GlobalOptions.Parser p) {
        if (p != null) {
            ctx.options().parser = p;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(ctx.out());
    }
}
