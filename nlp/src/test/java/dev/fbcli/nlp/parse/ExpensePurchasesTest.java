package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.FrameAssertions.assertReadAs;
import static dev.fbcli.nlp.parse.FrameAssertions.parseWithDemoNames;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expenses said by what was bought rather than by a category's name: a ride ("cab $32"), food
 * ("$18 pizza for the team"), a thing ("toner 45.99"), with or without a verb, and a ride's
 * destination ("train to London"), which is where it went and never the vendor. Before the eighth
 * session the words that made a verbless phrase an expense were a short fixed list, so "cab $32"
 * and "$420 flight" were refused, and "to London" was taken as the merchant.
 */
class ExpensePurchasesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // "a client dinner" is what was bought; "bought X on amazon": where, then what
                "paid $80 for a client lunch at Nando's, meals | expense.create | amount=80.00, note=client lunch",
                "bought a webcam on amazon for 59.99 | expense.create | amount=59.99, vendor=amazon, note=webcam",
                // a number in words is read whole: twenty-six hours is refused, never six
                "log twenty-six hours on Acme | unknown |",
                "log thirty-one minutes on Acme | time.log | duration_minutes=31",
                // the account's category said as a field of its own wins over a purchase word; a place after
                // "in" is where it was bought, not who it is for
                "42.00 taxi to the station, taxi & parking | expense.create | amount=42.00, category=taxi & parking",
                "rent 950 for the office, rent or lease, oct 1 | expense.create | amount=950.00, category=rent or lease,"
                        + " date=2026-10-01",
                "dinner in Chicago $88, meals, put it on Initech | expense.create | amount=88.00, target=Initech",
                "cab $27 | expense.create | amount=27.00, category=cab",
                "$310 flight yesterday | expense.create | amount=310.00, category=flight, date=2026-11-23",
                "snacks 14.20 for Globex | expense.create | amount=14.20, category=snacks, target=Globex",
                "taxi from the station, $23 | expense.create | amount=23.00, category=taxi",
                "toner $45.99 | expense.create | amount=45.99, category=toner",
                "£60 train to Manchester | expense.create | amount=GBP 60.00, category=train, note=train to Manchester",
                "add a €40 travel expense for Tyrell, bus to the airport | expense.create | amount=EUR 40.00,"
                        + " category=travel, target=Tyrell, note=bus to the airport",
                // a vendor after "to" stays the vendor when no ride comes before it
                "paid $80 to Staples for paper | expense.create | amount=80.00, vendor=Staples",
                // a ride's start, and what was bought before the ride word, stay in the note
                "$41 cab from the airport, travel | expense.create | amount=41.00, category=travel, note=cab from the airport",
                "€70 bus ticket to Lyon, travel | expense.create | amount=EUR 70.00, category=travel, note=bus ticket to Lyon",
                // a merchant's name read with a kind of spending beside it
                "expense $29 Figma software | expense.create | amount=29.00, vendor=Figma, category=software",
                "add $640 hardware Micro Center | expense.create | amount=640.00, vendor=Micro Center, category=hardware",
                // the verb or what was bought opening the phrase is never the vendor, even capitalised
                "Purchased a webcam at Costco for $89, equipment | expense.create | amount=89.00, vendor=Costco,"
                        + " category=equipment",
                "Lunch with Dana at Canoe, $38.20, meals, client Initech | expense.create | amount=38.20,"
                        + " vendor=Canoe, category=meals, client=Initech",
                // a category named with a slash is one category; "against X" is who the expense is for
                "$95 at the Hilton, hotel/lodging, against Globex | expense.create | amount=95.00,"
                        + " category=hotel/lodging, vendor=Hilton, target=Globex",
                "$8 stamps, office expenses & postage | expense.create | amount=8.00, category=office expenses & postage,"
                        + " note=stamps",
                // a merchant's name typed lower case before what was bought; an amount with its currency code after
                "delta flight to denver $480 | expense.create | amount=480.00, vendor=delta, category=flight",
                "$35 lyft ride | expense.create | amount=35.00, vendor=lyft, category=ride",
                "expense £60 train tickets | expense.create | amount=GBP 60.00, category=train tickets",
                "hotel 140 EUR tuesday | expense.create | amount=EUR 140.00, category=hotel, date=2026-11-17",
                "75 CAD parking | expense.create | amount=CAD 75.00, category=parking",
                // who carried or sold it after "via"; a way of paying after "via" is no vendor
                "shipping 18.50 via purolator | expense.create | amount=18.50, vendor=purolator",
                "hosting 20.00 via paypal | expense.create | amount=20.00, category=hosting",
                // "for a new monitor": what was bought after words that describe it
                "$900 for a new laptop from Best Buy | expense.create | amount=900.00, vendor=Best Buy",
                // an amount and a few words of what or where, with no verb, is asked as money spent
                "$240 digital ocean hosting | expense.create | amount=240.00, vendor=digital ocean, category=hosting",
                "spotify 11.99 subscription | expense.create | amount=11.99, vendor=spotify",
                // money sent to a name that is none of the account's is who was paid; what a merchant took is spent
                "expense $75 to mailchimp for marketing | expense.create | amount=75.00, vendor=mailchimp,"
                        + " category=marketing",
                "Figma charged me $15 | expense.create | amount=15.00, vendor=Figma",
            })
    void should_read_a_purchase_as_an_expense(String text, String intent, String slots) {
        assertReadAs(parseWithDemoNames(text), intent, slots);
    }
}
