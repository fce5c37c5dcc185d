package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.IntentType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A yes-or-no question is never a write: "has anything been paid on invoice 0006?", "did I log
 * time on Apollo yesterday?", "have I expensed the Figma charge?" ask whether a record exists; the
 * grammar, which reads the values and the verb, would record a payment, log the time or add the
 * expense. Asked this way, a create becomes the list of the records it would have made (same
 * filters, the day as a period); any other write is asked about (below {@link Confidence#ACT}). A
 * request put as a question ("could you log …", "is it possible to …", "do you mind …") is not one.
 */
final class Questions {
    private Questions() {}

    /** Starts like a yes-or-no question about what was done: the verb, then who or what it asks about ("Had dinner …" is news). */
    private static final Pattern YES_NO = Pattern.compile(
            "(?i)^(?:so |and |ok |okay |hey |quick question:? )?(?:has|have|did|does|do|is|are|was|were)\\s"
                    + "(?!(?:you mind|it possible|there a way|anyone mind)\\b)"
                    + "(?:i|we|you|they|he|she|it|anything|anyone|anybody|everything|there|my|our|the|this|that|these|those|any|(?-i:\\p{Lu}))\\b");

    private static final Map<String, String> LISTS = Map.of(
            "payment.record", "payment.list",
            "time.log", "time.list",
            "expense.create", "expense.list",
            "invoice.create", "invoice.list",
            "estimate.create", "estimate.list");

    /** The slots a list keeps from the create it stands for (the rest are values of a new record). */
    private static final java.util.Set<String> FILTERS =
            java.util.Set.of("invoice", "client", "target", "project", "service", "vendor", "category", "status");

    static Frame apply(String text, Frame f) {
        if (f.isUnknown() || text == null || !YES_NO.matcher(text.strip()).lookingAt()) {
            return f;
        }
        if (f.intent().matches(".*\\.(?:list|show|status)$")) {
            return f; // a read already
        }
        String list = LISTS.get(f.intent());
        if (list == null) {
            return f.withConfidence(Math.min(f.confidence(), 0.6), f.parser());
        }
        IntentType lt = IntentType.fromWire(list);
        Map<String, Object> slots = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : f.slots().entrySet()) {
            if (FILTERS.contains(e.getKey()) && lt.slots().containsKey(e.getKey())) {
                slots.put(e.getKey(), e.getValue());
            }
        }
        if (f.slots().get("date") instanceof LocalDate d && lt.slots().containsKey("date_from")) {
            slots.put("date_from", d);
            slots.put("date_to", d);
        }
        return Frame.of(f.input(), lt, slots, Math.min(f.confidence(), Confidence.ACT - 0.01), f.parser())
                .withCorrections(f.corrections());
    }
}
