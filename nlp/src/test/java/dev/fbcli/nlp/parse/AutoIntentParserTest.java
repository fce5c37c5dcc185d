package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.llm.FrameModel;
import dev.fbcli.nlp.llm.LlmException;
import dev.fbcli.nlp.llm.LlmPrompt;
import dev.fbcli.nlp.llm.OutputMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@code --parser auto} over the real rules parser and a scripted model at our own port ({@link FrameModel}). */
class AutoIntentParserTest {
    static final ParseContext CTX = new ParseContext(LocalDate.parse("2026-11-24"), ZoneId.of("UTC"));

    /** Answers in order; a {@link RuntimeException} in the script is thrown instead. */
    static final class ScriptedModel implements FrameModel {
        final Deque<Object> script = new ArrayDeque<>();
        final List<LlmPrompt> asked = new ArrayList<>();

        ScriptedModel then(Object answerOrFailure) {
            script.add(answerOrFailure);
            return this;
        }

        @Override
        public String propose(LlmPrompt prompt) {
            asked.add(prompt);
            Object next = script.poll();
            if (next instanceof RuntimeException e) {
                throw e;
            }
            if (next == null) {
                throw new AssertionError("the model was asked more often than scripted");
            }
            return (String) next;
        }

        @Override
        public String describe() {
            return "scripted model";
        }
    }

    final List<String> notices = new ArrayList<>();
    final AtomicInteger made = new AtomicInteger();

    AutoIntentParser auto(ScriptedModel model) {
        Supplier<LlmIntentParser> llm = () -> {
            made.incrementAndGet();
            return new LlmIntentParser(model, OutputMode.SCHEMA, AccountNames::none, notices::add, ms -> {});
        };
        return new AutoIntentParser(new RuleBasedIntentParser(), llm, notices::add);
    }

    @Test
    void should_never_make_the_llm_parser_when_the_rules_are_confident() {
        // when
        Frame f = auto(new ScriptedModel()).parse("log 3 hours of design on Acme yesterday", CTX);

        // then
        assertThat(f.parser()).isEqualTo("rules");
        assertThat(made).hasValue(0);
    }

    @Test
    void should_take_the_llm_frame_when_the_rules_are_unsure() {
        // given: the rules read "any overdue invoices I should chase?" with "chase" as a client, below 0.8
        ScriptedModel model =
                new ScriptedModel().then("{\"intent\":\"invoice.list\",\"status\":\"overdue\",\"confidence\":0.9}");

        // when
        Frame f = auto(model).parse("any overdue invoices I should chase?", CTX);

        // then
        assertThat(f.intent()).isEqualTo("invoice.list");
        assertThat(f.slots()).doesNotContainKey("client");
        assertThat(f.parser()).isEqualTo("llm");
        assertThat(model.asked).hasSize(1);
    }

    @Test
    void should_take_the_llm_frame_when_the_rules_do_not_understand() {
        ScriptedModel model = new ScriptedModel().then("{\"intent\":\"invoice.list\",\"status\":\"overdue\"}");

        Frame f = auto(model).parse("which of my bills are late", CTX);

        assertThat(f.intent()).isEqualTo("invoice.list");
        assertThat(f.slots()).containsEntry("status", "overdue");
        assertThat(f.parser()).isEqualTo("llm");
    }

    @Test
    void should_keep_the_unsure_rules_reading_when_the_llm_sees_no_request() {
        ScriptedModel model = new ScriptedModel().then("{\"intent\":\"unknown\"}");

        Frame f = auto(model).parse("clock me in on Globex, research", CTX);

        assertThat(f.intent()).isEqualTo("timer.start");
        assertThat(f.parser()).isEqualTo("rules");
        assertThat(f.confidence()).isLessThan(AutoIntentParser.THRESHOLD);
    }

    @Test
    void should_fall_back_to_the_rules_frame_and_say_why_when_the_llm_fails() {
        ScriptedModel model = new ScriptedModel()
                .then(new LlmException(LlmException.Kind.TIMEOUT, "scripted model did not answer in time"));

        Frame f = auto(model).parse("any overdue invoices I should chase?", CTX);

        assertThat(f.parser()).isEqualTo("rules");
        assertThat(f.intent()).isEqualTo("invoice.list");
        assertThat(notices).containsExactly("scripted model did not answer in time; using the offline reading");
    }

    @Test
    void should_say_once_and_use_the_rules_when_the_llm_parser_cannot_be_made() {
        // given
        AutoIntentParser auto = new AutoIntentParser(
                new RuleBasedIntentParser(),
                () -> {
                    made.incrementAndGet();
                    throw new IllegalArgumentException("no API key for openai");
                },
                notices::add);

        // when
        Frame a = auto.parse("which of my bills are late", CTX);
        Frame b = auto.parse("any overdue invoices I should chase?", CTX);

        // then
        assertThat(a.isUnknown()).isTrue();
        assertThat(b.parser()).isEqualTo("rules");
        assertThat(made).hasValue(1);
        assertThat(notices).containsExactly("no API key for openai; using the offline reading");
    }

    @Test
    void should_not_ask_the_model_twice_when_the_same_phrase_is_read_again_the_same_day() {
        ScriptedModel model = new ScriptedModel().then("{\"intent\":\"invoice.list\",\"status\":\"overdue\"}");
        AutoIntentParser auto = auto(model);

        Frame a = auto.parse("which of my bills are late", CTX);
        Frame b = auto.parse("which of my bills are late", new ParseContext(CTX.today(), ZoneId.of("Asia/Tokyo")));

        assertThat(b).isEqualTo(a);
        assertThat(model.asked).hasSize(1);
    }

    @Test
    void should_not_call_the_model_when_the_phrase_is_too_long() {
        ScriptedModel model = new ScriptedModel();
        LlmIntentParser p = new LlmIntentParser(model, OutputMode.SCHEMA, null, null, ms -> {});

        Frame f = p.parse("x".repeat(RuleBasedIntentParser.MAX_INPUT + 1), CTX);

        assertThat(f.isUnknown()).isTrue();
        assertThat(model.asked).isEmpty();
    }
}
