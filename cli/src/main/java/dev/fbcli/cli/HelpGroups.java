package dev.fbcli.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Top-level help lists the commands grouped by noun (jbang's CommandGroupRenderer idea). The
 * groups are declared once, here; {@link #validate} fails when a command is in no group or in two,
 * and a test calls it.
 */
public final class HelpGroups {

    /** Group title, then its command names, in the order help shows them. */
    public static final Map<String, List<String>> GROUPS = groups();

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> g = new LinkedHashMap<>();
        g.put("Ask in plain English", List.of("ask", "parse", "shell", "batch", "undo"));
        g.put("Time tracking", List.of("time", "timer"));
        g.put("Invoices and payments", List.of("invoice", "estimate", "payment"));
        g.put("Reports", List.of("report"));
        g.put("Expenses", List.of("expense"));
        g.put("Clients and projects", List.of("client", "project", "service", "team"));
        g.put("Agents", List.of("mcp"));
        g.put("Setup", List.of("auth", "config", "sync", "sandbox", "completion", "help"));
        return g;
    }

    private HelpGroups() {}

    /** Installs the grouped command list on {@code root}'s usage help. */
    public static void install(CommandLine root) {
        root.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpGroups::render);
    }

    /** Problems with the grouping of {@code root}'s subcommands; empty when every command is in exactly one group. */
    public static List<String> validate(CommandLine root) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        GROUPS.values().forEach(names -> names.forEach(n -> seen.merge(n, 1, Integer::sum)));
        for (String name : root.getSubcommands().keySet()) {
            CommandLine sub = root.getSubcommands().get(name);
            if (!sub.getCommandName().equals(name)) {
                continue; // an alias
            }
            int count = seen.getOrDefault(name, 0);
            if (count != 1) {
                problems.add("command '" + name + "' is in " + count + " help groups");
            }
        }
        for (String name : seen.keySet()) {
            if (!root.getSubcommands().containsKey(name)) {
                continue; // listed for a command this build does not have yet: not shown
            }
            if (seen.get(name) > 1) {
                problems.add("command '" + name + "' is listed twice");
            }
        }
        return problems;
    }

    private static String render(Help help) {
        CommandLine root = help.commandSpec().commandLine();
        Map<String, CommandLine> subs = root.getSubcommands();
        if (subs.isEmpty()) {
            return "";
        }
        int width = 0;
        for (List<String> names : GROUPS.values()) {
            for (String n : names) {
                if (subs.containsKey(n)) {
                    width = Math.max(width, n.length());
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
            List<String> present =
                    group.getValue().stream().filter(subs::containsKey).toList();
            if (present.isEmpty()) {
                continue;
            }
            sb.append(String.format("%n%s:%n", group.getKey()));
            for (String name : present) {
                CommandLine sub = subs.get(name);
                if (sub.getCommandSpec().usageMessage().hidden()) {
                    continue;
                }
                String[] desc = sub.getCommandSpec().usageMessage().description();
                String first = desc.length == 0 ? "" : desc[0].replace("%n", "").strip();
                sb.append(String.format("  %-" + width + "s  %s%n", name, first));
            }
        }
        return sb.toString();
    }
}
