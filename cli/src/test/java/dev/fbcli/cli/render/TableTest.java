package dev.fbcli.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void should_align_columns_and_numbers_when_rendered() {
        Table t = new Table("NUMBER", "CLIENT", "OUTSTANDING").alignRight(2);
        t.row("0002", "Acme Corp", "1500.00");
        t.row("0010", "Globex Inc", "0.00");

        assertThat(t.render(false))
                .isEqualTo(
                        """
                NUMBER  CLIENT      OUTSTANDING
                0002    Acme Corp       1500.00
                0010    Globex Inc         0.00
                """);
    }

    @Test
    void should_quote_csv_cells_that_need_it() {
        Table t = new Table("a", "b");
        t.row("x,y", "say \"hi\"");

        assertThat(t.toCsv()).isEqualTo("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n");
    }
}
