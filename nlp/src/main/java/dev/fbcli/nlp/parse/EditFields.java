package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An edit that names the field it changes: "change the service on my last entry to Research",
 * "set the note on entry 6002 to 'API tests'", "put the last expense in the Travel category". The
 * grammar reads "the X on E to Y" as moving entry E from X to Y ({@code target}/{@code
 * new_target}); when X is a field's name, Y is that field's new value ({@code new_service}, {@code
 * new_note}, …) and X names no record. A field the intent does not have leaves the frame as it is.
 */
final class EditFields {
    private EditFields() {}

    /** Field words → the slot their new value goes in, for both kinds of record. */
    private static final Map<String, String> BOTH = Map.of(
            "note", "new_note",
            "notes", "new_note",
            "description", "new_note",
            "memo", "new_note",
            "project", "new_project",
            "client", "new_client",
            "customer", "new_client");

    /** ... and those only a time entry or only an expense has. */
    private static final Map<String, String> TIME = with(Map.of(
            "comment", "new_note",
            "service", "new_service",
            "task", "new_service",
            "work type", "new_service"));

    private static final Map<String, String> EXPENSE =
            with(Map.of("category", "new_category", "vendor", "new_vendor", "merchant", "new_vendor"));

    private static Map<String, String> with(Map<String, String> own) {
        Map<String, String> all = new java.util.HashMap<>(BOTH);
        all.putAll(own);
        return Map.copyOf(all);
    }

    /** Lower case, ending in a service word and not an account's client or project ("code review"). */
    private static boolean kindOfWork(String to, AccountNames names) {
        String[] words = to.split(" ");
        return to.equals(to.toLowerCase(Locale.ROOT))
                && words.length <= 3
                && LexicalFront.isServiceWord(words[words.length - 1])
                && (names == null || !Gazetteer.of(names).isClientOrProject(to));
    }

    /** "entry's note to", "expense’s vendor should be": a field named after a record's possessive. */
    private static final java.util.regex.Pattern POSSESSIVE_FIELD = java.util.regex.Pattern.compile(
            "(?i)(?:'s|’s|s')\\s+(note|notes|description|memo|comment|service|task|category|vendor|merchant|project|client|customer)"
                    + "\\s+(?:to|as|into|should be|should read|is now|=)\\s");

    private static final java.util.regex.Pattern KIND_TAIL =
            java.util.regex.Pattern.compile("(?i)\\s+(project|client|customer)$");

    /** A capitalised name and one lower-case word after it ("Globex research"). */
    private static final java.util.regex.Pattern SERVICE_TAIL = java.util.regex.Pattern.compile(
            "(?-i:\\p{Lu})[\\p{L}0-9&.'-]*(?: (?-i:\\p{Lu})[\\p{L}0-9&.'-]*){0,3} \\p{Ll}+");

    static Frame apply(Frame f) {
        return apply(f, null);
    }

    /** "on Monday's Apollo entry", "of the last Globex expense": the capitalised name right before the record. */
    private static final java.util.regex.Pattern WHOSE_ENTRY = java.util.regex.Pattern.compile(
            "(?i)(?:^|\\b(?:on|of|for|in)\\s)(?:the\\s|my\\s)?(?:(?:last|latest|(?:mon|tues|wednes|thurs|fri|satur|sun)day's|yesterday's|today's)\\s)?"
                    + "((?-i:\\p{Lu})[\\p{L}0-9&.'-]*(?:\\s(?-i:\\p{Lu})[\\p{L}0-9&.'-]*){0,3})\\s(?:entry|time|hours|expense)\\b");

    static Frame apply(Frame f, AccountNames names) {
        if ((f.intent().equals("time.edit") || f.intent().equals("time.delete"))
                && !f.slots().containsKey("service")
                && f.slots().get("target") instanceof String t
                && t.equals(t.toLowerCase(Locale.ROOT))
                && LexicalFront.isServiceWord(t)
                && (names == null || !Gazetteer.of(names).isClientOrProject(t))) {
            // "correct the photography entry from today", "delete the design entry from friday": a kind of work
            // names which entry
            f = f.withSlotRenamed("target", "service");
        }
        Map<String, String> fields =
                switch (f.intent()) {
                    case "time.edit" -> TIME;
                    case "expense.edit" -> EXPENSE;
                    default -> null;
                };
        if (fields == null) {
            return f;
        }
        if (f.intent().equals("time.edit")
                && !f.slots().containsKey("service")
                && f.slots().get("target") instanceof String t
                && SERVICE_TAIL.matcher(t).matches()
                && LexicalFront.isServiceWord(t.substring(t.lastIndexOf(' ') + 1))
                && (names == null || !Gazetteer.of(names).isClientOrProject(t))) {
            // "the Globex research on the 16th": whose entry, then its kind of work
            Map<String, Object> slots = new LinkedHashMap<>();
            int cut = t.lastIndexOf(' ');
            f.slots().forEach((k, v) -> slots.put(k, k.equals("target") ? t.substring(0, cut) : v));
            slots.put("service", t.substring(cut + 1));
            f = f.withSlots(slots);
        }
        if (!(f.slots().get("new_target") instanceof String to)) {
            return f;
        }
        to = NameSlotCheck.trimmed(to);
        java.util.regex.Matcher named = f.input() == null ? null : POSSESSIVE_FIELD.matcher(f.input());
        if (named != null && named.find()) {
            // "change the last entry's note to …": the field named after the record's possessive
            String slot = fields.get(named.group(1).toLowerCase(Locale.ROOT));
            if (slot != null && !f.slots().containsKey(slot)) {
                return f.withSlotRenamed("new_target", slot);
            }
        }
        if (f.intent().equals("expense.edit")
                && !f.slots().containsKey("new_category")
                && ExpenseCategories.isCategory(to)
                && (names == null || !Gazetteer.of(names).isClientOrProject(to))) {
            // "the last expense should be filed under Travel": a kind of spending is its new category
            return f.withSlotRenamed("new_target", "new_category");
        }
        java.util.regex.Matcher kind = KIND_TAIL.matcher(to);
        if (kind.find() && kind.start() > 0) {
            // "on the Mobile App project instead": the new project
            String slot = "new_" + (kind.group(1).equalsIgnoreCase("project") ? "project" : "client");
            if (!f.slots().containsKey(slot)) {
                Map<String, Object> slots = new LinkedHashMap<>();
                String name = to.substring(0, kind.start());
                f.slots()
                        .forEach((k, v) ->
                                slots.put(k.equals("new_target") ? slot : k, k.equals("new_target") ? name : v));
                return f.withSlots(slots);
            }
        }
        for (String key : new String[] {"target", "service", "category", "vendor"}) {
            if (f.slots().get(key) instanceof String v) {
                String slot = fields.get(v.toLowerCase(Locale.ROOT).strip());
                if (slot != null && !f.slots().containsKey(slot)) {
                    Map<String, Object> slots = new LinkedHashMap<>();
                    for (Map.Entry<String, Object> e : f.slots().entrySet()) {
                        if (e.getKey().equals(key)) {
                            continue;
                        }
                        if (e.getKey().equals("new_target")) {
                            slots.put(slot, to);
                        } else {
                            slots.put(e.getKey(), e.getValue());
                        }
                    }
                    java.util.regex.Matcher whose =
                            key.equals("target") && f.input() != null ? WHOSE_ENTRY.matcher(f.input()) : null;
                    if (whose != null
                            && whose.find()
                            && !slots.containsKey("client")
                            && !slots.containsKey("project")) {
                        // "change the note on Monday's Apollo entry to …": the field was read where the name goes;
                        // the name before "entry" says whose entry it is
                        slots.put("target", whose.group(1));
                    }
                    return f.withSlots(slots);
                }
            }
        }
        if (f.intent().equals("time.edit") && !f.slots().containsKey("new_service") && kindOfWork(to, names)) {
            // "change entry 6011 to photography": the entry's new kind of work, not a new client
            Frame moved = f.withSlotRenamed("new_target", "new_service");
            return to.contains(" ") ? moved.withConfidence(Math.min(0.75, moved.confidence()), moved.parser()) : moved;
        }
        return f;
    }
}
