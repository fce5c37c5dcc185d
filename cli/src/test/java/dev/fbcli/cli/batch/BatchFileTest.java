package dev.fbcli.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchFileTest {

    @Test
    void should_skip_blank_lines_and_comments_and_number_lines_as_editors_do() {
        // given
        String file = "# a comment\n\nlog 2h on Acme\n   # indented comment\r\n  invoice Globex $500  \n";

        // when
        List<BatchFile.Line> lines = BatchFile.parse(file);

        // then
        assertThat(lines).extracting(BatchFile.Line::number).containsExactly(3, 5);
        assertThat(lines).extracting(BatchFile.Line::text).containsExactly("log 2h on Acme", "invoice Globex $500");
    }

    @Test
    void should_key_a_line_by_its_text_and_occurrence_when_the_same_line_repeats() {
        // when
        List<BatchFile.Line> lines =
                BatchFile.parse("log 1h on Acme\nlog  1h   on Acme\nlog 2h on Acme\nlog 1h on Acme\n");

        // then
        assertThat(lines)
                .extracting(BatchFile.Line::key)
                .containsExactly("1:log 1h on Acme", "2:log 1h on Acme", "1:log 2h on Acme", "3:log 1h on Acme");
    }

    @Test
    void should_keep_the_keys_of_other_lines_when_a_line_is_inserted_or_edited() {
        // given
        List<String> before =
                BatchFile.parse("a\nb\nc\n").stream().map(BatchFile.Line::key).toList();

        // when
        List<String> after = BatchFile.parse("new\na\nB edited\nc\n").stream()
                .map(BatchFile.Line::key)
                .toList();

        // then
        assertThat(after).contains(before.get(0), before.get(2)).doesNotContain(before.get(1));
    }

    @Test
    void should_ignore_a_byte_order_mark() {
        assertThat(BatchFile.parse("\uFEFFlog 1h on Acme"))
                .extracting(BatchFile.Line::text)
                .containsExactly("log 1h on Acme");
    }
}
