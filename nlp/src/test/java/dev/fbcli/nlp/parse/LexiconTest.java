package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "lgo, log",
        "invocie, invoice",
        "udpate, update",
        "strat, start",
        "stpo, stop",
        "sned, send",
        "lsit, list",
        "exepnse, expense",
        "asign, assign",
        "clinet, client",
        "porject, project",
        "timr, timer",
        "shwo, show",
        "recrod, record",
        "invoce, invoice"
    })
    void should_correct_the_keyword_when_a_verb_or_noun_has_a_small_typo(String typo, String word) {
        String fixed = Lexicon.correct(typo);
        assertThat(fixed == null ? Lexicon.lemma(typo) : Lexicon.lemma(fixed)).isEqualTo(Lexicon.lemma(word));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "last", "past", "lost", "sent", "bill", "mark", "time", "acme", "dog", "stark", "test", "lot", "logo",
                "slog", "globex", "initech"
            })
    void should_leave_the_word_alone_when_it_is_a_word_or_a_name(String word) {
        assertThat(Lexicon.correct(word)).isNull();
    }
}
