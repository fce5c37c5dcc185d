package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Evidence against a frame that every rule family shares: a name slot (a client, project, vendor,
 * member, service, ...) holding one of the phrase's own cue words ("latest", "payment", "invoice
 * 0009", "Client Kestrel Labs", "give Halvorsen") means a rule took the words around a name as the
 * name. Such a frame is asked about (below {@link Confidence#ACT}) rather than acted on: a real name
 * with such a word in it ("Last Mile Co") costs one question, a wrong name costs a wrong record.
 */
final class NameSlotCheck {
    /** The slots that hold a name as said. */
    private static final Set<String> NAME_SLOTS = Set.of(
            "client",
            "target",
            "project",
            "vendor",
            "member",
            "service",
            "category",
            "title",
            "name",
            "new_title",
            "new_target",
            "new_project",
            "new_client",
            "organization");

    /** Words that cue a request and are not part of a name. */
    private static final Set<String> CUES = Set.of(
            "latest",
            "recent",
            "previous",
            "newest",
            "most",
            "client",
            "clients",
            "invoice",
            "invoices",
            "inv",
            "payment",
            "payments",
            "expense",
            "expenses",
            "entry",
            "entries",
            "estimate",
            "estimates",
            "quote",
            "quotes",
            "timer",
            "remain",
            "remaining",
            "access",
            "called",
            "named",
            "archive",
            "archived",
            "give",
            "gave",
            "hours",
            "hrs",
            "minutes",
            "mins",
            "from");

    private NameSlotCheck() {}

    /** Words that end a phrase's clause, never a name: "Globex since", "Adobe dated", "Mobile App instead". */
    private static final Set<String> TRAILING = Set.of(
            "since",
            "dated",
            "instead",
            "actually",
            "rather",
            "until",
            "till",
            "with",
            "from",
            "to",
            "for",
            "on",
            "at",
            "by",
            "of",
            "and",
            "or",
            "the",
            "a",
            "an",
            "please",
            "pls",
            "now",
            "then",
            "also",
            "too",
            "as",
            "is",
            "was",
            "were",
            "should",
            "today",
            "yesterday",
            "tomorrow",
            "org",
            "totalling",
            "totaling",
            "issued",
            "billed",
            "ph",
            "tel",
            "vs",
            "versus",
            "accepted",
            "approved",
            "declined",
            "part",
            "side",
            "bit",
            "stuff",
            "due");

    /** The slots that say who or what a record is for, whose name a lower-case tail never continues. */
    private static final Set<String> WHO =
            Set.of("client", "target", "project", "member", "new_target", "new_project", "new_client", "vendor");

    /** Lower-case words that do continue a name ("Umbrella health", "Okafor design"). */
    private static final Set<String> NAME_TAIL = Set.of(
            "corp",
            "corporation",
            "inc",
            "llc",
            "ltd",
            "co",
            "company",
            "group",
            "labs",
            "lab",
            "studio",
            "studios",
            "media",
            "industries",
            "dental",
            "health",
            "cafe",
            "bakery",
            "farms",
            "farm",
            "partners",
            "systems",
            "solutions",
            "agency",
            "enterprises",
            "ventures",
            "holdings",
            "foods",
            "works",
            "tech",
            "robotics",
            "consulting",
            "design",
            "digital",
            "creative",
            "law",
            "clinic",
            "school",
            "house",
            "shop",
            "store",
            "redesign",
            "app",
            "website",
            "site",
            "launch",
            "migration",
            "review",
            "report",
            "refresh",
            "upgrade",
            "flow",
            "revamp",
            "campaign",
            "rebrand",
            "audit",
            "portal",
            "platform",
            "project",
            "build",
            "phase");

    /** "Apollo covering", "Initech look", "Globex people": capitalised words, then lower-case words that are no name's. */
    private static final java.util.regex.Pattern CASED_TAIL = java.util.regex.Pattern.compile(
            "^((?:\\p{Lu}[\\p{L}0-9&'.-]*)(?: \\p{Lu}[\\p{L}0-9&'.-]*)*)((?: \\p{Ll}[\\p{Ll}'-]*)+)$");

    /** What introduces a name and is not part of it: "organization name Cyberdyne Systems", "named Code Review". */
    private static final java.util.regex.Pattern LEADING = java.util.regex.Pattern.compile(
            "(?i)^(?:(?:(?:the|its|their) )?(?:organi[sz]ation|company|business|client|project|service|vendor|category)"
                    + " (?:name|title)|name|named|called|titled|(?-i:(?:the )?(?:organi[sz]ation|company|business|vendor|merchant"
                    + "|individual|person|customer|client|project)(?= \\p{Lu}))|(?:i )?(?:think|guess|believe|reckon|suppose)"
                    + "|(?:great|good) news,?(?: -|:)?|so|well|oh|ok|okay|hey)\\s+(?=\\S)");

    /** A rate said after a new service's or project's name: "Code Review with an hourly rate of". */
    private static final java.util.regex.Pattern RATE_TAIL = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:with|at) (?:an? |the )?(?:(?:hourly|default|standard|billing) )?rate(?: of)?$");

    /**
     * {@code f} with the grammar's words taken off the ends of its name slots, and asked about (below
     * {@link Confidence#ACT}) when a slot still holds a cue word.
     */
    static Frame check(Frame f) {
        f = notNames(f);
        Frame cued = cue(f);
        Frame t = trim(cued);
        // words taken off a name say the rule that read it read too far: a little less sure
        return t == cued ? t : t.withConfidence(Math.max(0.0, t.confidence() - 0.05), t.parser());
    }

    /**
     * The name slots with the words that introduce or end a clause taken off their ends ("Globex
     * since" → Globex, "organization name Cyberdyne Systems" → Cyberdyne Systems): a name never
     * ends with "since" or "dated", so the rule that read the name read too far. A slot that would
     * be left empty is kept as it was.
     */
    static Frame trim(Frame f) {
        if (f.intent().equals("unknown")) {
            return f;
        }
        Map<String, Object> slots = null;
        for (Map.Entry<String, Object> e : f.slots().entrySet()) {
            if (!NAME_SLOTS.contains(e.getKey()) || !(e.getValue() instanceof String v)) {
                continue;
            }
            String t = trimmed(v);
            java.util.regex.Matcher tail = CASED_TAIL.matcher(t);
            if (WHO.contains(e.getKey())
                    && tail.matches()
                    && !f.input().equals(f.input().toLowerCase(Locale.ROOT))) {
                boolean name = false;
                for (String w : tail.group(2).strip().split(" ")) {
                    name |= NAME_TAIL.contains(w) || LexicalFront.isServiceWord(w);
                }
                if (!name) {
                    t = tail.group(1);
                }
            }
            if (!t.isEmpty() && !t.equals(v)) {
                if (slots == null) {
                    slots = new java.util.LinkedHashMap<>(f.slots());
                }
                slots.put(e.getKey(), t);
            }
        }
        if (f.intent().equals("client.create")
                && !f.slots().containsKey("first_name")
                && (slots == null ? f.slots() : slots).get("organization") instanceof String org
                && org.matches("\\p{L}[\\p{L}'-]* \\p{L}[\\p{L}'-]*")
                && f.input()
                        .toLowerCase(Locale.ROOT)
                        .matches("(?s).*\\b(?:individual|person|freelancer|consultant)(?: named| called)? "
                                + java.util.regex.Pattern.quote(org.toLowerCase(Locale.ROOT)) + "\\b.*")) {
            // "a client for the individual Maria Lopez": a person, first and last name
            if (slots == null) {
                slots = new java.util.LinkedHashMap<>(f.slots());
            }
            slots.remove("organization");
            String[] two = org.split(" ");
            slots.put("first_name", two[0]);
            slots.put("last_name", two[1]);
        }
        if (slots == null) {
            return f;
        }
        return f.withSlots(slots);
    }

    private static final java.util.regex.Pattern POLITE_TAIL = java.util.regex.Pattern.compile(
            "(?i)\\s*[,;]\\s*(?:please|pls|plz|can you|could you|would you|thanks|thank you|cheers|ta|thx)\\b.*$");

    /** "Website Redesign project as finished": the record's kind ends its name; what follows is the clause's. */
    private static final java.util.regex.Pattern KIND_THEN_CLAUSE = java.util.regex.Pattern.compile(
            "(?i)^(.+?) (?:project|client)\\s+(?:as|to be|because|since|for good|now|then|entirely|completely|altogether)\\b.*$");

    static String trimmed(String v) {
        String t =
                RATE_TAIL.matcher(LEADING.matcher(v.strip()).replaceFirst("")).replaceFirst("");
        t = KIND_THEN_CLAUSE.matcher(t).replaceFirst("$1");
        t = POLITE_TAIL.matcher(t).replaceFirst(""); // "initech llc, please rename them": the name ends at the comma
        int colon = t.indexOf(": ");
        if (colon > 0) {
            t = t.substring(0, colon); // "Website Redesign: set the budget …": the name ends at the colon
        }
        while (true) {
            int sp = t.lastIndexOf(' ');
            if (sp < 0 || !TRAILING.contains(t.substring(sp + 1).toLowerCase(Locale.ROOT))) {
                return t;
            }
            t = t.substring(0, sp).stripTrailing();
        }
    }

    private static Frame cue(Frame f) {
        if (f.confidence() < Confidence.ACT || f.intent().equals("unknown")) {
            return f;
        }
        for (Map.Entry<String, Object> e : f.slots().entrySet()) {
            if (NAME_SLOTS.contains(e.getKey()) && e.getValue() instanceof String v && hasCue(v)) {
                return f.withConfidence(Confidence.ACT - 0.05, f.parser());
            }
        }
        return f;
    }

    /** Words that are never a client, project, vendor or the like on their own. */
    private static final Set<String> NEVER_NAMES = Set.of(
            "currently",
            "still",
            "already",
            "actually",
            "really",
            "just",
            "ever",
            "yet",
            "even",
            "also",
            "issued",
            "grouped",
            "sitting",
            "sent",
            "created",
            "dated",
            "received",
            "owed",
            "owing",
            "billed",
            "been",
            "being",
            "have",
            "has",
            "had",
            "is",
            "are",
            "was",
            "were",
            "do",
            "does",
            "did",
            "will",
            "would",
            "can",
            "could",
            "should",
            "it",
            "them",
            "they",
            "their",
            "this",
            "that",
            "these",
            "those",
            "my",
            "me",
            "i",
            "we",
            "us",
            "you",
            "all",
            "any",
            "some",
            "anything",
            "everything",
            "anyone",
            "someone",
            "nobody",
            "anybody",
            "there",
            "here",
            "what",
            "which",
            "who",
            "how",
            "why",
            "when",
            "team",
            "staff",
            "everyone",
            "from",
            "to",
            "on",
            "at",
            "by",
            "for",
            "of",
            "with",
            "in",
            "into",
            "waiting",
            "awaiting",
            "pending");

    /** The name slots of existing records, where a word of the grammar taken as a name does harm. */
    private static final Set<String> RECORD_SLOTS =
            Set.of("client", "target", "project", "vendor", "member", "category", "service");

    /**
     * {@code f} without a name slot that holds only words no name is ("haven't", "currently",
     * "issued"): "invoices from 60 days ago that haven't been paid" names no client. The frame is
     * sure of no more than before; it loses a slot the phrase did not state, and when that slot was
     * required, it is asked about.
     */
    static Frame notNames(Frame f) {
        if (f.intent().equals("unknown")) {
            return f;
        }
        Map<String, Object> slots = null;
        for (Map.Entry<String, Object> e : f.slots().entrySet()) {
            if (RECORD_SLOTS.contains(e.getKey()) && e.getValue() instanceof String v && onlyFunctionWords(v)) {
                if (slots == null) {
                    slots = new java.util.LinkedHashMap<>(f.slots());
                }
                slots.remove(e.getKey());
            }
        }
        if (slots == null) {
            return f;
        }
        Frame out = f.withSlots(slots);
        dev.fbcli.nlp.intent.IntentType type = f.type();
        if (type != null && !type.missing(slots).isEmpty()) {
            out = out.withConfidence(Math.min(f.confidence(), 0.6), f.parser());
        }
        return out;
    }

    static boolean onlyFunctionWords(String value) {
        String[] words =
                value.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("\\s+");
        for (String w : words) {
            if (!NEVER_NAMES.contains(w) && !w.endsWith("n't")) {
                return false;
            }
        }
        return words.length > 0 && !words[0].isEmpty();
    }

    static boolean hasCue(String value) {
        for (String w : value.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (CUES.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
