package dev.fbcli.completions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Man pages in troff ({@code man(7)} macros) from the picocli model: {@code fb.1} for the root and
 * one page per visible subcommand ({@code fb-invoice.1}, {@code fb-invoice-list.1}, ...). The text
 * is the help text: descriptions, synopsis, options, arguments, subcommands, footers (examples) and
 * the exit codes, so the pages cannot drift from {@code --help}.
 *
 * <p>picocli-codegen's {@code ManPageGenerator} writes AsciiDoc, which needs Asciidoctor to become a
 * man page; writing the troff directly needs nothing at build or install time.
 */
public final class ManPages {
    private ManPages() {}

    /**
     * The pages for {@code root} and its visible subcommands, by file name, in tree order.
     *
     * @param version shown in the page footer, e.g. {@code fb 0.1.0}
     * @param date shown in the page footer, e.g. {@code 2026-11-24}
     */
    public static Map<String, String> generate(CommandLine root, String version, String date) {
        Map<String, String> pages = new LinkedHashMap<>();
        add(root, List.of(root.getCommandName()), version, date, pages);
        return pages;
    }

    private static void add(CommandLine cl, List<String> path, String version, String date, Map<String, String> pages) {
        pages.put(pageName(path) + ".1", page(cl, path, version, date));
        for (CommandLine sub : children(cl)) {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(sub.getCommandName());
            add(sub, subPath, version, date, pages);
        }
    }

    /** Visible subcommands, once each (picocli maps aliases to the same CommandLine). */
    private static List<CommandLine> children(CommandLine cl) {
        Set<CommandLine> subs = new LinkedHashSet<>();
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                subs.add(sub);
            }
        }
        return new ArrayList<>(subs);
    }

    private static String pageName(List<String> path) {
        return String.join("-", path);
    }

    static String page(CommandLine cl, List<String> path, String version, String date) {
        CommandSpec spec = cl.getCommandSpec();
        String name = pageName(path);
        boolean isRoot = path.size() == 1;
        StringBuilder t = new StringBuilder();
        t.append(".\\\" Generated from the fb command model (dev.fbcli.completions.ManPages); do not edit.\n");
        t.append(".TH ")
                .append(quoted(name.toUpperCase(Locale.ROOT)))
                .append(" 1 ")
                .append(quoted(date))
                .append(' ')
                .append(quoted(version))
                .append(' ')
                .append(quoted(path.get(0) + " manual"))
                .append('\n');

        t.append(".SH NAME\n")
                .append(escape(name))
                .append(" \\- ")
                .append(escape(summary(spec)))
                .append('\n');

        t.append(".SH SYNOPSIS\n.nf\n");
        Help help = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF));
        boolean custom = spec.usageMessage().customSynopsis().length > 0;
        for (String line : help.synopsis(0).split("\\R")) {
            if (!line.isBlank()) {
                t.append(escape(custom ? line.strip() : line.stripTrailing())).append('\n');
            }
        }
        t.append(".fi\n");

        List<String> description = lines(spec.usageMessage().description());
        if (!description.isEmpty()) {
            t.append(".SH DESCRIPTION\n");
            paragraphs(t, description);
        }

        List<PositionalParamSpec> params = new ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                params.add(p);
            }
        }
        if (!params.isEmpty()) {
            t.append(".SH ARGUMENTS\n");
            for (PositionalParamSpec p : params) {
                t.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n");
                t.append(escape(String.join(" ", lines(p.description())))).append('\n');
            }
        }

        List<OptionSpec> own = new ArrayList<>();
        List<OptionSpec> inherited = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                (o.inherited() ? inherited : own).add(o);
            }
        }
        if (!own.isEmpty()) {
            t.append(isRoot ? ".SH GLOBAL OPTIONS\nAccepted by every command.\n" : ".SH OPTIONS\n");
            for (OptionSpec o : own) {
                option(t, o);
            }
        }
        if (!inherited.isEmpty()) {
            t.append(".PP\nThe global options (\\fB")
                    .append(escape(String.join(
                            ", ",
                            inherited.stream().map(OptionSpec::longestName).toList())))
                    .append("\\fR) are accepted too; see \\fB")
                    .append(escape(path.get(0)))
                    .append("\\fR(1).\n");
        }

        List<CommandLine> subs = children(cl);
        if (!subs.isEmpty()) {
            t.append(".SH COMMANDS\n");
            for (CommandLine sub : subs) {
                List<String> names = new ArrayList<>();
                names.add(sub.getCommandName());
                names.addAll(Arrays.asList(sub.getCommandSpec().aliases()));
                List<String> subPath = new ArrayList<>(path);
                subPath.add(sub.getCommandName());
                t.append(".TP\n\\fB")
                        .append(escape(String.join(", ", names)))
                        .append("\\fR\n")
                        .append(escape(summary(sub.getCommandSpec())))
                        .append(". See \\fB")
                        .append(escape(pageName(subPath)))
                        .append("\\fR(1).\n");
            }
        }

        List<String> footer = lines(spec.usageMessage().footer());
        if (!footer.isEmpty()) {
            t.append(".SH NOTES\n.nf\n");
            for (String line : footer) {
                t.append(escape(line)).append('\n');
            }
            t.append(".fi\n");
        }

        Map<String, String> exitCodes = spec.usageMessage().exitCodeList();
        if (!exitCodes.isEmpty()) {
            t.append(".SH EXIT STATUS\n");
            for (Map.Entry<String, String> e : exitCodes.entrySet()) {
                t.append(".TP\n\\fB")
                        .append(escape(e.getKey().strip()))
                        .append("\\fR\n")
                        .append(escape(e.getValue().strip()))
                        .append('\n');
            }
        }

        t.append(".SH SEE ALSO\n");
        List<String> see = new ArrayList<>();
        if (!isRoot) {
            see.add(path.get(0));
            if (path.size() > 2) {
                see.add(pageName(path.subList(0, path.size() - 1)));
            }
        }
        for (CommandLine sub : subs) {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(sub.getCommandName());
            see.add(pageName(subPath));
        }
        if (see.isEmpty()) {
            t.append("The README of ").append(escape(path.get(0))).append(".\n");
        } else {
            List<String> refs = new ArrayList<>();
            for (String s : see) {
                refs.add("\\fB" + escape(s) + "\\fR(1)");
            }
            t.append(String.join(",\n", refs)).append('\n');
        }
        return t.toString();
    }

    private static void option(StringBuilder t, OptionSpec o) {
        List<String> names = new ArrayList<>();
        for (String n : o.names()) {
            names.add("\\fB" + escape(n) + "\\fR");
        }
        t.append(".TP\n").append(String.join(", ", names));
        if (o.arity().max() > 0 && !o.typeInfo().isBoolean()) {
            t.append(o.arity().min() == 0 ? "[=\\fI" : "=\\fI")
                    .append(escape(o.paramLabel()))
                    .append(o.arity().min() == 0 ? "\\fR]" : "\\fR");
        }
        t.append('\n').append(escape(String.join(" ", lines(o.description())))).append('\n');
    }

    /** The header if there is one (the root's tagline), else the description's first line. */
    private static String summary(CommandSpec spec) {
        String s = CompletionModel.firstLine(spec.usageMessage().header());
        return s.isEmpty() ? CompletionModel.firstLine(spec.usageMessage().description()) : s;
    }

    /** Picocli text lines, {@code %n} expanded, trailing blank lines dropped. */
    private static List<String> lines(String[] text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text) {
            for (String l : line.replace("%n", "\n").replace("%%", "%").split("\n", -1)) {
                out.add(l.stripTrailing());
            }
        }
        while (!out.isEmpty() && out.get(0).isBlank()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Lines as paragraphs; indented lines (examples) are kept as they are. */
    private static void paragraphs(StringBuilder t, List<String> lines) {
        boolean verbatim = false;
        for (String line : lines) {
            boolean indented = line.startsWith(" ");
            if (line.isBlank()) {
                if (verbatim) {
                    t.append(".fi\n");
                    verbatim = false;
                }
                t.append(".PP\n");
                continue;
            }
            if (indented && !verbatim) {
                t.append(".nf\n");
                verbatim = true;
            } else if (!indented && verbatim) {
                t.append(".fi\n");
                verbatim = false;
            }
            t.append(escape(line)).append('\n');
        }
        if (verbatim) {
            t.append(".fi\n");
        }
    }

    /** Text safe in a troff line: backslashes, hyphens, and a leading dot or quote. */
    static String escape(String s) {
        String e = s.replace("\\", "\\e").replace("-", "\\-");
        if (e.startsWith(".") || e.startsWith("'")) {
            e = "\\&" + e;
        }
        return e;
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\"", "'") + "\"";
    }
}
