package dev.fbcli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RouteTest {
    private final AppContext ctx = new AppContext(
            Map.of("FB_HOME", "/nonexistent-fb-home"),
            InputStream.nullInputStream(),
            new PrintWriter(Writer.nullWriter()),
            new PrintWriter(Writer.nullWriter()),
            false,
            Clock.systemUTC());
    private final CommandLine cl = new Main(ctx).commandLine();

    private String[] route(String... args) {
        return Main.route(cl, args);
    }

    @Test
    void should_read_words_as_a_phrase_when_the_first_word_is_not_a_command() {
        assertThat(route("log", "3", "hours")).containsExactly("ask", "log", "3", "hours");
        assertThat(route("log 3 hours of design on Acme")).containsExactly("ask", "log 3 hours of design on Acme");
    }

    @Test
    void should_keep_global_flags_before_the_phrase() {
        assertThat(route("--sandbox", "--json", "log 3h on Acme"))
                .containsExactly("--sandbox", "--json", "ask", "log 3h on Acme");
    }

    @Test
    void should_keep_the_parser_option_and_its_value_before_the_phrase() {
        assertThat(route("--parser", "llm", "log 3h on Acme"))
                .containsExactly("--parser", "llm", "ask", "log 3h on Acme");
        assertThat(route("--parser=auto", "--sandbox", "log", "3h"))
                .containsExactly("--parser=auto", "--sandbox", "ask", "log", "3h");
        assertThat(route("invoice", "Acme", "$500", "for", "the", "logo", "--parser", "rules"))
                .containsExactly("ask", "invoice", "Acme", "$500", "for", "the", "logo", "--parser", "rules");
    }

    @Test
    void should_read_everything_after_double_dash_as_a_phrase() {
        assertThat(route("--", "-5 hours?")).containsExactly("ask", "-5 hours?");
    }

    @Test
    void should_leave_help_and_version_alone() {
        assertThat(route("--help")).containsExactly("--help");
        assertThat(route("--version")).containsExactly("--version");
        assertThat(route()).isEmpty();
    }

    @Test
    void should_leave_a_valid_structured_command_alone() {
        assertThat(route("ask", "hello")).containsExactly("ask", "hello");
        assertThat(route("help", "ask")).containsExactly("help", "ask");
    }

    @Test
    void should_set_inherited_global_options_before_or_after_the_subcommand() {
        cl.parseArgs("ask", "--json", "x");
        assertThat(ctx.options().json).isTrue();
        cl.parseArgs("--yes", "ask", "x");
        assertThat(ctx.options().yes).isTrue();
        assertThat(ctx.options().json)
                .as("an earlier position is not reset by the subcommand")
                .isTrue();
    }
}
