package dev.fbcli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShellWordsTest {
    @Test
    void should_split_like_a_shell_without_expanding_anything() {
        assertThat(ShellWords.split("fb time log --project 'Website Redesign' --note \"say \\\"hi\\\"\" $HOME a\\ b"))
                .containsExactly(
                        "fb", "time", "log", "--project", "Website Redesign", "--note", "say \"hi\"", "$HOME", "a b");
        assertThat(ShellWords.split("  ")).isEmpty();
        assertThat(ShellWords.split("'it'\\''s'")).containsExactly("it's");
        assertThat(ShellWords.split("''")).containsExactly("");
    }
}
