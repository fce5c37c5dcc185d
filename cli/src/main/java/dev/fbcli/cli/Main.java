package dev.fbcli.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Entry point. Builds the command tree, decides whether the command line is a structured command
 * or a phrase, runs it, and exits with the code of {@link ExitCode}.
 */
public final class Main {
    private final AppContext ctx;

    public Main(AppContext ctx) {
        this.ctx = ctx;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        boolean interactive = System.console() != null;
        AppContext ctx = new AppContext(System.getenv(), System.in, out, err, interactive, Clock.systemDefaultZone());
        int code = new Main(ctx).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The whole command tree, wired to this run's context. */
    public CommandLine commandLine() {
        return withCommands(root(), FbCommand.SUBCOMMANDS.keySet());
    }

    /** The root command alone: its global options, no subcommand yet. */
    private CommandLine root() {
        return new CommandLine(FbCommand.class, new CommandFactory(ctx));
    }

    /**
     * Adds what a command line needs to {@code cl}: the command it names (and {@code ask}, which a
     * line that does not parse as that command becomes), or every command for help, completion,
     * the shell and anything unusual. Building a command costs reflection; most runs need one.
     */
    private CommandLine withCommandsFor(CommandLine cl, GlobalFlags globals, String[] args) {
        int i = globals.firstWord(args);
        if (i < args.length && (args[i].equals("-V") || args[i].equals("--version"))) {
            return withCommands(cl, List.of()); // the version needs no command
        }
        if (i >= args.length || args[i].startsWith("-")) {
            return withCommands(cl, FbCommand.SUBCOMMANDS.keySet());
        }
        String first = args[i];
        if (!FbCommand.SUBCOMMANDS.containsKey(first)) {
            return withCommands(cl, List.of("ask"));
        }
        if (first.equals("help") || first.equals("completion") || first.equals("shell")) {
            return withCommands(cl, FbCommand.SUBCOMMANDS.keySet());
        }
        return withCommands(cl, first.equals("ask") ? List.of("ask") : List.of(first, "ask"));
    }

    private CommandLine withCommands(CommandLine cl, java.util.Collection<String> names) {
        CommandFactory factory = new CommandFactory(ctx);
        for (String name : names) {
            try {
                cl.addSubcommand(name, factory.create(FbCommand.SUBCOMMANDS.get(name)));
            } catch (Exception e) {
                throw new IllegalStateException("cannot create the command " + name, e);
            }
        }
        ErrorHandler errors = new ErrorHandler(ctx);
        cl.setOut(ctx.out());
        cl.setErr(ctx.err());
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        cl.setExecutionStrategy(new OutputChecks(ctx));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (ExitCode c : ExitCode.values()) {
            exitCodes.put(Integer.toString(c.code()), c.meaning());
        }
        cl.getCommandSpec().usageMessage().exitCodeList(exitCodes);
        withHelpOption(cl);
        CommandLine help = cl.getSubcommands().get("help");
        if (help != null) {
            help.getCommandSpec()
                    .usageMessage()
                    .description("Show the help of a command: fb help invoice, fb help invoice create.");
        }
        HelpGroups.install(cl);
        HelpLayout.install(cl);
        return cl;
    }

    /** Every command answers {@code -h}/{@code --help}, however deep. */
    private static void withHelpOption(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!sub.getCommandSpec().mixinStandardHelpOptions()) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
            }
            withHelpOption(sub);
        }
    }

    /** Runs one command line and returns its exit code. */
    public int run(String[] args) {
        Logging.configure(ctx, args);
        CommandLine cl = root();
        GlobalFlags globals = GlobalFlags.of(cl.getCommandSpec());
        if (ctx.interactive() && globals.onlyGlobal(args)) {
            args = withShell(args); // `fb` alone (or with global flags only) on a terminal: the interactive shell
        }
        withCommandsFor(cl, globals, args);
        ctx.session().useLineRunner(this::runLine);
        try {
            return cl.execute(route(cl, args));
        } finally {
            ctx.closeSession();
        }
    }

    /**
     * Runs one more line in this run's session, as typed at a prompt (an edited plan, a REPL line):
     * split like a shell would, a leading {@code fb} dropped, routed like a command line.
     */
    public int runLine(String line) {
        List<String> words = ShellWords.split(line);
        if (!words.isEmpty() && words.get(0).equals("fb")) {
            words = words.subList(1, words.size());
        }
        GlobalOptions before = ctx.options();
        ctx.resetOptions(before);
        ctx.options().yes = false;
        ctx.options().json = before.json;
        String[] args = words.toArray(String[]::new);
        CommandLine cl = root();
        withCommandsFor(cl, GlobalFlags.of(cl.getCommandSpec()), args);
        return cl.execute(route(cl, args));
    }

    /**
     * Turns a command line that is not a structured command into {@code ask <words...>}: when its
     * first word (after global flags) is not a command, or when it starts with a command word but
     * does not parse as that command and has no option of its own ({@code fb invoice Acme $500
     * for the logo}).
     */
    public static String[] route(CommandLine cl, String[] args) {
        GlobalFlags globals = GlobalFlags.of(cl.getCommandSpec().root());
        int i = globals.firstWord(args);
        if (i >= args.length) {
            return args;
        }
        String first = args[i];
        if (first.equals("--")) {
            return withAsk(args, i, i + 1);
        }
        if (first.startsWith("-")) {
            return args; // --help, --version, or a mistake picocli will explain
        }
        if (!FbCommand.SUBCOMMANDS.containsKey(first)) {
            return withAsk(args, i, i);
        }
        List<String> rest = Arrays.asList(args).subList(i, args.length);
        boolean hasOwnOption = false;
        for (int j = 0; j < rest.size(); j++) {
            String a = rest.get(j);
            if (globals.takesValue(a)) {
                j++; // its value
            } else if (a.startsWith("-") && !globals.isFlag(a)) {
                hasOwnOption = true;
            }
        }
        if (hasOwnOption || rest.size() < 2) {
            return args;
        }
        try {
            cl.parseArgs(args); // a trial parse; execute() parses again from scratch
            return args;
        } catch (ParameterException e) {
            return withAsk(args, i, i);
        }
    }

    private static String[] withShell(String[] args) {
        String[] out = Arrays.copyOf(args, args.length + 1);
        out[args.length] = "shell";
        return out;
    }

    private static String[] withAsk(String[] args, int insertAt, int phraseFrom) {
        List<String> out = new ArrayList<>(Arrays.asList(args).subList(0, insertAt));
        out.add("ask");
        out.addAll(Arrays.asList(args).subList(phraseFrom, args.length));
        return out.toArray(String[]::new);
    }
}
