package dev.fbcli.cli.pipeline;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.cli.session.Session;
import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.Money;
import dev.fbcli.nlp.parse.DurationExtractor;
import dev.fbcli.nlp.parse.MoneyExtractor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks for the required slots a phrase did not give ("How long?"), on a terminal; without one, a
 * usage error that says what is missing and how to say it.
 */
final class SlotPrompts {
    private final Session session;
    private final AppContext ctx;

    SlotPrompts(Session session, AppContext ctx) {
        this.session = session;
        this.ctx = ctx;
    }

    Frame fill(Frame frame) {
        List<String> missing = frame.missing();
        if (!ctx.canPrompt()) {
            throw new CliException.Usage(
                    "to " + frame.type().summary() + ", say "
                            + String.join(
                                    " and ",
                                    missing.stream().map(SlotPrompts::words).toList()) + ": '" + frame.input()
                            + "' does not",
                    "for example: " + example(frame.type()));
        }
        Map<String, Object> slots = new LinkedHashMap<>(frame.slots());
        for (String slot : missing) {
            slots.put(slot, ask(frame.type(), slot));
        }
        return Frame.of(frame.input(), frame.type(), slots, 1.0, frame.parser());
    }

    private Object ask(IntentType type, String slot) {
        while (true) {
            String answer = session.prompter().ask(question(type, slot), null);
            switch (slot) {
                case Slots.DURATION_MINUTES: {
                    int m = DurationExtractor.parseMinutes(answer);
                    if (m > 0 && m <= 24 * 60) {
                        return m;
                    }
                    ctx.err().println("  a duration, such as 2h, 1:30 or 45m");
                    continue;
                }
                case Slots.AMOUNT: {
                    Money money = MoneyExtractor.parse(answer);
                    if (money != null && money.amount().signum() > 0) {
                        return money;
                    }
                    ctx.err().println("  an amount, such as 45 or $12.50");
                    continue;
                }
                default:
                    return answer.strip();
            }
        }
    }

    private static String question(IntentType type, String slot) {
        switch (slot) {
            case Slots.DURATION_MINUTES:
                return "How long?";
            case Slots.AMOUNT:
                return "How much?";
            case Slots.CLIENT:
                return "Which client?";
            case Slots.INVOICE:
                return "Which invoice (its number)?";
            case Slots.ORGANIZATION:
                return "The client's name (organization)?";
            case Slots.TITLE:
                return "The project's title?";
            case Slots.PROJECT:
                return "Which project?";
            case Slots.MEMBER:
                return "Who (a name or an email)?";
            default:
                return words(slot) + "?";
        }
    }

    static String words(String slot) {
        switch (slot) {
            case Slots.DURATION_MINUTES:
                return "how long";
            case Slots.AMOUNT:
                return "how much";
            case Slots.INVOICE:
                return "which invoice";
            case Slots.ORGANIZATION:
                return "the client's name";
            case Slots.MEMBER:
                return "who";
            default:
                return "the " + slot.replace('_', ' ');
        }
    }

    private static String example(IntentType type) {
        switch (type) {
            case TIME_LOG:
                return "'log 2h of design on Acme'";
            case EXPENSE_CREATE:
                return "'add a $45 expense for office supplies'";
            case INVOICE_CREATE:
                return "'invoice Acme $500 for the logo'";
            case INVOICE_SHOW:
                return "'show invoice 0042'";
            case INVOICE_SEND:
                return "'send invoice 0042'";
            case PAYMENT_RECORD:
                return "'mark invoice 0042 as paid'";
            case CLIENT_CREATE:
                return "'add client Globex Inc, hank@globex.com'";
            case PROJECT_CREATE:
                return "'create a project Website Redesign for Acme'";
            case PROJECT_ASSIGN:
                return "'add Sam to the Admin project'";
            default:
                return "`fb --help`";
        }
    }
}
