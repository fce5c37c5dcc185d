package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A payment told as news rather than asked for: "On Friday, by e-transfer, $1,200 from Umbrella Corp
 * against invoice 0006", "Globex overpaid: $2,000 came in on invoice 0003 by wire", "Acme is paying
 * me 1500 dollars with credit card for the invoice 0002". Without a verb it knows, the grammar reads
 * the invoice's number and shows the invoice. When the whole phrase is not read surely and it holds
 * an amount, an invoice's number and a word of paying, it is read as the payment it tells; what
 * was paid is a guess from the news, so such a frame is asked about (below {@link Confidence#ACT}).
 * A refund, a reversal or a denial ("hasn't paid", "refund") is none ({@link Negation} refuses the last).
 */
final class PaymentNews {
    private PaymentNews() {}

    private static final Pattern AMOUNT = Pattern.compile(
            "(?i)[$€£]\\s?\\d|\\b\\d[\\d,]*(?:\\.\\d{1,2})?\\s?(?:k\\b|dollars?|bucks|euros?|pounds?|usd|eur|gbp|cad)\\b|\\b\\d[\\d,]*\\.\\d\\d\\b");

    private static final Pattern INVOICE =
            Pattern.compile("(?i)\\b(?:invoice|inv)\\s?(?:number\\s|no\\.?\\s?|#\\s?)?\\d{1,10}\\b");

    private static final Pattern PAYING = Pattern.compile(
            "(?i)\\b(?:paid|paying|pays|payment|came in|come in|received|deposit(?:ed)?|landed|cleared|settled|overpaid|transfer(?:red)?"
                    + "|wired?|cheque|check|e-transfer|ach|credit card|paypal|stripe|cash|against|towards?)\\b");

    private static final Pattern NOT_A_PAYMENT = Pattern.compile(
            "(?i)\\b(?:refund(?:ed)?|reverse|reversed|void(?:ed)?|give back|charge ?back|bounced|delete|remove|hasn't|has not|didn't|did not"
                    + "|haven't|have not|never|not yet|still owes?|owes?|due|remind|send|sent the invoice|estimate|quote)\\b");

    /** {@code whole}, or the payment the phrase tells when {@code whole} is unsure and the phrase tells one. */
    static Frame choose(String input, String text, Frame whole, Function<String, Frame> parse) {
        if (whole.confidence() >= Confidence.ACT
                || !(whole.isUnknown()
                        || whole.intent().endsWith(".show")
                        || whole.intent().endsWith(".list"))
                || !AMOUNT.matcher(text).find()
                || !INVOICE.matcher(text).find()
                || !PAYING.matcher(text).find()
                || NOT_A_PAYMENT.matcher(text).find()) {
            return whole;
        }
        // "Client Acme Corp is paying me …": the word before the name says what it is
        Frame alt = parse.apply(
                "record a payment " + text.replaceFirst("^(?i)(?:the )?(?:client|customer) ", "from client "));
        if (alt == null || !alt.intent().equals("payment.record")) {
            return whole;
        }
        return Confidence.askedAbout(input, alt);
    }
}
