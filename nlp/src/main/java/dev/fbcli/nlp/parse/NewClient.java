package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.IntentType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "I have a new client called Hartley & Sons, their phone is …": a phrase that says the client is
 * new creates it, although the details read like a change ("their phone is"). The grammar reads
 * the details as {@code client.update}; this step makes it {@code client.create} with the name as
 * the organization, or as a person's first and last name when the phrase speaks of a person ("her
 * email", "his phone").
 */
final class NewClient {
    private NewClient() {}

    private static final Pattern NEW =
            Pattern.compile("(?i)\\b(?:a|my|one|another) (?:new|brand new) (?:client|customer)\\b");

    private static final Pattern PERSON = Pattern.compile("(?i)\\b(?:her|his|she|he|she's|he's)\\b");

    /** ", richard hendricks," between commas after the company: its contact, first and last name. */
    private static final Pattern CONTACT = Pattern.compile(
            "(?i)^[^,]*(?:client|customer)\\b[^,]*,\\s*(?:(?:contact|attn|att)[:\\s]+)?([\\p{L}][\\p{L}'-]+) ([\\p{L}][\\p{L}'-]+)\\s*(?:,|$)");

    /**
     * "add client saffron kitchen owen price 604-555-0187": a new client typed in lower case, its
     * company's name then a person's given name and one more word, with nothing between them. The
     * last two words are the contact when the one before last is a given name ({@code
     * grammar-first-names.txt}) and at least two words of the company stay ("redwood dental priyanka
     * shah"); otherwise the name stays whole.
     */
    private static Frame trailingPerson(Frame f) {
        if (!(f.slots().get("organization") instanceof String org)
                || !org.equals(org.toLowerCase(java.util.Locale.ROOT))
                || f.slots().containsKey("last_name")) {
            return null;
        }
        String[] w = org.strip().split("\\s+");
        if (w.length < 4
                || !Grammar.FIRST_NAMES.contains(w[w.length - 2])
                || Grammar.FIRST_NAMES.contains(w[w.length - 3])) {
            return null;
        }
        Map<String, Object> slots = new LinkedHashMap<>(f.slots());
        slots.put("organization", String.join(" ", java.util.Arrays.copyOf(w, w.length - 2)));
        slots.put("first_name", w[w.length - 2]);
        slots.put("last_name", w[w.length - 1]);
        return f.withSlots(slots);
    }

    static Frame apply(Frame f) {
        if (f.intent().equals("client.create")
                && !f.slots().containsKey("first_name")
                && f.slots().containsKey("organization")) {
            java.util.regex.Matcher m = CONTACT.matcher(f.input());
            if (m.find() && !Sentence.STOP.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                Map<String, Object> slots = new LinkedHashMap<>(f.slots());
                slots.put("first_name", m.group(1));
                slots.put("last_name", m.group(2));
                return f.withSlots(slots);
            }
            Frame split = trailingPerson(f);
            if (split != null) {
                return split;
            }
        }
        if (!f.intent().equals("client.update")
                || !NEW.matcher(f.input()).find()
                || !(f.slots().get("client") instanceof String name)) {
            return f;
        }
        Map<String, Object> slots = new LinkedHashMap<>();
        String[] words = name.strip().split("\\s+");
        boolean person = words.length == 2 && PERSON.matcher(f.input()).find() && !name.contains("&");
        if (person) {
            slots.put("first_name", words[0]);
            slots.put("last_name", words[1]);
        } else {
            slots.put("organization", name);
        }
        for (Map.Entry<String, Object> e : f.slots().entrySet()) {
            if (!e.getKey().equals("client") && IntentType.CLIENT_CREATE.slots().containsKey(e.getKey())) {
                slots.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        return f.withIntent("client.create", slots);
    }
}
