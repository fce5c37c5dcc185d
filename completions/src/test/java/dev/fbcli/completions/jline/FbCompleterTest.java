package dev.fbcli.completions.jline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.completions.CandidateSource;
import dev.fbcli.completions.NameCache.Kind;
import java.util.List;
import java.util.Map;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

class FbCompleterTest {

    @Command(
            name = "fb",
            subcommands = {Time.class, Client.class, Expense.class})
    static final class Fb {}

    @Command(
            name = "expense",
            subcommands = {ExpenseAdd.class})
    static final class Expense {}

    @Command(name = "add")
    static final class ExpenseAdd {
        @Option(names = "--category")
        String category;
    }

    @Command(
            name = "time",
            subcommands = {Log.class})
    static final class Time {}

    @Command(name = "log")
    static final class Log {
        @Option(names = "--project")
        String project;

        @Option(names = {"-s", "--service"})
        String service;

        @Option(names = "--by", completionCandidates = By.class)
        String by;

        @Option(names = "--note")
        String note;
    }

    static final class By implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("day", "client", "project").iterator();
        }
    }

    @Command(
            name = "client",
            subcommands = {ClientCreate.class, ClientUpdate.class})
    static final class Client {}

    @Command(name = "create")
    static final class ClientCreate {}

    @Command(name = "update")
    static final class ClientUpdate {
        @CommandLine.Parameters
        String who;
    }

    private static final Map<Kind, List<String>> NAMES = Map.of(
            Kind.CLIENT, List.of("Acme Corp", "Umbrella Corp", "Umbrella Health"),
            Kind.PROJECT, List.of("Website Redesign", "Apollo Research"),
            Kind.SERVICE, List.of("Design", "Development", "QA Testing"),
            Kind.CATEGORY, List.of("Software", "Office Supplies", "Office Expenses & Postage"),
            Kind.TEAM_MEMBER, List.of());

    private final CommandSpec root = new CommandLine(new Fb()).getCommandSpec();
    private final CandidateSource source = (kind, prefix) -> CandidateSource.matching(NAMES.get(kind), prefix);
    private final FbCompleter completer = new FbCompleter(root, source, List.of("help", "exit"));
    private final FbLineParser parser = new FbLineParser(w -> root.subcommands().containsKey(w));

    private List<String> complete(String lineUpToCursor) {
        ParsedLine line = parser.parse(lineUpToCursor, lineUpToCursor.length(), ParseContext.COMPLETE);
        return completer.candidates(line);
    }

    @Test
    void should_complete_command_words_from_the_picocli_model() {
        assertThat(complete("")).contains("time", "client", "help", "exit");
        assertThat(complete("cl")).containsExactly("client");
        assertThat(complete("client ")).containsExactly("create", "update");
        assertThat(complete("fb time l")).containsExactly("log");
        assertThat(complete("time log --pr")).containsExactly("--project");
    }

    @Test
    void should_complete_names_from_the_cache_after_a_name_option() {
        assertThat(complete("time log --project We")).containsExactly("Website Redesign");
        assertThat(complete("time log -s De")).containsExactly("Design", "Development");
        assertThat(complete("time log --by c")).containsExactly("client");
        assertThat(complete("client update Umb")).containsExactly("Umbrella Corp", "Umbrella Health");
        assertThat(complete("time log --note ")).isEmpty();
    }

    @Test
    void should_complete_client_and_project_names_in_a_phrase_across_words() {
        assertThat(complete("log 2h on Ac")).containsExactly("Acme Corp");
        assertThat(complete("log 2h on acme c")).containsExactly("Corp");
        assertThat(complete("invoice Umbrella H")).containsExactly("Health");
        assertThat(complete("log 2h on Apollo")).containsExactly("Apollo Research");
    }

    @Test
    void should_complete_services_in_a_phrase_after_the_words_that_introduce_one() {
        assertThat(complete("log 2h of des")).containsExactly("Design");
        assertThat(complete("log 2h de")).containsExactly("Design", "Development");
        assertThat(complete("log 90min for qa t")).containsExactly("Testing");
        assertThat(complete("log 1:30 doing Q")).containsExactly("QA Testing");
        // not where no word introduces one, nor in an expense
        assertThat(complete("log 2h on De")).isEmpty();
        assertThat(complete("spent $40 for De")).isEmpty();
        // the kind introduced comes first, the other names still complete
        assertThat(complete("log 2h for A")).containsExactly("Acme Corp", "Apollo Research");
    }

    @Test
    void should_complete_categories_in_an_expense_phrase_after_the_words_that_introduce_one() {
        assertThat(complete("spent $40 on soft")).containsExactly("Software");
        assertThat(complete("expense 12.50 for office s")).containsExactly("Supplies");
        assertThat(complete("expense $40 on Off")).containsExactly("Office Supplies", "Office Expenses & Postage");
        assertThat(complete("paid $9 for Ac")).containsExactly("Acme Corp");
        // not in a phrase about time, nor after a word that introduces none
        assertThat(complete("log 2h on Soft")).isEmpty();
        assertThat(complete("spent $40 Soft")).isEmpty();
        // a command line still completes as one
        assertThat(complete("expense add --category Sof")).containsExactly("Software");
        assertThat(complete("expense a")).containsExactly("add");
    }

    @Test
    void should_quote_a_name_with_a_space_on_a_command_line_and_not_in_a_phrase() {
        CompletingParsedLine command =
                (CompletingParsedLine) parser.parse("time log --project We", 21, ParseContext.COMPLETE);
        CompletingParsedLine phrase = (CompletingParsedLine) parser.parse("log 2h on Ac", 12, ParseContext.COMPLETE);

        assertThat(command.escape("Website Redesign", true)).hasToString("'Website Redesign'");
        assertThat(command.escape("Design", true)).hasToString("Design");
        assertThat(phrase.escape("Acme Corp", true)).hasToString("Acme Corp");
    }

    @Test
    void should_accept_a_phrase_with_an_apostrophe_as_one_line() {
        ParsedLine line = parser.parse("log 2h on O'Brien's site", 24, ParseContext.ACCEPT_LINE);

        assertThat(line.line()).isEqualTo("log 2h on O'Brien's site");
        assertThat(line.words()).startsWith("log", "2h", "on");
    }
}
