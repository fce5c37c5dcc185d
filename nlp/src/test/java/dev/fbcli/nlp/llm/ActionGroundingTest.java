package dev.fbcli.nlp.llm;

import static dev.fbcli.nlp.llm.LlmTestSupport.CTX;
import static dev.fbcli.nlp.llm.LlmTestSupport.NAMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.nlp.intent.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, item 3: the LLM tier does not trust what the model says about what to do. The intent
 * and every action-changing flag must be said in the phrase, or the frame's confidence stays below
 * the line a script acts on (0.8); a missing confidence is below it too; a remote base URL is https.
 */
class ActionGroundingTest {
    private static final double ACT_WITHOUT_ASKING = 0.8;

    private static Frame read(String answer, String phrase) {
        return ProposalReader.read(answer, phrase, CTX, NAMES);
    }

    @Test
    void should_doubt_an_invoice_send_the_phrase_does_not_ask_for() {
        Frame f = read(
                "{\"intent\":\"invoice.send\",\"invoice\":\"0002\",\"confidence\":0.95}", "acme latest bill thingy");

        assertThat(f.type().wire()).isEqualTo("invoice.send");
        assertThat(f.confidence()).isLessThan(ACT_WITHOUT_ASKING);
    }

    @Test
    void should_trust_an_invoice_send_the_phrase_asks_for() {
        Frame f = read("{\"intent\":\"invoice.send\",\"invoice\":\"0002\",\"confidence\":0.95}", "email invoice 0002");

        assertThat(f.confidence()).isGreaterThanOrEqualTo(ACT_WITHOUT_ASKING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"intent\":\"invoice.create\",\"client\":\"Acme\",\"total\":\"$100\",\"send\":true,"
                        + "\"confidence\":0.95} | invoice Acme $100",
                "{\"intent\":\"payment.record\",\"invoice\":\"0002\",\"confidence\":0.95} | invoice 0002 thingy",
            })
    void should_doubt_a_flag_or_a_write_the_phrase_does_not_say(String answer, String phrase) {
        assertThat(read(answer, phrase).confidence()).isLessThan(ACT_WITHOUT_ASKING);
    }

    @Test
    void should_not_take_a_missing_confidence_as_sure() {
        Frame f = read("{\"intent\":\"invoice.list\",\"status\":\"overdue\"}", "show overdue invoices");

        assertThat(f.confidence()).isEqualTo(ProposalReader.DEFAULT_CONFIDENCE).isLessThan(ACT_WITHOUT_ASKING);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://llm.example.com/v1",
                "http://10.0.0.5:11434/v1",
                "http://localhost.evil.example/v1",
                "http://user@8.8.8.8/v1"
            })
    void should_refuse_plain_http_to_another_machine(String url) {
        assertThatThrownBy(() -> new LlmConfig(LlmProvider.OPENAI, null, url, null, null, "k"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be https://");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://api.example.com/v1",
                "http://localhost:11434/v1",
                "http://127.0.0.1:8080",
                "http://[::1]:11434/v1"
            })
    void should_accept_https_and_plain_http_to_this_machine(String url) {
        assertThat(new LlmConfig(LlmProvider.OPENAI, null, url, null, null, "k").baseUrl())
                .isEqualTo(url);
    }
}
