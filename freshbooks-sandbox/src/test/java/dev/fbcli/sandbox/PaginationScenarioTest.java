package dev.fbcli.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pagination over 250 records: page/per_page, the 100 cap, page 0, past the end, unknown filters. */
class PaginationScenarioTest {

    @Test
    void should_page_through_250_clients(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            // given: 8 seeded + 242 new clients = 250
            for (int i = 0; i < 242; i++) {
                assertThat(sb.post(
                                        Sandbox.ACCT + "/users/clients",
                                        Sandbox.json("{'client':{'organization':'Org " + i + "','email':'c" + i
                                                + "@example.com'}}"))
                                .status())
                        .isEqualTo(200);
            }
            String base = Sandbox.ACCT + "/users/clients";

            // when / then
            JsonNode dflt = sb.get(base).json().at("/response/result");
            assertThat(dflt.get("per_page").asInt()).isEqualTo(15);
            assertThat(dflt.get("total").asInt()).isEqualTo(250);
            assertThat(dflt.get("pages").asInt()).isEqualTo(17);

            Set<Long> seen = new HashSet<>();
            for (int page = 1; page <= 3; page++) {
                JsonNode r =
                        sb.get(base + "?page=" + page + "&per_page=500").json().at("/response/result");
                assertThat(r.get("per_page").asInt()).as("capped").isEqualTo(100);
                assertThat(r.get("pages").asInt()).isEqualTo(3);
                assertThat(r.get("page").asInt()).isEqualTo(page);
                r.get("clients").forEach(c -> seen.add(c.get("id").asLong()));
            }
            assertThat(seen).hasSize(250);

            JsonNode zero = sb.get(base + "?page=0&per_page=100").json().at("/response/result");
            assertThat(zero.get("page").asInt()).isEqualTo(1);
            assertThat(zero.get("clients")).hasSize(100);
            JsonNode past = sb.get(base + "?page=9&per_page=100").json().at("/response/result");
            assertThat(past.get("clients")).isEmpty();
            assertThat(past.get("total").asInt()).isEqualTo(250);

            // unknown search keys are ignored; *_like keys filter
            assertThat(sb.get(base + "?search[fname]=Rita&search[nonsense]=1")
                            .json()
                            .at("/response/result/total")
                            .asInt())
                    .isEqualTo(250);
            assertThat(sb.get(base + "?search%5Borganization_like%5D=umbrella")
                            .json()
                            .at("/response/result/total")
                            .asInt())
                    .isEqualTo(2);
            assertThat(sb.get(base + "?page=abc").status()).isEqualTo(400);
        }
    }

    @Test
    void should_page_project_like_lists_with_meta(@TempDir Path dir) {
        try (Sandbox sb = Sandbox.start(dir)) {
            String te = "/timetracking/business/" + Sandbox.BIZ + "/time_entries";
            JsonNode meta = sb.get(te + "?team=true&per_page=4&page=3").json().get("meta");
            assertThat(meta.get("total").asInt()).isEqualTo(10);
            assertThat(meta.get("pages").asInt()).isEqualTo(3);
            JsonNode services =
                    sb.get("/comments/business/" + Sandbox.BIZ + "/services").json();
            assertThat(services.at("/meta/per_page").asInt()).isEqualTo(50);
            assertThat(services.get("services")).hasSize(10);
        }
    }
}
