package dev.fbcli.cli;

import java.util.HashSet;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * Which words of a command line are global options, read from picocli's model of {@link FbCommand}
 * (its options with {@code scope = INHERIT}), so routing, the shell and batch files need no list of
 * their own: a new global option is declared once, in {@link FbCommand}.
 *
 * <p>A global option without a value may be written as one of its names ({@code --json},
 * {@code -y}) or, for one-letter names, clustered ({@code -vv}); one with a value takes the next
 * word ({@code --parser rules}) or is written {@code --parser=rules}.
 */
public final class GlobalFlags {
    private final Set<String> flags = new HashSet<>();
    private final Set<String> valued = new HashSet<>();
    private final Set<Character> letters = new HashSet<>();
    private final Set<String> rootOnly = new HashSet<>();

    private GlobalFlags() {}

    /** The global options of {@code root}, the spec of {@link FbCommand}. */
    public static GlobalFlags of(CommandSpec root) {
        GlobalFlags g = new GlobalFlags();
        for (OptionSpec o : root.options()) {
            if (o.scopeType() != ScopeType.INHERIT) {
                if (o.usageHelp() || o.versionHelp()) {
                    g.rootOnly.addAll(java.util.Arrays.asList(o.names()));
                }
                continue;
            }
            boolean flag = o.arity().max() == 0;
            for (String name : o.names()) {
                (flag ? g.flags : g.valued).add(name);
                if (flag && name.length() == 2 && name.charAt(0) == '-' && name.charAt(1) != '-') {
                    g.letters.add(name.charAt(1));
                }
            }
        }
        return g;
    }

    /** A global option that stands alone: {@code --json}, {@code -vv}, or {@code --parser=llm}. */
    public boolean isFlag(String arg) {
        if (flags.contains(arg)) {
            return true;
        }
        int eq = arg.indexOf('=');
        if (eq > 0 && valued.contains(arg.substring(0, eq))) {
            return true;
        }
        if (arg.length() > 2 && arg.charAt(0) == '-' && arg.charAt(1) != '-') {
            for (int i = 1; i < arg.length(); i++) {
                if (!letters.contains(arg.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** A global option whose value is the next word: {@code --parser}. */
    public boolean takesValue(String arg) {
        return valued.contains(arg);
    }

    /** The option {@code arg} names, without its {@code =value}: {@code --parser} for {@code --parser=llm}. */
    public String name(String arg) {
        int eq = arg.indexOf('=');
        return eq > 0 && valued.contains(arg.substring(0, eq)) ? arg.substring(0, eq) : arg;
    }

    /** A global option of either kind, or one of the root's own {@code --help} and {@code --version}. */
    public boolean isRootOption(String arg) {
        return isFlag(arg) || takesValue(arg) || rootOnly.contains(arg);
    }

    /** The index of the first argument that is not a global option (or its value). */
    public int firstWord(String[] args) {
        int i = 0;
        while (i < args.length) {
            if (isFlag(args[i])) {
                i++;
            } else if (takesValue(args[i]) && i + 1 < args.length) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** True when every argument is a global option (or its value): {@code fb}, {@code fb --sandbox}. */
    public boolean onlyGlobal(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (takesValue(args[i]) && i + 1 < args.length) {
                i++;
            } else if (!isFlag(args[i])) {
                return false;
            }
        }
        return true;
    }
}
