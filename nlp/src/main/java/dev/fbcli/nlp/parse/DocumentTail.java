package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a new invoice or estimate is told after its lines: "…, dated 11/1" (the document's date)
 * and "…, and email it to rita@acme.example" (sent once made). The grammar read the first as
 * nothing and the second as a request to send the client's latest estimate, dropping the new one.
 */
final class DocumentTail {
    private DocumentTail() {}

    /** "…, and email it to X", "… then send it": the new document, sent. */
    private static final Pattern SEND_IT = Pattern.compile(
            "(?i)^(.+?),?\\s+(?:and\\s+)?(?:then\\s+)?(?:please\\s+)?(?:send|e-?mail)\\s+(?:it|that|this)(?:\\s+(?:over|straight)?\\s*to\\s+(?:them|the client|([\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)))?(?:\\s+(?:right away|straight away|now|too|as well))?[.!]?$");

    /** "dated 11/1", "invoice date Nov 1", "issued on the 3rd": the document's date. */
    private static final Pattern DATED = Pattern.compile(
            "(?i)(?:,\\s*|\\s)(?:dated|(?:with (?:an? |the )?)?(?:invoice|issue|estimate) date(?: of)?|issued(?: on)?)\\s+(?:on\\s+|for\\s+)?([^,;]{1,30}?)\\s*(?=[,;.!]|$|\\s(?:and|with|due|net|send)\\b)");

    static Frame apply(String input, Frame whole, Function<String, Frame> parse, LocalDate today) {
        if (input == null) {
            return whole;
        }
        Frame f = whole;
        String low = input.toLowerCase(java.util.Locale.ROOT);
        Matcher send = SEND_IT.matcher(input.strip());
        if ((low.contains("send") || low.contains("mail")) && !isCreate(whole) && send.matches()) {
            Frame first = parse.apply(send.group(1));
            if (isCreate(first)
                    && first.slots().containsKey("client")
                    && !first.slots().containsKey("send")) {
                Map<String, Object> slots = new LinkedHashMap<>(first.slots());
                slots.put("send", Boolean.TRUE);
                // the address is where fb sends it: the plan card shows it, the client's contact is not changed
                f = Frame.of(
                                input,
                                first.type(),
                                slots,
                                Math.min(first.confidence(), Confidence.ACT - 0.01),
                                first.parser())
                        .withCorrections(first.corrections());
            }
        }
        if (isCreate(f) && !f.slots().containsKey("date") && (low.contains("date") || low.contains("issued"))) {
            Matcher d = DATED.matcher(input);
            if (d.find()) {
                LocalDate day = new DateExtractor(today).parseDay(d.group(1));
                if (day != null) {
                    Map<String, Object> slots = new LinkedHashMap<>(f.slots());
                    slots.put("date", day);
                    f = f.withSlots(slots);
                }
            }
        }
        return f;
    }

    private static boolean isCreate(Frame f) {
        return f.intent().equals("invoice.create") || f.intent().equals("estimate.create");
    }
}
