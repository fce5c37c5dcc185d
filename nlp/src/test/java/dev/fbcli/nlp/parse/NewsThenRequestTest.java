package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.FrameAssertions.assertReadAs;
import static dev.fbcli.nlp.parse.FrameAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * News and then the request it leads to (NewsThenRequest): the request is read with "it", "them",
 * "him" and "that project" put back as what the news named, and always asked about.
 */
class NewsThenRequestTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Initech loved the proposal, please mark it accepted | estimate.accept | client=Initech",
                // news and request set apart by a dash; "their" points back at the news's name
                "Security Review wrapped up - mark the project as complete | project.complete | project=Security Review",
                "Nothing billed to Tyrell since October - invoice their time since 10/1 | invoice.from_time | target=Tyrell,"
                        + " date_from=2026-10-01",
                "Checkout Revamp went live this morning, close that project | project.complete | project=Checkout Revamp",
                "Priya starts on Apollo next week, so add her to that project | project.assign | project=Apollo, member=Priya",
                "Finished the Hooli audit today, so bill them $900 for the audit | invoice.create | client=Hooli",
                "Back from the workshop, start a timer for Mobile App, design | timer.start | target=Mobile App",
            })
    void should_read_the_request_on_what_the_news_named(String text, String intent, String slots) {
        Frame f = parse(text);
        assertReadAs(f, intent, slots);
        assertThat(f.confidence()).as("a guessed pointer is asked about").isLessThan(0.8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Big week for the Apollo team. Start a timer on Apollo for development. | timer.start | target=Apollo,"
                        + " service=development",
                "The Hooli workshop went really well! Bill Hooli $1,200 for the workshop. | invoice.create | client=Hooli",
                "Globex changed their mind about the logo. Delete invoice 0007. | invoice.delete | invoice=0007",
            })
    void should_read_the_request_after_sentences_of_news_instead_of_refusing_two_requests(
            String text, String intent, String slots) {
        // given: sentences that tell something, then one that asks (once refused as two requests)
        Frame f = parse(text);

        // then: the request, asked about (the news may hold what it needs)
        assertReadAs(f, intent, slots);
        assertThat(f.confidence()).isLessThan(0.8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Log 2 hours of design on Acme. Then invoice Globex $500.",
                "I need to log 2 hours on Acme. Create an invoice for Globex for $300.",
                "2 hours of design on Acme today. Send invoice 0007 to Globex.",
            })
    void should_still_refuse_two_requests_when_the_first_sentence_asks_too(String text) {
        Frame f = parse(text);

        assertThat(f.intent()).as(f.toJson()).isEqualTo("unknown");
        assertThat(f.reason()).startsWith("one request at a time");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the first part is a request itself: "it" is that invoice, not news
                "Create an invoice for client Initech for $500 for the audit, and send it | invoice.create",
                // read surely as a whole: left as it is
                "log 2 hours of design on Acme, mark it billable | time.log",
            })
    void should_leave_a_request_that_is_not_after_news(String text, String intent) {
        assertThat(parse(text).intent()).isEqualTo(intent);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Wayne moved offices, their new address is 9 Harbour Road, Gotham | client.update | client=Wayne,"
                        + " street=9 Harbour Road, city=Gotham",
                "Hooli switched banks, and their new email is pay@hooli.example | client.update | client=Hooli,"
                        + " email=pay@hooli.example",
                "Globex rebranded, they're Globex Global now | client.update | client=Globex, organization=Globex Global",
            })
    void should_read_a_clients_news_as_the_change(String text, String intent, String slots) {
        assertReadAs(parse(text), intent, slots);
    }
}
