package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a client is and who runs it, told the way people tell it rather than as address fields:
 * "based in London", "Helios Energy GmbH in Berlin, Germany", "…, Halifax, Nova Scotia, Canada"
 * (a province, then a country), "the owner is Marta Silva". Only on {@code client.create} and
 * {@code client.update}, and only for fields the grammar left empty (or, for a province read as
 * the country, put right); a city is a capitalised name, a country one this class knows.
 */
final class ClientPlaces {
    private ClientPlaces() {}

    /** Countries a client is commonly in, as people write them. */
    private static final Set<String> COUNTRIES = Set.of(
            "canada",
            "usa",
            "us",
            "u.s.",
            "united states",
            "united states of america",
            "america",
            "uk",
            "u.k.",
            "united kingdom",
            "england",
            "scotland",
            "wales",
            "ireland",
            "northern ireland",
            "germany",
            "france",
            "spain",
            "italy",
            "portugal",
            "netherlands",
            "the netherlands",
            "holland",
            "belgium",
            "luxembourg",
            "switzerland",
            "austria",
            "sweden",
            "norway",
            "denmark",
            "finland",
            "iceland",
            "poland",
            "czechia",
            "czech republic",
            "japan",
            "china",
            "korea",
            "south korea",
            "india",
            "singapore",
            "hong kong",
            "australia",
            "new zealand",
            "mexico",
            "brazil",
            "argentina",
            "chile",
            "colombia",
            "south africa",
            "israel",
            "uae",
            "united arab emirates");

    /** Provinces and states a client's address may name between its city and its country. */
    private static final Set<String> PROVINCES = Set.of(
            "ontario",
            "quebec",
            "québec",
            "nova scotia",
            "new brunswick",
            "manitoba",
            "british columbia",
            "prince edward island",
            "saskatchewan",
            "alberta",
            "newfoundland and labrador",
            "newfoundland",
            "yukon",
            "nunavut",
            "northwest territories",
            "california",
            "new york",
            "texas",
            "florida",
            "washington",
            "oregon",
            "illinois",
            "massachusetts",
            "new jersey",
            "pennsylvania",
            "georgia",
            "colorado",
            "arizona",
            "ohio",
            "michigan",
            "virginia",
            "north carolina",
            "minnesota",
            "utah",
            "nevada",
            "tennessee",
            "maryland",
            "wisconsin",
            "missouri",
            "indiana",
            "connecticut",
            "bavaria",
            "new south wales",
            "victoria",
            "queensland");

    /** Legal forms written in capitals that are also words, so the grammar may leave them out of a name. */
    private static final String LEGAL_FORMS = "AS|ASA|AB|SA|AG|NV|BV|Oy|ApS|SpA|Srl|KK|SAS|SARL|Pty Ltd|Pty|SE";

    private static final String PLACE =
            "((?-i:\\p{Lu})[\\p{L}'-]*(?:\\.(?=\\p{L}))?[\\p{L}'-]*(?:[ -](?-i:\\p{Lu})[\\p{L}'-]*){0,2})";

    /** "based in London", "located in Austin, Texas", "headquartered out of Berlin, Germany". */
    private static final Pattern BASED =
            Pattern.compile("(?i)\\b(?:based|located|headquartered|situated|sitting)\\s(?:in|out of|at)\\s" + PLACE
                    + "(?:,\\s?" + PLACE + ")?(?:,\\s?" + PLACE + ")?");

    /** "Helios Energy GmbH in Berlin, Germany": a city after "in", with a country this class knows. */
    private static final Pattern IN_CITY_COUNTRY =
            Pattern.compile("(?i)\\bin\\s" + PLACE + ",\\s?" + PLACE + "(?=[,.;!]|\\s*$)");

    /** "the owner is Marta Silva", "run by Ana Ruiz", "main contact is Kim Lee". */
    private static final Pattern OWNER = Pattern.compile(
            "(?i)\\b(?:(?:the|their|its)\\s)?(?:owner|founder|boss|director|manager|main contact|contact person|point of contact"
                    + "|contact)(?:'s|\\sis|\\swill be|:)\\s((?-i:\\p{Lu})\\p{L}+(?:-(?-i:\\p{Lu})\\p{L}+)?)\\s((?-i:\\p{Lu})\\p{L}+(?:-(?-i:\\p{Lu})\\p{L}+)?)\\b"
                    + "|\\brun by\\s((?-i:\\p{Lu})\\p{L}+)\\s((?-i:\\p{Lu})\\p{L}+)\\b");

    /**
     * Who the contact is now, said after "contact" ("contact is now Omar Haddad", "the new contact
     * there is Marco Diaz", "billing contact: lucius fox", "new contact person selina kyle"): two
     * words of a person's name, capitalised unless the whole phrase is typed in lower case.
     */
    private static final Pattern CONTACT_NOW =
            Pattern.compile("(?i)\\b(?:contact(?:\\s+person|\\s+name)?|point of contact)(?:\\s+there)?"
                    + "(?:\\s*(?::|=|-|—|is|will be|should (?:now )?be|to be|becomes|has become|changed to|is changing to))?"
                    + "(?:\\s+now)?(?:\\s+(?:is|be))?\\s+([\\p{L}][\\p{L}'-]+)\\s+([\\p{L}][\\p{L}'-]+)\\b");

    /** "Rita has left Acme", "Rita's left Acme Corp": a person, then the client they left. */
    private static final Pattern LEFT = Pattern.compile(
            "\\b(\\p{Lu}\\p{L}+)(?:'s|’s| has| had| just)\\s+left\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}&'-]*(?:\\s+\\p{Lu}[\\p{L}&'-]*){0,3})");

    /** Words after "contact" that are no person's name. */
    private static final java.util.Set<String> NOT_A_PERSON = java.util.Set.of(
            "is", "now", "be", "the", "a", "an", "for", "at", "and", "email", "e-mail", "phone", "number", "name",
            "details", "info", "address", "to", "of", "on", "in", "with", "from", "there", "person", "will", "should",
            "has", "was", "first", "last", "it", "them", "their", "his", "her", "new", "same", "still", "so", "but");

    /**
     * Whether {@code input} says who a client's contact is now ("wayne enterprises contact now bruce
     * kent"), with a name before "contact": a change of the client even with no verb.
     */
    static boolean saysNewContact(String input) {
        Matcher m = CONTACT_NOW.matcher(input);
        boolean lower = input.equals(input.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (m.start() > 0
                    && person(m)
                    && (lower || Character.isUpperCase(m.group(1).charAt(0)))
                    && m.group().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:now|is|:|=|be)\\b.*|.*[:=].*")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two words {@link #CONTACT_NOW} found after "contact" may be a person's name. */
    private static boolean person(Matcher m) {
        return !NOT_A_PERSON.contains(m.group(1).toLowerCase(Locale.ROOT))
                && !NOT_A_PERSON.contains(m.group(2).toLowerCase(Locale.ROOT));
    }

    /** The contact's first and last name said after "contact" into {@code slots}; true when put. */
    private static boolean contactNow(Frame f, Map<String, Object> slots) {
        String in = f.input();
        for (var c : f.corrections()) {
            if (c.to().equalsIgnoreCase("contact")) {
                in = in.replace(c.from(), c.to()); // "cobtact is now …" read once corrected (no other word: a
                // person's name is never a correction's)
            }
        }
        boolean lower = in.equals(in.toLowerCase(Locale.ROOT));
        Matcher m = CONTACT_NOW.matcher(in);
        while (m.find()) {
            String first = m.group(1);
            String last = m.group(2);
            if (!person(m)
                    || !lower && !(Character.isUpperCase(first.charAt(0)) && Character.isUpperCase(last.charAt(0)))) {
                continue;
            }
            slots.put("first_name", first);
            slots.put("last_name", last);
            return true;
        }
        return false;
    }

    static Frame apply(Frame f) {
        if (!f.intent().equals("client.create") && !f.intent().equals("client.update")) {
            return f;
        }
        String in = f.input();
        Map<String, Object> slots = new LinkedHashMap<>(f.slots());
        boolean changed = false;
        if (slots.get("country") instanceof String c && PROVINCES.contains(c.toLowerCase(Locale.ROOT))) {
            // "…, Halifax, Nova Scotia, Canada, CAD": the province read as the country, the country said after it
            Matcher after = Pattern.compile("(?i)\\b" + Pattern.quote(c) + ",\\s?" + PLACE)
                    .matcher(in);
            if (after.find() && COUNTRIES.contains(after.group(1).toLowerCase(Locale.ROOT))) {
                slots.put("province", c);
                slots.put("country", after.group(1));
                changed = true;
            }
        }
        if (slots.get("organization") instanceof String org) {
            Matcher sfx = Pattern.compile(Pattern.quote(org) + "\\s(" + LEGAL_FORMS + ")\\b")
                    .matcher(in);
            if (sfx.find()) {
                // "Fjord AS", "Volvo AB": a legal form that reads as a word ("as") is part of the name
                slots.put("organization", org + " " + sfx.group(1));
                changed = true;
            }
        }
        Matcher b = BASED.matcher(in);
        if (b.find()) {
            changed |= place(slots, b.group(1), b.group(2), b.group(3));
        } else if (f.intent().equals("client.create")) {
            Matcher cc = IN_CITY_COUNTRY.matcher(in);
            if (cc.find() && COUNTRIES.contains(cc.group(2).toLowerCase(Locale.ROOT))) {
                changed |= place(slots, cc.group(1), cc.group(2), null);
            }
        }
        Matcher gone = LEFT.matcher(in);
        if (f.intent().equals("client.update")
                && gone.find()
                && slots.get("client") instanceof String who
                && who.equalsIgnoreCase(gone.group(1))) {
            // "Rita has left Acme, so the contact there should now be …": the client is the one left
            slots.put("client", gone.group(2));
            changed = true;
        }
        Matcher o = OWNER.matcher(in);
        if (o.find() && !slots.containsKey("first_name") && !slots.containsKey("last_name")) {
            slots.put("first_name", o.group(1) != null ? o.group(1) : o.group(3));
            slots.put("last_name", o.group(2) != null ? o.group(2) : o.group(4));
            changed = true;
        } else if (!slots.containsKey("first_name") && !slots.containsKey("last_name")) {
            changed |= contactNow(f, slots);
        }
        return changed ? f.withSlots(slots) : f;
    }

    /** The city, and a province and a country when said, into the empty fields; true when one was put. */
    private static boolean place(Map<String, Object> slots, String city, String second, String third) {
        if (COUNTRIES.contains(city.toLowerCase(Locale.ROOT)) || slots.containsKey("city")) {
            return false;
        }
        slots.put("city", city);
        if (second != null) {
            String low = second.toLowerCase(Locale.ROOT);
            if (COUNTRIES.contains(low)) {
                slots.putIfAbsent("country", second);
            } else if (PROVINCES.contains(low)) {
                slots.putIfAbsent("province", second);
                if (third != null && COUNTRIES.contains(third.toLowerCase(Locale.ROOT))) {
                    slots.putIfAbsent("country", third);
                }
            }
        }
        return true;
    }
}
