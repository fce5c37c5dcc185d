package dev.fbcli.cli.pipeline;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.prompt.Prompter;
import dev.fbcli.cli.session.Session;

/**
 * Asks before a write (unless {@code --yes}): {@code Go ahead? [Y/n/e]} on a terminal, where "e"
 * edits the command and runs it instead; the invoice number typed out for a money-touching plan;
 * without a terminal, a usage error that says to pass {@code --yes}.
 */
final class Confirmation {
    private final Session session;
    private final AppContext ctx;

    Confirmation(Session session) {
        this.session = session;
        this.ctx = session.context();
    }

    /**
     * Returns null to go ahead, or how the edited command the person ran instead ended.
     *
     * @throws CliException.Cancelled when the answer is no
     * @throws CliException.Usage when there is no one to ask
     */
    Pipeline.Result ask(Plan plan) {
        if (!ctx.canPrompt()) {
            String what = session.account().isSandbox() ? "the sandbox's demo account" : "your FreshBooks account";
            throw new CliException.Usage(
                    "this would change " + what
                            + " and needs a confirmation, but there is no terminal to ask: pass --yes to go ahead",
                    "or --dry-run to see the requests it would send");
        }
        Prompter p = session.prompter();
        if (plan.typeToConfirm() != null) {
            if (!p.typeToConfirm(
                    "Type " + plan.typeToConfirm() + " to go ahead (anything else cancels):", plan.typeToConfirm())) {
                throw new CliException.Cancelled("cancelled: nothing was changed");
            }
            return null;
        }
        Prompter.Answer a = p.confirm("Go ahead?", session.lineRunner() != null);
        if (a == Prompter.Answer.NO) {
            throw new CliException.Cancelled("cancelled: nothing was changed");
        }
        if (a == Prompter.Answer.EDIT) {
            String line = p.ask("Edit (a phrase or a command)", plan.command());
            return session.lineRunner().run(line) == 0 ? Pipeline.Result.OK : Pipeline.Result.FAILED;
        }
        return null;
    }
}
