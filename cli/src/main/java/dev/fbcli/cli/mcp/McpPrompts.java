package dev.fbcli.cli.mcp;

import java.util.List;
import java.util.Map;

/**
 * Prompts that show an agent good use of fb's tools: ground names in the account's resources,
 * show each plan to the user, confirm only what they agreed to. Pure: no MCP SDK type.
 */
final class McpPrompts {
    record Argument(String name, String description, boolean required) {}

    record Template(String name, String title, String description, List<Argument> arguments, String text) {
        /** The text with {@code {name}} replaced by the argument's value ("(not given)" when absent). */
        String render(Map<String, Object> args) {
            String out = text;
            for (Argument a : arguments) {
                Object v = args.get(a.name());
                String value = v == null || v.toString().isBlank()
                        ? "(not given)"
                        : v.toString().strip();
                out = out.replace("{" + a.name() + "}", value);
            }
            return out;
        }
    }

    static final List<Template> TEMPLATES = List.of(
            new Template(
                    "log-my-time",
                    "Log time in FreshBooks",
                    "Turn what the user says they worked on into time entries, each shown and confirmed.",
                    List.of(new Argument(
                            "work", "What was done, for whom, how long and when, in the user's words.", true)),
                    """
                    I want to log this time in FreshBooks with fb: {work}

                    How to do it:
                    1. Read the fb://account/projects and fb://account/services resources, to use the names \
                    the account really has.
                    2. For each piece of work, call time_log with duration_minutes, the project (or the client \
                    as target), the service and the date (YYYY-MM-DD). If fb answers that a name is ambiguous or \
                    unknown, ask me which one; never pick for me.
                    3. Each call returns a plan. Show me its summary and ask me before confirming; confirm a plan \
                    by calling time_log again with only its plan_id.
                    4. At the end, tell me the change numbers (list_changes shows them), so I can undo one."""),
            new Template(
                    "review-unpaid-invoices",
                    "Review unpaid invoices",
                    "List the invoices still owed, oldest first, and offer to record payments the user reports.",
                    List.of(new Argument(
                            "older_than_days", "Only invoices issued at least this many days ago (e.g. 30).", false)),
                    """
                    Show me my unpaid invoices in FreshBooks that are older than {older_than_days} days \
                    (all unpaid ones if no number was given).

                    Use invoice_list with status "unpaid" (and older_than_days when given). Summarize them by \
                    client: invoice number, amount owed, how many days old. Do not send or change anything.
                    If I then say a client paid, use payment_record: it returns a plan that needs the invoice \
                    number typed as confirmation; show me the plan and pass the number only after I type it."""));

    private McpPrompts() {}
}
