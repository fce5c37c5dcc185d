package dev.fbcli.cli.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class CsvTest {
    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    @Test
    void moneyBecomesAnAmountAndACurrencyColumn() throws Exception {
        String csv =
                Csv.of(json("{\"invoices\": [{\"id\": 1, \"amount\": {\"amount\": \"1200.00\", \"code\": \"EUR\"}}]}"));
        assertThat(csv).isEqualTo("id,amount,amount_currency\r\n1,1200.00,EUR\r\n");
    }

    @Test
    void quotesOnlyWhatRfc4180Needs() throws Exception {
        String csv = Csv.of(
                json("[{\"a\": \"x, y\", \"b\": \"say \\\"hi\\\"\", \"c\": \"two\\nlines\", \"d\": \"plain text\"}]"));
        assertThat(csv).isEqualTo("a,b,c,d\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\",plain text\r\n");
    }

    @Test
    void balancesInSeveralCurrenciesMakeOneRowEach() throws Exception {
        String csv = Csv.of(
                json(
                        "[{\"id\": 7, \"currency\": \"USD\", \"balances\": {"
                                + "\"outstanding\": [{\"amount\": \"10.00\", \"code\": \"USD\"}, {\"amount\": \"5.00\", \"code\": \"EUR\"}],"
                                + "\"draft\": []}}, {\"id\": 8, \"currency\": \"CAD\", \"balances\": {\"outstanding\": [], \"draft\": []}}]"));
        assertThat(csv)
                .isEqualTo("id,currency,balances_outstanding,balances_draft\r\n"
                        + "7,USD,10.00,0\r\n7,EUR,5.00,0\r\n8,CAD,0,0\r\n");
    }

    @Test
    void aNestedListOfRecordsMakesOneRowPerElementWithTheRecordRepeated() throws Exception {
        String csv = Csv.of(json("{\"currencies\": [{\"currency\": \"EUR\", \"count\": 1, \"months\": ["
                + "{\"month\": \"2026-10\", \"count\": 0}, {\"month\": \"2026-11\", \"count\": 1}]}]}"));
        assertThat(csv).isEqualTo("currency,count,month,months_count\r\n" + "EUR,1,2026-10,0\r\nEUR,1,2026-11,1\r\n");
    }

    @Test
    void nullsAreEmptyCellsAndMissingColumnsToo() throws Exception {
        String csv = Csv.of(json("[{\"a\": null, \"b\": true}, {\"b\": false, \"c\": 2}]"));
        assertThat(csv).isEqualTo("a,b,c\r\n,true,\r\n,false,2\r\n");
    }

    @Test
    void aRecordIsNotTabular() throws Exception {
        assertThat(Csv.tabular(json("{\"id\": 1, \"name\": \"x\"}"))).isFalse();
        assertThatThrownBy(() -> Csv.of(json("{\"id\": 1}"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Csv.of(json("{\"expenses\": []}"))).isEmpty();
    }
}
