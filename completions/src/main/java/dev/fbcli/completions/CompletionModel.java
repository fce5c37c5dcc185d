package dev.fbcli.completions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What a shell needs to complete {@code fb}, taken from the picocli command model: the command
 * tree (names and aliases), each command's options (flags, options that take a value) and
 * positional parameters, and how each value completes ({@link Values}). Hidden commands and
 * options are left out. The shell scripts ({@link Shell}) are written from this, so there is no
 * hand-kept word list to fall out of date.
 */
public record CompletionModel(Command root) {

    /** One command: its name, aliases, one-line description, options, positionals and subcommands. */
    public record Command(
            String name,
            List<String> aliases,
            String description,
            List<Option> options,
            List<Positional> positionals,
            List<Command> subcommands) {
        public Command {
            aliases = List.copyOf(aliases);
            options = List.copyOf(options);
            positionals = List.copyOf(positionals);
            subcommands = List.copyOf(subcommands);
        }

        /** The option that has {@code name}, if any. */
        public java.util.Optional<Option> option(String name) {
            return options.stream().filter(o -> o.names().contains(name)).findFirst();
        }

        /** The subcommand called {@code name} (or with that alias), if any. */
        public java.util.Optional<Command> subcommand(String name) {
            return subcommands.stream()
                    .filter(c -> c.name().equals(name) || c.aliases().contains(name))
                    .findFirst();
        }
    }

    /** An option: its names (longest last), whether it takes a value, and how that value completes. */
    public record Option(List<String> names, boolean takesValue, String description, Values values) {
        public Option {
            names = List.copyOf(names);
        }
    }

    /** A positional parameter: the index range it covers ({@code max} is {@link Integer#MAX_VALUE} for "and the rest"). */
    public record Positional(int min, int max, String label, String description, Values values) {}

    /** The model of {@code root} with fb's value hints. */
    public static CompletionModel of(CommandLine root) {
        return of(root, ValueHints.fb());
    }

    public static CompletionModel of(CommandLine root, ValueHints hints) {
        Objects.requireNonNull(root, "root");
        return new CompletionModel(command(root, root.getCommandName(), List.of(), hints));
    }

    private static Command command(CommandLine cl, String name, List<String> aliases, ValueHints hints) {
        CommandSpec spec = cl.getCommandSpec();
        List<Option> options = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            List<String> names = new ArrayList<>(Arrays.asList(o.names()));
            if (o.negatable()) {
                for (String n : o.names()) {
                    String neg = spec.negatableOptionTransformer().makeNegative(n, spec);
                    if (neg != null && !names.contains(neg)) {
                        names.add(neg);
                    }
                }
            }
            boolean takesValue = o.arity().min() > 0;
            options.add(new Option(
                    names, takesValue, firstLine(o.description()), takesValue ? hints.valuesOf(o) : Values.none()));
        }
        List<Positional> positionals = new ArrayList<>();
        boolean help = cl.getCommand() instanceof IHelpCommandInitializable2 && cl.getParent() != null;
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.hidden()) {
                continue;
            }
            Values values = help ? Values.choices(visibleNames(cl.getParent(), cl)) : hints.valuesOf(p);
            int max = p.index().isUnspecified() || p.index().max() == Integer.MAX_VALUE
                    ? Integer.MAX_VALUE
                    : p.index().max();
            positionals.add(new Positional(p.index().min(), max, p.paramLabel(), firstLine(p.description()), values));
        }
        // picocli maps each alias to the same CommandLine: keep one entry per command, in declaration order
        Map<CommandLine, List<String>> subs = new LinkedHashMap<>();
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            if (!e.getValue().getCommandSpec().usageMessage().hidden()) {
                subs.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
            }
        }
        List<Command> children = new ArrayList<>();
        for (Map.Entry<CommandLine, List<String>> e : subs.entrySet()) {
            String primary = e.getKey().getCommandName();
            List<String> others =
                    e.getValue().stream().filter(n -> !n.equals(primary)).toList();
            children.add(command(e.getKey(), primary, others, hints));
        }
        String description = firstLine(spec.usageMessage().description());
        if (description.isEmpty()) {
            description = firstLine(spec.usageMessage().header());
        }
        return new Command(name, aliases, description, options, positionals, children);
    }

    private static List<String> visibleNames(CommandLine parent, CommandLine except) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : parent.getSubcommands().entrySet()) {
            if (e.getValue() != except
                    && !e.getValue().getCommandSpec().usageMessage().hidden()
                    && e.getKey().equals(e.getValue().getCommandName())) {
                names.add(e.getKey());
            }
        }
        return names;
    }

    /** The first line of a picocli description, without format specifiers or trailing full stop. */
    static String firstLine(String[] lines) {
        if (lines == null) {
            return "";
        }
        for (String line : lines) {
            String s = line.replace("%n", "\n").replace("%%", "%").strip();
            int nl = s.indexOf('\n');
            if (nl >= 0) {
                s = s.substring(0, nl).strip();
            }
            if (!s.isEmpty()) {
                return s.endsWith(".") && !s.endsWith("..") ? s.substring(0, s.length() - 1) : s;
            }
        }
        return "";
    }
}
