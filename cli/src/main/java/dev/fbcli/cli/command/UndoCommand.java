package dev.fbcli.cli.command;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.undo.UndoFlow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fb undo [--list] [<id>]}: reverses a write fb made (docs/undo.md). */
@Command(
        name = "undo",
        description = "Undo the last change fb made (or change <id>); --list shows them all.",
        usageHelpAutoWidth = true,
        footer = {
            "%nEvery write fb makes (one-shot, shell, batch) is kept in a local journal",
            "with what reverses it: a created record is deleted, updated fields get their",
            "previous values back. What cannot be reversed (an email that went out) is",
            "said plainly; the rest is still offered. See docs/undo.md.",
            "%nExamples:",
            "  fb undo                 the last change not undone yet (asks first)",
            "  fb undo --list          every change, with what undo would do",
            "  fb undo 1 --dry-run     the requests undoing change 1 would send"
        })
public final class UndoCommand extends Base {
    @Parameters(
            arity = "0..1",
            paramLabel = "<id>",
            description = "The change to undo (see --list); default: the last one.")
    String id;

    @Option(names = "--list", description = "List the changes fb made in this account, and what undo would do.")
    boolean list;

    UndoCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Long change = changeNumber(id);
        UndoFlow flow = new UndoFlow(ctx, session());
        if (list) {
            if (id != null) {
                throw new CliException.Usage("give either --list or a change id, not both");
            }
            return flow.list();
        }
        return flow.undo(change);
    }

    /** The change number typed, or null for the last change; anything else is a usage error that says so. */
    static Long changeNumber(String typed) {
        if (typed == null) {
            return null;
        }
        if (!typed.matches("[0-9]{1,18}")) {
            throw new dev.fbcli.cli.CliException.Usage(
                    "'" + typed + "' is not a change number: `fb undo` takes the number `fb undo --list` shows",
                    "`fb undo` alone undoes the last change; `fb undo --list` lists them with their numbers");
        }
        return Long.parseLong(typed);
    }
}
