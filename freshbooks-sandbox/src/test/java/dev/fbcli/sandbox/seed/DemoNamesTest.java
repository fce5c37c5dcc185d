package dev.fbcli.sandbox.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** demo-names.txt says the same names as demo-account.json, in its order. */
class DemoNamesTest {

    @Test
    void should_list_the_names_of_the_demo_account_file() throws Exception {
        JsonNode acct = DemoAccount.load(null);
        var names = DemoNames.read();
        assertThat(names.get("client")).isEqualTo(field(acct, "clients", "organization"));
        assertThat(names.get("project")).isEqualTo(field(acct, "projects", "title"));
        assertThat(names.get("service")).isEqualTo(field(acct, "services", "name"));
        assertThat(names.get("category")).isEqualTo(field(acct, "expense_categories", "category"));
        List<String> vendors = new ArrayList<>();
        for (String v : field(acct, "expenses", "vendor")) {
            if (!vendors.contains(v)) {
                vendors.add(v);
            }
        }
        assertThat(names.get("vendor")).isEqualTo(vendors);
        assertThat(names.get("client")).contains("Acme Corp", "Globex Inc");
    }

    private static List<String> field(JsonNode acct, String list, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : acct.get(list)) {
            out.add(n.get(field).asText());
        }
        return out;
    }
}
