package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.FrameAssertions.assertReadAs;
import static dev.fbcli.nlp.parse.FrameAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fbcli.nlp.intent.Frame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A yes-or-no question is never a write (Questions), and lists asked for as questions or with
 * "any"/"every" keep their filters.
 */
class QuestionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // questions said other ways: spent on, a timer timing, whose balance is largest, a client's currency
                "how much went on travel last month? | expense.list | category=travel, date_from=2026-10-01",
                // a sum asked with no verb of its own; an expense report is the list of expenses
                "total invoiced last quarter | report.show | report=revenue, date_from=2026-07-01, date_to=2026-09-30",
                "amount collected in october? | report.show | report=payments, date_from=2026-10-01, date_to=2026-10-31",
                "expense report for september | expense.list | date_from=2026-09-01, date_to=2026-09-30",
                // a kind of work's rate told as a statement, with or without a currency sign
                "copywriting is now 85/hr | service.rate | service=copywriting, rate=85.00",
                "the research service now costs $125 an hour, starting monday | service.rate | service=research,"
                        + " rate=125.00",
                // a kind of work and an hourly amount said tersely; its possessive is still the work's rate
                "rate for editing 90/h | service.rate | service=editing, rate=90.00",
                "consulting: $175/hr | service.rate | service=consulting, rate=175.00",
                "change writing's rate to 80 | service.rate | service=writing, rate=80.00",
                // a change by an amount is refused: fb sets the new value
                "raise the consulting rate by $15 | unknown |",
                // what was spent, the verb left out; a category named with its label
                "how much on travel last month | expense.list | category=travel, date_from=2026-10-01, date_to=2026-10-31",
                "show expenses in the software category | expense.list | category=software",
                "is something being timed right now? | timer.status |",
                "which client has the biggest unpaid balance? | report.show | report=aging",
                "what currency does Globex pay in? | client.show | client=Globex",
                "how many hours a day did I work last week? | time.list | group_by=day, date_from=2026-11-16",
                "show me the payments received this month | payment.list | date_from=2026-11-01",
                "how does accrual accounting work? | unknown |",
                "has Globex paid anything on invoice 0004? | payment.list | invoice=0004",
                "did I log 3 hours on Acme on Monday? | time.list | date_from=2026-11-23, date_to=2026-11-23",
                "was the $45 Uber ride expensed? | expense.list | ",
                "did we invoice Initech for the audit? | invoice.list | ",
            })
    void should_read_a_yes_no_question_as_a_list_never_a_write(String text, String intent, String slots) {
        Frame f = parse(text);
        assertReadAs(f, intent, slots);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "is it possible to log 3 hours on Acme | time.log",
                "could you log 2 hours of design on Globex? | time.log",
            })
    void should_keep_a_request_put_as_a_question(String text, String intent) {
        assertThat(parse(text).intent()).isEqualTo(intent);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "are any of my projects over budget right now? | project.list | over_budget=true",
                "is there any unbilled time on Mobile App? | time.list | unbilled=true, target=Mobile App",
                "show any invoice over $1,000 from last month | invoice.list | min_amount=1000.00",
                "pull up every expense over $75 this week | expense.list | min_amount=75.00",
                // the eighth session: filters said with "are", "waiting on payment", "running over", "is there …"
                "which invoices are over $2,000? | invoice.list | min_amount=2000.00",
                "what invoices are still awaiting payment? | invoice.list | status=unpaid",
                "are any projects running over their budget? | project.list | over_budget=true",
                "is there unbilled time on Initech? | time.list | unbilled=true, target=Initech",
                "how much unbilled time do we have on Globex? | time.list | unbilled=true, target=Globex",
                "who is assigned to the Mobile App project? | project.show | project=Mobile App",
                "what are the rates for all my services? | service.list |",
                // questions about bookkeeping, files and messages fb does not answer or write
                "how do I amortise a laptop? | unknown |",
                "download my October invoices as a CSV file | unknown |",
                "compose an email to Hank about the late invoice | unknown |",
                "show me every project | project.list |",
                "are any of Globex's projects over budget? | project.list | client=Globex, over_budget=true",
                "details of invoice 0004 | invoice.show | invoice=0004",
                "revenue minus expenses for Q3 | report.show | report=profit_loss, date_from=2026-07-01",
                // one entry per client is not one request (was an entry for nobody at 0.95)
                "log 1h for each client | unknown |",
            })
    void should_keep_the_filters_of_a_list_asked_for_in_other_words(String text, String intent, String slots) {
        assertReadAs(parse(text), intent, slots);
    }
}
