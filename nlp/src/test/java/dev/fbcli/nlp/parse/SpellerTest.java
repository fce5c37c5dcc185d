package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpellerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "tuseday, tuesday",
        "wendesday, wednesday",
        "thrusday, thursday",
        "fridya, friday",
        "yesturday, yesterday",
        "yesteday, yesterday",
        "tommorow, tomorrow",
        "tomorow, tomorrow",
        "febuary, february",
        "septmber, september",
        "minuets, minutes",
        "minuts, minutes",
        "mintues, minutes",
        "hourss, hours",
        "hrss, hrs",
        "logg, log",
        "horus, hours",
        "recored, record",
        "invioce, invoice",
        "invocie, invoice",
        "unpiad, unpaid",
        "overdeu, overdue",
        "clinets, clients",
        "porjects, projects",
        "entires, entries",
        "lgo, log",
        "lsit, list",
        "stpo, stop",
        "strat, start"
    })
    void should_read_the_vocabulary_word_when_a_word_has_a_typo(String typo, String word) {
        assertThat(Speller.vocabulary().correct(typo)).isEqualTo(word);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "smart",
                "stark",
                "mouth",
                "snow",
                "yeah",
                "form",
                "house",
                "acme",
                "globex",
                "initech",
                "design",
                "tuesday",
                "hours",
                "ab",
                "dog",
                "homepage",
                "mockups",
                "Tuseday",
                "tues-day",
                "2hrs",
                "abcdefghijklmnopqrstuvwxyzabcd"
            })
    void should_leave_the_word_alone_when_it_is_a_word_a_name_or_not_a_plain_word(String word) {
        assertThat(Speller.vocabulary().correct(word)).isNull();
    }

    @Test
    void should_prefer_the_closer_word_then_the_one_listed_first_when_several_are_near() {
        // given
        Speller s = new Speller(List.of("abcdef", "abcdeg", "abcxyz"), Set.of());

        // when / then
        assertThat(s.correct("abcdex")).as("a tie: the first listed").isEqualTo("abcdef");
        assertThat(s.correct("abcdeg")).as("a known word").isNull();
        assertThat(s.correct("abcxy")).as("one delete").isEqualTo("abcxyz");
    }

    @Test
    void should_leave_a_protected_word_alone_when_it_is_near_a_vocabulary_word() {
        // given
        Speller s = new Speller(List.of("start"), Set.of("smart"));

        // when / then
        assertThat(s.correct("smart")).isNull();
        assertThat(s.correct("sttart")).isEqualTo("start");
    }

    @Test
    void should_allow_two_edits_from_seven_letters_and_one_below() {
        // given
        Speller s = new Speller(List.of("abcdefgh", "abcde"), Set.of());

        // when / then
        assertThat(s.correct("abxdefxh")).as("8 letters, 2 edits").isEqualTo("abcdefgh");
        assertThat(s.correct("abxdx")).as("5 letters, 2 edits").isNull();
        assertThat(s.correct("abxde")).as("5 letters, 1 edit").isEqualTo("abcde");
    }

    @Test
    void should_correct_short_words_only_by_a_swap_of_neighbours() {
        // given
        Speller s = new Speller(List.of("log", "list"), Set.of());

        // when / then
        assertThat(s.correct("lgo")).isEqualTo("log");
        assertThat(s.correct("lag")).as("a substitution in 3 letters").isNull();
        assertThat(s.correct("lsit")).isEqualTo("list");
        assertThat(s.correct("lost")).as("a substitution in 4 letters").isNull();
        assertThat(s.correct("lists")).as("one letter more").isEqualTo("list");
    }

    @Test
    void should_need_the_same_first_letter_unless_the_first_two_are_swapped() {
        // given
        Speller s = new Speller(List.of("invoice"), Set.of());

        // when / then
        assertThat(s.correct("nivoice")).isEqualTo("invoice");
        assertThat(s.correct("envoice")).isNull();
    }

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({"ca, ac, 1", "tommorow, tomorrow, 2", "kitten, sitting, 3", "abc, abc, 0", "abcdef, a, 3"})
    void should_count_the_optimal_string_alignment_distance_capped_at_max_plus_one(String a, String b, int d) {
        assertThat(Speller.distance(a, b, 2)).isEqualTo(d);
    }

    @org.junit.jupiter.api.Test
    void should_read_a_doubled_letter_in_the_wrong_place_when_one_word_has_those_letters() {
        Speller names = new Speller(java.util.List.of("apollo", "initech", "globex"), java.util.Set.of());
        org.assertj.core.api.Assertions.assertThat(names.correct("appolo")).isEqualTo("apollo");
        org.assertj.core.api.Assertions.assertThat(names.correct("inittech")).isEqualTo("initech");
        org.assertj.core.api.Assertions.assertThat(names.correct("aplo")).isNull();
    }
}
