package dev.fbcli.freshbooks.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fbcli.freshbooks.ResponseFormatException;
import dev.fbcli.freshbooks.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Wire#parseLean}: the same tree as {@link Wire#parse}, less meta's nested values. */
class LeanJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** What parseLean must give: the full parse, with the nested values of a top-level object member removed. */
    private static JsonNode reference(String body, String member) {
        JsonNode full = Wire.parse(body);
        if (full.isObject() && full.path(member).isObject()) {
            ObjectNode m = (ObjectNode) full.get(member);
            List<String> nested = new ArrayList<>();
            m.properties().forEach(e -> {
                if (e.getValue().isContainerNode()) nested.add(e.getKey());
            });
            m.remove(nested);
        }
        return full;
    }

    private static JsonNode lean(String body) {
        return Wire.parseLean(body.getBytes(StandardCharsets.UTF_8), "meta");
    }

    @Test
    void should_keep_the_entries_and_meta_plain_values_of_the_recorded_page() {
        // given: FreshBooks' time-entry list, with per-member, per-client and per-day totals in meta
        String body = Fixtures.read("time_entries_list.json");
        // when
        JsonNode lean = lean(body);
        // then
        assertThat(lean).isEqualTo(reference(body, "meta"));
        assertThat(lean.get("meta").fieldNames())
                .toIterable()
                .containsExactly("total", "per_page", "page", "pages", "total_logged", "total_unbilled");
        assertThat(lean.get("time_entries").size()).isEqualTo(2);
        assertThat(lean.at("/time_entries/0/timer/id").asLong()).isEqualTo(152300);
    }

    @Test
    void should_equal_the_full_parse_less_meta_nesting_on_random_bodies() {
        Random r = new Random(17);
        for (int n = 0; n < 2000; n++) {
            // given: an object with a meta object (or not), strings full of quotes, escapes and brackets
            ObjectNode root = F.objectNode();
            int members = r.nextInt(4);
            for (int m = 0; m < members; m++) root.set(word(r), value(r, 3));
            if (r.nextInt(5) > 0) {
                ObjectNode meta = F.objectNode();
                for (int m = r.nextInt(6); m > 0; m--) meta.set(word(r), value(r, 4));
                root.set("meta", r.nextInt(10) == 0 ? value(r, 2) : meta);
            }
            root.set("time_entries", value(r, 3));
            String body = spaced(root.toString(), r);
            // when / then
            assertThat(lean(body)).as(body).isEqualTo(reference(body, "meta"));
        }
    }

    @Test
    void should_step_over_totals_repeated_page_after_page_and_notice_when_they_change() {
        // given: long breakdowns (remembered once skipped), the same on pages 1 to 3, then changed
        StringBuilder days = new StringBuilder("[");
        for (int d = 0; d < 400; d++) {
            days.append(d == 0 ? "" : ",")
                    .append("{\"date\":\"2026-01-")
                    .append(d)
                    .append("\",\"total_logged\":3600}");
        }
        String same = days + "]";
        List<String> totals = List.of(
                same,
                same,
                same,
                same.replace("\"total_logged\":3600}]", "\"total_logged\":3601}]"), // one digit changed
                same.substring(0, same.length() - 1) + ",{\"date\":\"x]\\\"[\"}]", // more after the same bytes
                same.replace("2026-01-7", "2026-01-\\\"]")); // a quote and bracket inside a string
        int page = 0;
        for (String perDay : totals) {
            page++;
            String body = "{\"meta\":{\"total\":999,\"page\":" + page + ",\"total_logged_per_day\":" + perDay
                    + ",\"total_logged\":" + page + "},\"time_entries\":[{\"id\":" + page + "}]}";
            // when / then
            JsonNode lean = lean(body);
            assertThat(lean).as("page %d", page).isEqualTo(reference(body, "meta"));
            assertThat(lean.at("/meta/total_logged").asInt()).isEqualTo(page);
            assertThat(lean.at("/time_entries/0/id").asInt()).isEqualTo(page);
        }
    }

    @Test
    void should_read_a_body_that_is_not_an_object_as_parse_does() {
        for (String body : List.of("[1,{\"meta\":{\"a\":[1]}}]", "  \"text\" ", "42")) {
            assertThat(lean(body)).as(body).isEqualTo(Wire.parse(body));
        }
    }

    @Test
    void should_refuse_every_truncated_body_as_parse_does() {
        String body = "{\"meta\":{\"total\":2,\"by\":[{\"k\":\"a\\\"]}\"}],\"x\":null},\"time_entries\":[{\"id\":1}]}";
        assertThat(lean(body)).isEqualTo(reference(body, "meta"));
        for (int cut = 1; cut < body.length(); cut++) {
            String part = body.substring(0, cut);
            assertThatThrownBy(() -> lean(part)).as(part).isInstanceOf(ResponseFormatException.class);
            assertThatThrownBy(() -> Wire.parse(part)).as(part).isInstanceOf(ResponseFormatException.class);
        }
    }

    @Test
    void should_refuse_a_malformed_plain_value() {
        String body = "{\"meta\":{\"total\":tru,\"by\":[]},\"time_entries\":[]}";
        assertThatThrownBy(() -> lean(body)).isInstanceOf(ResponseFormatException.class);
    }

    private static final String[] SPACES = {" ", "\n", "\t", "\r\n  "};
    private static final String[] PIECES = {
        "a", "meta", "\"", "\\", "[", "]", "{", "}", ",", ":", " ", "é", "😀", "\n", "\u0001"
    };

    private static String word(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(5); i > 0; i--) sb.append(PIECES[r.nextInt(PIECES.length)]);
        return sb.toString();
    }

    private static JsonNode value(Random r, int depth) {
        int kind = r.nextInt(depth > 0 ? 8 : 6);
        switch (kind) {
            case 0:
                return F.textNode(word(r));
            case 1:
                return F.numberNode(r.nextInt(2_000_000) - 1_000_000);
            case 2:
                return F.numberNode(r.nextDouble() * 1e6);
            case 3:
                return F.booleanNode(r.nextBoolean());
            case 4:
                return F.nullNode();
            case 5:
                return F.numberNode(r.nextLong());
            case 6: {
                ArrayNode a = F.arrayNode();
                for (int i = r.nextInt(4); i > 0; i--) a.add(value(r, depth - 1));
                return a;
            }
            default: {
                ObjectNode o = F.objectNode();
                for (int i = r.nextInt(4); i > 0; i--) o.set(word(r), value(r, depth - 1));
                return o;
            }
        }
    }

    /** The JSON text with whitespace added between tokens (outside strings) now and then. */
    private static String spaced(String json, Random r) {
        List<String> out = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            out.add(String.valueOf(c));
            if (inString) {
                if (c == '\\') {
                    out.add(String.valueOf(json.charAt(++i)));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            }
            if (!inString && "{}[],:".indexOf(c) >= 0 && r.nextInt(4) == 0) out.add(SPACES[r.nextInt(SPACES.length)]);
        }
        return (r.nextBoolean() ? " \n" : "") + String.join("", out) + (r.nextBoolean() ? "\n" : "");
    }
}
