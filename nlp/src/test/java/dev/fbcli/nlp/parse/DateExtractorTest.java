package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date rules of INTENTS.md, then the same rules where months and years turn, and around DST. */
class DateExtractorTest {
    /** A Tuesday. */
    private static final LocalDate TUE = LocalDate.parse("2026-11-24");

    private static DateExtractor.DateMention one(LocalDate today, String text) {
        List<Span<DateExtractor.DateMention>> all = new DateExtractor(today).findAll(text);
        assertThat(all).as("date mentions in '%s'", text).hasSize(1);
        return all.get(0).value();
    }

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "today|2026-11-24|2026-11-24",
                "yesterday|2026-11-23|2026-11-23",
                "two days ago|2026-11-22|2026-11-22",
                "3 days ago|2026-11-21|2026-11-21",
                "the day before yesterday|2026-11-22|2026-11-22",
                "Friday|2026-11-20|2026-11-20",
                "last Friday|2026-11-20|2026-11-20",
                "Monday|2026-11-23|2026-11-23",
                "on Tuesday|2026-11-17|2026-11-17",
                "this week|2026-11-23|2026-11-29",
                "last week|2026-11-16|2026-11-22",
                "this month|2026-11-01|2026-11-30",
                "last month|2026-10-01|2026-10-31",
                "in October|2026-10-01|2026-10-31",
                "in December|2025-12-01|2025-12-31",
                "the last 7 days|2026-11-18|2026-11-24",
                "past 7 days|2026-11-18|2026-11-24",
                "the past 14 days|2026-11-11|2026-11-24",
                "since Monday|2026-11-23|2026-11-24",
                "this year|2026-01-01|2026-12-31",
                "last year|2025-01-01|2025-12-31",
                "this morning|2026-11-24|2026-11-24",
                "tonight|2026-11-24|2026-11-24",
                "2026-11-02|2026-11-02|2026-11-02",
                "Nov 3|2026-11-03|2026-11-03",
                "November 30|2025-11-30|2025-11-30",
                "3rd of November|2026-11-03|2026-11-03",
                "11/20|2026-11-20|2026-11-20",
                "on the 20th|2026-11-20|2026-11-20",
                "year to date|2026-01-01|2026-11-24",
                "next week|2026-11-30|2026-12-06",
            })
    void should_resolve_the_rule_of_intents_md_when_today_is_tuesday_2026_11_24(String text, String from, String to) {
        DateExtractor.DateMention d = one(TUE, text);

        assertThat(d.from()).isEqualTo(from);
        assertThat(d.to()).isEqualTo(to);
    }

    @ParameterizedTest(name = "due {0} -> {1}")
    @CsvSource({
        "March 31, 2027-03-31",
        "December 15, 2026-12-15",
        "November 24, 2026-11-24",
        "Friday, 2026-11-27",
        "next Friday, 2026-11-27",
        "the 20th, 2026-12-20",
        "end of month, 2026-11-30"
    })
    void should_give_the_next_one_when_a_day_without_a_year_is_a_due_date(String text, String upcoming) {
        assertThat(one(TUE, text).upcoming()).isEqualTo(upcoming);
    }

    @Test
    void should_cross_the_year_when_today_is_new_years_day() {
        LocalDate jan1 = LocalDate.parse("2026-01-01"); // a Thursday
        assertThat(one(jan1, "yesterday").from()).isEqualTo("2025-12-31");
        assertThat(one(jan1, "last month").from()).isEqualTo("2025-12-01");
        assertThat(one(jan1, "last month").to()).isEqualTo("2025-12-31");
        assertThat(one(jan1, "last week").from()).isEqualTo("2025-12-22");
        assertThat(one(jan1, "last week").to()).isEqualTo("2025-12-28");
        assertThat(one(jan1, "this week").from()).isEqualTo("2025-12-29");
        assertThat(one(jan1, "this week").to()).isEqualTo("2026-01-04");
        assertThat(one(jan1, "the last 7 days").from()).isEqualTo("2025-12-26");
        assertThat(one(jan1, "last year").from()).isEqualTo("2025-01-01");
        assertThat(one(jan1, "in December").from()).isEqualTo("2025-12-01");
        assertThat(one(jan1, "December 31").from()).isEqualTo("2025-12-31");
        assertThat(one(jan1, "January 2").from()).isEqualTo("2025-01-02");
        assertThat(one(jan1, "January 2").upcoming()).isEqualTo("2026-01-02");
        assertThat(one(jan1, "Friday").from()).isEqualTo("2025-12-26");
    }

    @Test
    void should_cross_the_month_when_today_is_the_first() {
        LocalDate mar1 = LocalDate.parse("2026-03-01"); // a Sunday, after a 28-day February
        assertThat(one(mar1, "yesterday").from()).isEqualTo("2026-02-28");
        assertThat(one(mar1, "last month").to()).isEqualTo("2026-02-28");
        assertThat(one(mar1, "the last 7 days").from()).isEqualTo("2026-02-23");
        assertThat(one(mar1, "this week").from()).isEqualTo("2026-02-23");
        assertThat(one(mar1, "this week").to()).isEqualTo("2026-03-01");
        assertThat(one(mar1, "since Monday").from()).isEqualTo("2026-02-23");
        assertThat(one(mar1, "2 days ago").from()).isEqualTo("2026-02-27");
    }

    @Test
    void should_find_the_last_leap_day_when_february_29_has_no_year() {
        LocalDate today = LocalDate.parse("2027-03-01");
        DateExtractor.DateMention d = one(today, "Feb 29");

        assertThat(d.from()).isEqualTo("2024-02-29");
        assertThat(d.upcoming()).isEqualTo("2028-02-29");
    }

    @Test
    void should_take_the_last_month_with_that_day_when_the_31st_is_said_in_a_short_month() {
        assertThat(one(LocalDate.parse("2026-11-24"), "on the 31st").from()).isEqualTo("2026-10-31");
    }

    @Test
    void should_count_today_in_the_users_zone_when_dst_starts_overnight() {
        // 2026-03-08 07:30Z is 03:30 EDT in New York, just after clocks went forward at 2:00
        Clock clock = Clock.fixed(Instant.parse("2026-03-08T07:30:00Z"), ZoneId.of("UTC"));
        ParseContext ny = ParseContext.of(clock, ZoneId.of("America/New_York"));
        ParseContext tokyo = ParseContext.of(clock, ZoneId.of("Asia/Tokyo"));

        assertThat(ny.today()).isEqualTo("2026-03-08");
        assertThat(tokyo.today()).isEqualTo("2026-03-08");
        assertThat(one(ny.today(), "yesterday").from()).isEqualTo("2026-03-07");
        assertThat(one(ny.today(), "this week").from()).isEqualTo("2026-03-02");
        assertThat(one(ny.today(), "this week").to()).isEqualTo("2026-03-08");
    }

    @Test
    void should_count_today_in_the_users_zone_when_dst_ends_overnight() {
        // 2026-11-01 04:30Z is 00:30 EDT... clocks fall back at 06:00Z; 05:30Z is 01:30 EDT, 06:30Z 01:30 EST
        ZoneId ny = ZoneId.of("America/New_York");
        for (String instant : List.of("2026-11-01T04:30:00Z", "2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z")) {
            ParseContext pc = ParseContext.of(Clock.fixed(Instant.parse(instant), ZoneId.of("UTC")), ny);
            assertThat(pc.today()).as(instant).isEqualTo("2026-11-01");
            assertThat(one(pc.today(), "yesterday").from()).isEqualTo("2026-10-31");
            assertThat(one(pc.today(), "last month").from()).isEqualTo("2026-10-01");
        }
        // 03:59Z is still Oct 31 in New York
        ParseContext before = ParseContext.of(Clock.fixed(Instant.parse("2026-11-01T03:59:00Z"), ZoneId.of("UTC")), ny);
        assertThat(before.today()).isEqualTo("2026-10-31");
    }

    @Test
    void should_keep_a_week_monday_to_sunday_when_it_contains_a_dst_change() {
        LocalDate paris = LocalDate.parse("2026-03-31"); // Europe went to summer time on Sunday 2026-03-29
        assertThat(one(paris, "last week").from()).isEqualTo("2026-03-23");
        assertThat(one(paris, "last week").to()).isEqualTo("2026-03-29");
        assertThat(one(paris, "the last 7 days").from()).isEqualTo("2026-03-25");
    }

    @Test
    void should_count_wall_clock_minutes_when_a_clock_range_spans_the_dst_change() {
        // "from 1 to 3" on the night clocks go forward is 2 hours as said (1 hour elapsed); the frame
        // records what was said, documented in the README
        assertThat(DurationExtractor.findAll("from 1am to 3am").get(0).value().minutes())
                .isEqualTo(120);
    }

    @ParameterizedTest
    @CsvSource({"may I log it", "march on", "a sun hat", "30 days", "net 30", "over 30 days old", "2 hours"})
    void should_find_no_date_when_words_only_look_like_dates(String text) {
        assertThat(new DateExtractor(TUE).findAll(text)).isEmpty();
    }

    @Test
    void should_reject_an_impossible_date_when_one_is_written() {
        assertThat(new DateExtractor(TUE).findAll("on 2026-02-30")).isEmpty();
        assertThat(new DateExtractor(TUE).findAll("on 13/45")).isEmpty();
    }
}
