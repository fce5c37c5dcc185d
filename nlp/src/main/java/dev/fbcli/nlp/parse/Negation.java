package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the phrase says was not done is never recorded: "we did not work 5 hours on Apollo on
 * Monday", "Initech hasn't paid the $3,000 on invoice 0007", "don't log the 2 hours on Acme", "I
 * never spent $40 at Staples". The grammar reads the values and the verb and would log, record or
 * create them; a negation before the verb turns such a frame into a refusal that says why, and
 * nothing is written. Changes told with a negation ("shouldn't have been billable") are edits, not
 * creates, and are left alone; a request after the negation ("I haven't logged it yet, please add
 * it") asks for it now. "Don't send it" on an invoice is the invoice made and not sent:
 * {@code send} is false, never true.
 */
final class Negation {
    private Negation() {}

    /** The intents that make a new record or send one. */
    private static final Set<String> CREATES = Set.of(
            "time.log",
            "expense.create",
            "payment.record",
            "invoice.create",
            "invoice.send",
            "estimate.create",
            "estimate.send",
            "timer.start",
            "client.create",
            "project.create",
            "service.create");

    private static final Pattern DENIED = Pattern.compile(
            // not "the clients who haven't paid": a relative clause picks records, it states nothing
            "(?i)(?<!\\b(?:who|that|which|whose)\\s)(?<!\\b(?:who|that|which|whose)\\s(?:still|yet)\\s)\\b(?:don't|do not|didn't|did not|hasn't|has not|haven't|have not|hadn't|had not|never|won't|will not|wasn't|was not|weren't|were not)"
                    + "(?: (?:yet|even|ever|actually|really|already))?\\s"
                    + "(?:work(?:ed|ing)?|log(?:ged)?|spen[dt]|pa(?:y|id)|settled?|buy|bought|sen[dt]|charged?|bill(?:ed)?|invoiced?"
                    + "|record(?:ed)?|track(?:ed)?|add(?:ed)?|create[d]?|start(?:ed)?|do|did|done)\\b");

    /** "don't send it yet", "but do not email it", "send: no": made, not sent. */
    private static final Pattern NOT_SENT = Pattern.compile(
            "(?i)\\b(?:do not|don't|dont|no need to|without|not|never)\\s(?:yet\\s)?(?:send|e-?mail)(?:ing)?\\b"
                    + "|\\b(?:send|e-?mail)(?: it)?\\s?[:=]?\\s(?:no|false)\\b");

    /** A request after the negation: what was not done is asked for now. */
    private static final Pattern ASKED_AFTER = Pattern.compile(
            "(?i)\\b(?:please|pls|can you|could you|would you|(?:so|now) (?:log|add|record|enter|create|send)"
                    + "|(?:log|add|record|enter|put|create|send) (?:it|them|that|those|this)(?: in)?)\\b");

    /** A request first, then, in a clause of its own, what has not been done yet (the reason it is asked). */
    private static final Pattern ASKED_BEFORE = Pattern.compile(
            "(?i)^(?:(?:hi|hey|ok|okay)[,!]?\\s)?(?:please|pls|kindly|can you|could you|would you)\\b.*?"
                    + "(?:[,.;!]|\\s(?:as|since|because|cause|coz|cos))\\s+(?:i|we|they|it)\\s?(?:'ve\\s)?$");

    static Frame apply(String input, String text, Frame whole) {
        dev.fbcli.nlp.intent.IntentType type = dev.fbcli.nlp.intent.IntentType.fromWire(whole.intent());
        if (type != null
                && type.slots().containsKey("send")
                && NOT_SENT.matcher(text).find()) {
            // "invoice Globex $900 … but do not email it": the invoice is made and never sent
            java.util.Map<String, Object> slots = new java.util.LinkedHashMap<>(whole.slots());
            slots.put("send", Boolean.FALSE);
            return whole.withSlots(slots);
        }
        java.util.regex.Matcher denied = DENIED.matcher(text);
        if (!CREATES.contains(whole.intent()) || !denied.find()) {
            return whole;
        }
        if (ASKED_BEFORE.matcher(text.substring(0, denied.start())).matches()) {
            return whole; // "Please send invoice 0005 to …, I haven't sent it yet": why it is asked
        }
        if (ASKED_AFTER.matcher(text.substring(denied.end())).find()) {
            return whole; // "I haven't logged Monday's 3 hours yet, please add them": asked for now
        }
        if (denied.group().matches("(?i)(?:don't|do not)\\b.*")) {
            return Frame.unknown(input, 0.9, whole.parser(), "this asks fb not to do it, so there is nothing to do");
        }
        return Frame.unknown(
                input,
                0.9,
                whole.parser(),
                "this says it was not done, so there is nothing to record; say what was done (to see what is owed: 'what does X owe')");
    }
}
