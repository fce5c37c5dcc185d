package dev.fbcli.completions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.completions.CompletionModel.Command;
import dev.fbcli.completions.NameCache.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionModelTest {
    private final CompletionModel model = CompletionModel.of(ToyFb.commandLine());

    private Command at(String... path) {
        Command c = model.root();
        for (String p : path) {
            c = c.subcommand(p).orElseThrow(() -> new AssertionError("no " + p));
        }
        return c;
    }

    @Test
    void should_list_visible_subcommands_with_aliases_and_first_description_line() {
        assertThat(model.root().subcommands())
                .extracting(Command::name)
                .containsExactly("invoice", "client", "time", "help");
        Command view = at("invoice", "view");
        assertThat(view.aliases()).containsExactly("show");
        assertThat(view.description()).isEqualTo("One invoice");
        assertThat(at("invoice").subcommand("show")).containsSame(view);
    }

    @Test
    void should_take_choices_from_enums_and_leave_hidden_options_out() {
        Command list = at("invoice", "list");
        assertThat(list.option("--status").orElseThrow().values())
                .isEqualTo(Values.choices(List.of("unpaid", "overdue", "paid")));
        assertThat(list.option("--secret-flag")).isEmpty();
        assertThat(list.option("--older-than").orElseThrow().values().isNone()).isTrue();
        assertThat(list.option("--sandbox").orElseThrow().takesValue())
                .as("inherited flag")
                .isFalse();
        assertThat(list.option("--status").orElseThrow().description()).isEqualTo("One of: unpaid, overdue, paid");
    }

    @Test
    void should_complete_names_for_the_options_and_positionals_that_take_them() {
        assertThat(at("invoice", "list").option("-c").orElseThrow().values())
                .isEqualTo(Values.names(List.of(Kind.CLIENT)));
        assertThat(at("time", "log").option("--target").orElseThrow().values())
                .isEqualTo(Values.names(List.of(Kind.PROJECT, Kind.CLIENT)));
        assertThat(at("time", "log").option("--service").orElseThrow().values())
                .isEqualTo(Values.names(List.of(Kind.SERVICE)));
        assertThat(at("client", "show").positionals()).singleElement().satisfies(p -> assertThat(p.values())
                .isEqualTo(Values.names(List.of(Kind.CLIENT))));
        assertThat(at("invoice", "view").positionals().get(0).values().isNone()).isTrue();
    }

    @Test
    void should_complete_files_for_file_types_and_file_labels() {
        assertThat(at("time", "log").option("--receipt").orElseThrow().values()).isEqualTo(Values.files());
        assertThat(at("time", "log").option("--attach").orElseThrow().values()).isEqualTo(Values.files());
    }

    @Test
    void should_offer_the_other_commands_to_help() {
        assertThat(at("help").positionals().get(0).values())
                .isEqualTo(Values.choices(List.of("invoice", "client", "time")));
    }

    @Test
    void should_write_scripts_that_list_no_hidden_command() {
        for (Shell shell : Shell.values()) {
            String script = shell.script(model);
            assertThat(script).as(shell.name()).contains("invoice").doesNotContain("secret");
        }
    }
}
