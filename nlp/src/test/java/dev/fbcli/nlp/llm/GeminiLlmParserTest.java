package dev.fbcli.nlp.llm;

import static dev.fbcli.nlp.llm.FakeProviderServer.GEMINI_429;
import static dev.fbcli.nlp.llm.FakeProviderServer.geminiText;
import static dev.fbcli.nlp.llm.LlmTestSupport.CTX;
import static dev.fbcli.nlp.llm.LlmTestSupport.KEY;
import static dev.fbcli.nlp.llm.LlmTestSupport.NAMES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.llm.FakeProviderServer.Reply;
import dev.fbcli.nlp.llm.FakeProviderServer.Request;
import dev.fbcli.nlp.parse.LlmIntentParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** LangChain4j's real Gemini client against a local server that speaks generateContent with a response schema. */
class GeminiLlmParserTest {
    FakeProviderServer server;
    final List<String> notices = new ArrayList<>();
    final List<Long> pauses = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new FakeProviderServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    LlmIntentParser parser() {
        LlmConfig c = new LlmConfig(LlmProvider.GEMINI, null, server.url("/v1beta"), null, null, KEY);
        return LlmTestSupport.parser(c, NAMES, notices, pauses);
    }

    @Test
    void should_send_a_response_schema_and_read_the_frame_when_gemini_answers() {
        // given
        server.reply(
                Reply.json(
                        geminiText(
                                "{\"intent\": \"expense.list\", \"category\": \"travel\", \"period\": \"last month\", \"confidence\": 0.88}")));

        // when
        Frame f = parser().parse("how much did trips cost me in travel last month", CTX);

        // then: the request
        Request r = server.only();
        assertThat(r.path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
        assertThat(r.header("x-goog-api-key")).isEqualTo(KEY);
        JsonNode body = r.json();
        JsonNode gen = body.path("generationConfig");
        assertThat(gen.path("responseMimeType").asText()).isEqualTo("application/json");
        JsonNode schema = gen.has("responseJsonSchema") ? gen.path("responseJsonSchema") : gen.path("responseSchema");
        assertThat(schema.path("properties").path("intent").path("enum").toString())
                .contains("\"expense.list\"");
        assertThat(gen.path("temperature").asDouble()).isZero();
        assertThat(body.path("systemInstruction").toString())
                .contains("Today is Tuesday 2026-11-24 in the time zone America/Toronto")
                .contains("Office Supplies");
        assertThat(body.path("contents")
                        .get(0)
                        .path("parts")
                        .get(0)
                        .path("text")
                        .asText())
                .isEqualTo("Request: how much did trips cost me in travel last month");

        // then: the frame; the span read by the date extractor
        assertThat(f.intent()).isEqualTo("expense.list");
        assertThat(f.slots())
                .containsEntry("category", "travel")
                .containsEntry("date_from", LocalDate.parse("2026-10-01"))
                .containsEntry("date_to", LocalDate.parse("2026-10-31"));
        assertThat(f.confidence()).isEqualTo(0.88);
    }

    @Test
    void should_fail_clearly_and_say_so_once_when_the_quota_is_exhausted_twice() {
        // given
        server.reply(Reply.error(429, GEMINI_429)).reply(Reply.error(429, GEMINI_429));

        // when
        Frame f = parser().parse("how much did trips cost me last month", CTX);

        // then
        assertThat(server.requests()).hasSize(2);
        assertThat(f.isUnknown()).isTrue();
        assertThat(notices).containsExactly("gemini gemini-2.5-flash refused: too many requests (429)");
    }

    @Test
    void should_reject_a_frame_that_breaks_an_invariant_when_the_model_computes_a_30_hour_entry() {
        // given: twice the same impossible entry
        String bad = geminiText("{\"intent\": \"time.log\", \"duration\": \"30 hours\", \"target\": \"Acme\"}");
        server.reply(Reply.json(bad)).reply(Reply.json(bad));

        // when
        LlmIntentParser.Outcome o = parser().attempt("log 30 hours on Acme", CTX);

        // then
        assertThat(o.ok()).isFalse();
        assertThat(o.failure())
                .startsWith("gemini gemini-2.5-flash's answer was not a valid frame: not a valid time.log:");
    }
}
