package dev.fbcli.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How every command's help reads: the command's own options first, the global options (the ones
 * every command inherits from {@code fb}) in their own section after them, and the footer (the
 * examples) printed verbatim, never wrapped, so an example can be copied as it stands.
 */
public final class HelpLayout {
    static final String GLOBAL_OPTIONS = "globalOptions";

    private HelpLayout() {}

    /** Installs the layout on {@code cl} and every command below it. */
    public static void install(CommandLine cl) {
        cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, HelpLayout::footer);
        if (cl.getCommandSpec().parent() != null) {
            cl.getHelpSectionMap()
                    .put(
                            UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING,
                            h -> ownOptions(h).isEmpty() ? "" : h.createHeading("%nOptions:%n"));
            cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, h -> options(h, ownOptions(h)));
            cl.getHelpSectionMap().put(GLOBAL_OPTIONS, h -> {
                List<OptionSpec> global = globalOptions(h);
                return global.isEmpty()
                        ? ""
                        : h.createHeading("%nGlobal options (accepted by every command, see `fb --help`):%n")
                                + options(h, global);
            });
            List<String> keys = new ArrayList<>(cl.getHelpSectionKeys());
            if (!keys.contains(GLOBAL_OPTIONS)) {
                keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_COMMAND_LIST) + 1, GLOBAL_OPTIONS);
                cl.setHelpSectionKeys(keys);
            }
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            install(sub);
        }
    }

    private static List<OptionSpec> ownOptions(Help h) {
        return h.commandSpec().options().stream()
                .filter(o -> !o.hidden() && !o.inherited())
                .toList();
    }

    private static List<OptionSpec> globalOptions(Help h) {
        return h.commandSpec().options().stream()
                .filter(o -> !o.hidden() && o.inherited())
                .toList();
    }

    private static String options(Help h, List<OptionSpec> options) {
        CommandSpec spec = h.commandSpec();
        Comparator<OptionSpec> order = spec.usageMessage().sortOptions()
                ? Help.createShortOptionArityAndNameComparator()
                : Comparator.comparingInt(OptionSpec::order);
        return h.optionListExcludingGroups(
                options, h.createDefaultLayout(), order, h.createDefaultParamLabelRenderer());
    }

    /** {@code text} with picocli's {@code %n} as line breaks and {@code %%} as {@code %}; anything else as it stands. */
    public static String verbatim(String text) {
        return text.replace("%n", System.lineSeparator()).replace("%%", "%");
    }

    /** The footer as written: {@code %n} is a line break, nothing is wrapped. */
    private static String footer(Help h) {
        StringBuilder sb = new StringBuilder();
        for (String line : h.commandSpec().usageMessage().footer()) {
            sb.append(verbatim(line)).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
