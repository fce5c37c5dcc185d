package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationExtractorTest {

    @ParameterizedTest(name = "{0} = {1} min")
    @CsvSource(
            delimiter = '|',
            value = {
                "3 hours|180",
                "2.5h|150",
                "1:30|90",
                "0:45|45",
                "an hour and a half|90",
                "2h15m|135",
                "2h 15m|135",
                "1h30|90",
                "90 minutes|90",
                "45 min|45",
                "45m|45",
                "half an hour|30",
                "half hour|30",
                "a quarter of an hour|15",
                "three quarters of an hour|45",
                "three and a half hours|210",
                "one and a half hours|90",
                "2 hours 30 minutes|150",
                "2 hours and 15 minutes|135",
                "an hour|60",
                "two hours|120",
                "4 hrs|240",
                "1.75 hours|105",
                "forty-five minutes|45",
                "a couple of hours|120",
                "3 h|180",
                "6hr|360",
            })
    void should_count_minutes_when_a_length_of_time_is_said(String text, int minutes) {
        assertThat(DurationExtractor.parseMinutes(text)).isEqualTo(minutes);
    }

    @ParameterizedTest(name = "{0} = {1} min from {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "from 9 to 11:30|150|09:00",
                "from 1pm to 3:30pm|150|13:00",
                "8:30 to 12|210|08:30",
                "from 2 to 4|120|14:00",
                "from 11 to 2|180|11:00",
                "9am-5pm|480|09:00",
                "between 10 and 12|120|10:00",
                "from 10:15 until 11|45|10:15",
                "from 1 to 3pm|120|13:00",
                "from 11pm to 11:30pm|30|23:00",
            })
    void should_give_the_length_and_start_when_a_clock_range_is_said(String text, int minutes, String start) {
        List<Span<DurationExtractor.DurationMention>> all = DurationExtractor.findAll("log " + text + " on Acme");

        assertThat(all).hasSize(1);
        assertThat(all.get(0).value().minutes()).isEqualTo(minutes);
        assertThat(all.get(0).value().start()).isEqualTo(LocalTime.parse(start));
    }

    @ParameterizedTest
    @CsvSource({
        "net 30",
        "invoice 57",
        "due in 15 days",
        "2026-11-02",
        "3 to 5 days",
        "at 10:30",
        "416-555-0199",
        "$120/hour",
        "version 1.2"
    })
    void should_find_no_duration_when_numbers_mean_something_else(String text) {
        assertThat(DurationExtractor.findAll(text)).isEmpty();
    }

    @Test
    void should_not_read_an_hour_inside_half_an_hour_when_both_could_match() {
        List<Span<DurationExtractor.DurationMention>> all = DurationExtractor.findAll("log half an hour on Acme");

        assertThat(all).extracting(s -> s.value().minutes()).containsExactly(30);
    }
}
