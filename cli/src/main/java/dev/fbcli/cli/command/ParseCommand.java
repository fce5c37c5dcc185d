package dev.fbcli.cli.command;

import dev.fbcli.cli.AppContext;
import dev.fbcli.cli.CliException;
import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.parse.IntentParser;
import dev.fbcli.nlp.parse.ParseContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fb parse [--json] [--today YYYY-MM-DD] [--tz ZONE] (<phrase>... | -)}: how a phrase is
 * understood, with no account (offline unless {@code --parser llm|auto} and an LLM provider are
 * configured). The account's names come from the local name cache when there is one (never the
 * network), so "acme" reads as the client Acme. With {@code -}, one phrase per line of standard input and
 * one JSON frame per line out, in order, an empty line included.
 */
@Command(
        name = "parse",
        description = "Show how a phrase is understood (offline, no account): fb parse 'log 3h design Acme'.",
        usageHelpAutoWidth = true,
        footer = {"", "With `-`, reads one phrase per line on stdin and prints one JSON frame per line."})
public final class ParseCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Option(
            names = "--today",
            paramLabel = "YYYY-MM-DD",
            description = "The day relative dates count from (default: today).")
    String today;

    @Option(
            names = "--tz",
            paramLabel = "ZONE",
            description = "Time zone for today, e.g. Europe/Paris (default: the system's).")
    String tz;

    @Parameters(
            arity = "1..*",
            paramLabel = "<phrase>",
            description = "The phrase, in one or several words, or - for stdin.")
    List<String> words = List.of();

    ParseCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ParseContext pc = context();
        IntentParser parser = ctx.session().parser(); // --parser rules|llm|auto
        PrintWriter out = ctx.out();
        if (words.size() == 1 && words.get(0).equals("-")) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.println(parser.parse(line, pc).toJson());
                }
            } catch (IOException e) {
                throw new CliException.Failure("could not read standard input: " + e.getMessage(), null, e);
            }
        } else {
            Frame f = parser.parse(String.join(" ", words), pc);
            out.print(
                    ctx.options().json
                            ? f.toJson() + System.lineSeparator()
                            : dev.fbcli.cli.render.Safe.lines(f.describe()));
        }
        out.flush();
        return 0;
    }

    private ParseContext context() {
        ZoneId zone;
        try {
            zone = tz == null ? ctx.clock().getZone() : ZoneId.of(tz);
        } catch (DateTimeException e) {
            throw new CliException.Usage(
                    "unknown time zone '" + tz + "'", "use a zone name such as Europe/Paris, America/Toronto or UTC");
        }
        LocalDate day;
        try {
            day = today == null ? LocalDate.now(ctx.clock().withZone(zone)) : LocalDate.parse(today);
        } catch (DateTimeParseException e) {
            throw new CliException.Usage(
                    "--today must be a date written YYYY-MM-DD, not '" + today + "'", "for example --today 2026-11-24");
        }
        return new ParseContext(day, zone, ctx.session().accountNames()); // cached names, if any
    }
}
