package dev.fbcli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/** The global options are read from FbCommand's picocli model, not from a list kept beside it. */
class GlobalFlagsTest {
    private final AppContext ctx = new AppContext(
            Map.of("FB_HOME", "/nonexistent-fb-home"),
            InputStream.nullInputStream(),
            new PrintWriter(Writer.nullWriter()),
            new PrintWriter(Writer.nullWriter()),
            false,
            Clock.systemUTC());
    private final CommandLine cl = new Main(ctx).commandLine();
    private final GlobalFlags globals = GlobalFlags.of(cl.getCommandSpec());

    @Test
    void every_inherited_option_of_the_root_is_global() {
        int seen = 0;
        for (OptionSpec o : cl.getCommandSpec().options()) {
            if (o.scopeType() != ScopeType.INHERIT) {
                continue;
            }
            for (String name : o.names()) {
                assertThat(o.arity().max() == 0 ? globals.isFlag(name) : globals.takesValue(name))
                        .as(name)
                        .isTrue();
                seen++;
            }
        }
        assertThat(seen).isGreaterThanOrEqualTo(10);
    }

    @Test
    void one_letter_flags_may_be_clustered_and_a_value_may_follow_an_equals_sign() {
        assertThat(globals.isFlag("-vv")).isTrue();
        assertThat(globals.isFlag("-vvv")).isTrue();
        assertThat(globals.isFlag("--parser=llm")).isTrue();
        assertThat(globals.name("--parser=llm")).isEqualTo("--parser");
        assertThat(globals.takesValue("--parser")).isTrue();
    }

    @Test
    void a_command_option_or_the_help_is_not_global() {
        assertThat(globals.isFlag("--status")).isFalse();
        assertThat(globals.isFlag("-x")).isFalse();
        assertThat(globals.isFlag("--help")).isFalse();
        assertThat(globals.isRootOption("--help")).isTrue();
        assertThat(globals.isRootOption("-V")).isTrue();
    }

    @Test
    void the_first_word_comes_after_the_global_options_and_their_values() {
        assertThat(globals.firstWord(new String[] {"--sandbox", "--parser", "rules", "-vv", "invoice", "list"}))
                .isEqualTo(4);
        assertThat(globals.onlyGlobal(new String[] {"--sandbox", "--parser", "rules"}))
                .isTrue();
        assertThat(globals.onlyGlobal(new String[] {"--sandbox", "--parser"})).isFalse();
        assertThat(globals.onlyGlobal(new String[] {"--sandbox", "list"})).isFalse();
    }
}
