package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Values no frame may carry are refused with a reason; the ordinary forms next to them are read. */
class ValueGuardTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final ParseContext CTX = new ParseContext(TODAY, ZoneId.of("UTC"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "log -2 hours on Acme | duration cannot be negative",
                "log minus 30 minutes on Globex | duration cannot be negative",
                // the sign said in words, with the number in words
                "please track minus three hours of research on Initech | duration cannot be negative",
                "log negative one and a half hours on acme | duration cannot be negative",
                "expense minus twenty dollars for the cab | amount cannot be negative",
                "expense $-100 for lunch | amount cannot be negative",
                "exp -25 taxi | amount cannot be negative",
                "payment of minus 80 from Halvorsen | amount cannot be negative",
                "expense -$40 for lunch | amount cannot be negative",
                "log 0 hours on Acme | duration cannot be zero",
                "log time on Acme from 5pm to 3pm | not after the start time",
                "log 2 hours on Acme on Feb 30 | February 30 is not a date",
                "log 2 hours on Acme on 31 April | April 31 is not a date",
                "log 2 hours on Acme on 2026-02-30 | 2026-02-30 is not a date",
                "expense $20 for lunch on 0000-00-00 | 0000-00-00 is not a date",
                "log 2 hours on Acme on 13/45 | 13/45 is not a date",
                "log 2 hours on Acme at 25:00 | 25:00 is not a time of day",
                "log 2 hours on Acme at 13pm | 13pm is not a time of day",
                "expense $1e309 for lunch | not an amount fb can read",
                "log a few hours on Acme | say how many hours or minutes",
                "log 30 hours on Acme | longer than 24 hours",
                "log 2 hours on Acme and send invoice 42 | one request at a time",
            })
    void should_refuse_with_a_reason_when_a_value_is_impossible(String phrase, String reason) {
        // when
        Frame f = new RuleBasedIntentParser().parse(phrase, CTX);

        // then
        assertThat(f.intent()).isEqualTo("unknown");
        assertThat(f.reason()).contains(reason);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "log 2 hours on Acme on Feb 28",
                "log 2 hours on Acme on 14/3",
                "log 10 hours on Acme",
                "how many hours did I log last week",
                "log time on Acme from 11pm to 1am",
                "invoice Acme $500 for the logo and email it to ann@acme.com",
                "log 2 hours on the Apollo 2 project",
                "invoice Acme $900 for setup and training",
            })
    void should_read_the_phrase_when_its_values_are_possible(String phrase) {
        // when
        Frame f = new RuleBasedIntentParser().parse(phrase, CTX);

        // then
        assertThat(f.intent()).isNotEqualTo("unknown");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "log 2 hours on Acme starting at 9am | 09:00",
                "log 2 hours on Acme from 3pm | 15:00",
                "log 90 minutes on Globex from 16:45 | 16:45",
                "log 2 hours on Acme at 9 | 09:00",
                "log 1 hour on Initech at 2 | 14:00",
                "log 3 hours on Acme started at 8:30 | 08:30",
                "log 1 hour on Acme at 9:15pm | 21:15",
                // a clock that reads as a length (h:mm) after a cue, and a bare hour after "from"/"starting"
                "log 2h on Apollo, started 7:45 | 07:45",
                "log 45m on Globex start 14:30 | 14:30",
                "log 2 hours on Acme from 9 | 09:00",
                "log 2 hours on Acme starting 10, design | 10:00",
            })
    void should_read_the_start_time_when_it_is_said_alone(String phrase, String start) {
        // when
        Frame f = new RuleBasedIntentParser().parse(phrase, CTX);

        // then
        assertThat(f.intent()).isEqualTo("time.log");
        assertThat(f.slots().get("start_time")).isEqualTo(LocalTime.parse(start));
    }
}
