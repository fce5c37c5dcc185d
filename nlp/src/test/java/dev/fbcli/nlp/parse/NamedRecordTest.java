package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.FrameAssertions.assertReadAs;
import static dev.fbcli.nlp.parse.FrameAssertions.parseWithDemoNames;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A client or project named bare with a verb of looking ("show acme", "pull up apollo"): the account
 * says which kind it is. A name two records share, or one the account lacks, stays unread.
 */
class NamedRecordTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "show wayne | client.show | client=wayne",
                "pull up data migration | project.show | project=data migration",
                "tell me about Initech | client.show | client=Initech",
                "stark industries details | client.show | client=stark industries",
                "view tyrel | client.show | client=Tyrell",
                // two clients start with Umbrella; a name the account lacks is not guessed
                "show umbrella | unknown |",
                "show zorblax | unknown |",
            })
    void should_show_the_record_when_a_bare_name_is_one_the_account_knows(String text, String intent, String slots) {
        assertReadAs(parseWithDemoNames(text), intent, slots);
    }
}
