package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last step of a rules parse that knows the account's names ({@link Gazetteer}). A client or
 * project named with one slip ("what does Globx owe me", "log 3h on Initeck") gets the account's
 * spelling, as a misspelt service or day gets the vocabulary's: reported as a correction the plan
 * card shows ("read 'Globx' as Globex") and paid for in confidence. Only the slots that point at a
 * record that exists are corrected ({@code client}, {@code project}, {@code target}); a new
 * record's name ({@code organization}, {@code title}, {@code name}) stays as typed, since "new
 * client Acmee" may well mean Acmee. And "rename X to Y" edits the kind of record X is in the
 * account, a client ({@code client.update}) or a project ({@code project.edit}); the grammar alone
 * guesses a project unless the phrase says client or Y is a company's name.
 */
final class AccountKinds {
    private AccountKinds() {}

    /** "put chris on apollo", "add Jordan to Mobile App": a person onto a project, said without "project". */
    private static final java.util.regex.Pattern ONTO = java.util.regex.Pattern.compile(
            "(?i)(?:(?:can|could|would) you |please |pls )*(?:put|add|assign|staff|move) ([\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|[\\p{L}][\\p{L}.'-]*(?: [\\p{L}][\\p{L}.'-]*)?)"
                    + " (?:on|onto|to) (?:the )?(.+?)(?: team)?[.!?]?(?:\\s+(?:ta|thanks|thx|cheers|thank you)[.!]?)?");

    static Frame apply(Frame f, AccountNames names) {
        if (names == null || names.isEmpty()) {
            return f.isUnknown() ? f : paid(f, Gazetteer.of(names)); // a well-known merchant, whatever the account
        }
        if (f.isUnknown() && f.reason() != null && f.reason().startsWith("fb could not read")) {
            return assigned(f, Gazetteer.of(names));
        }
        if (f.isUnknown()) {
            return f;
        }
        Gazetteer g = Gazetteer.of(names);
        // a name moved into a client's slot by kinds() is spelled as the account spells it too
        return paid(spelled(kinds(renamed(spelled(billed(runs(titled(f, g), g), g), g), g), g), g), g);
    }

    /** A word in a phrase: letters or digits, with the marks a name may hold inside. */
    private static final java.util.regex.Pattern WORD =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}&'.-]*");

    /**
     * "I'm jumping on a call with Globex now, start tracking meetings", "starting on the Website
     * Redesign now — could you start a timer? Design work.": work asked for with no client or
     * project named in the request, while another clause names one of the account's, is for that
     * one. The name is the account's (so it is no guess at a name), but it was said outside the
     * request: the frame is asked about, never acted on unasked.
     */
    static Frame told(String input, Frame f, AccountNames names) {
        if (names == null
                || names.isEmpty()
                || !f.intent().equals("time.log") && !f.intent().equals("timer.start")
                || f.slots().containsKey("target")
                || f.slots().containsKey("client")
                || f.slots().containsKey("project")) {
            return f;
        }
        Gazetteer g = Gazetteer.of(names);
        String held = Slots.heldWords(f.slots(), null);
        java.util.List<String> words = new java.util.ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(input);
        while (m.find()) {
            words.add(m.group().replaceAll("[.'-]+$", ""));
        }
        String found = null;
        for (int i = 0; i < words.size() && found == null; i++) {
            for (int k = Math.min(3, words.size() - i); k >= 1; k--) {
                String run = String.join(" ", words.subList(i, i + k));
                String low = run.toLowerCase(java.util.Locale.ROOT);
                if (held.indexOf(" " + low + " ") >= 0
                        || g.service(run) != null
                        || g.category(run) != null
                        || k == 1 && run.equals(low) && Lexicon.isKnown(low)
                        || !g.isClientOrProject(run)) {
                    continue;
                }
                found = run;
                break;
            }
        }
        if (found == null) {
            return f;
        }
        Map<String, Object> slots = new LinkedHashMap<>(f.slots());
        slots.put("target", found);
        return f.withSlots(slots).withConfidence(Math.min(f.confidence(), Confidence.ACT - 0.01), f.parser());
    }

    /**
     * "Expense 15.99 for the Dropbox plan", "32 bucks on Uber": the name an expense is "for" or "on"
     * is whom it is charged to only when it is a client or a project; one of the account's vendors
     * or a well-known merchant ({@link Merchants}), and none of its clients or projects, is who was paid.
     */
    private static Frame paid(Frame f, Gazetteer g) {
        if (!f.intent().equals("expense.create") && !f.intent().equals("expense.list")) {
            return f;
        }
        if (!(f.slots().get("target") instanceof String name)
                || f.slots().containsKey("vendor")
                || !(g.isVendor(name) || Merchants.known(name))
                || g.namesClientOrProject(name)) {
            return f;
        }
        java.util.Map<String, Object> slots = new java.util.LinkedHashMap<>(f.slots());
        slots.remove("target");
        slots.put("vendor", name);
        return f.withSlots(slots);
    }

    /**
     * "proj new Brand Refresh acme 40h budget": the account's client said last in a new project's
     * title, with no client named otherwise, is whose project it is.
     */
    private static Frame titled(Frame f, Gazetteer g) {
        if (!f.intent().equals("project.create")
                || !(f.slots().get("title") instanceof String title)
                || f.slots().containsKey("client")) {
            return f;
        }
        String[] w = title.split(" ");
        for (int k = Math.min(3, w.length - 1); k >= 1; k--) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(w, w.length - k, w.length));
            if (g.clientOnly(tail) && tail.equals(tail.toLowerCase(java.util.Locale.ROOT))) {
                Map<String, Object> slots = new LinkedHashMap<>(f.slots());
                slots.put("title", String.join(" ", java.util.Arrays.copyOfRange(w, 0, w.length - k)));
                slots.put("client", tail);
                return f.withSlots(slots);
            }
        }
        return f;
    }

    /**
     * Tracked time billed "for X" names who the invoice is for: the account's project when X is
     * only a project, else the client ("inv acme unbilled time", "create an invoice from Wayne
     * Enterprises' tracked time").
     */
    private static Frame billed(Frame f, Gazetteer g) {
        if (!f.intent().equals("invoice.from_time") || !(f.slots().get("target") instanceof String t)) {
            return f;
        }
        Map<String, Object> slots = new LinkedHashMap<>(f.slots());
        slots.remove("target");
        slots.put(g.projectOnly(t) ? "project" : "client", t);
        return f.withSlots(slots);
    }

    /**
     * A run of lower-case words read as one slot that is the account's client or project and a
     * kind of work or spending side by side ("proj apollo development", "stark consulting", "qa
     * testing mobile app proj"): the name goes where names go, the rest to the service (or, for an
     * expense, the category). A run that is not a name and a kind, word for word, is left as read.
     */
    private static Frame runs(Frame f, Gazetteer g) {
        boolean work = f.intent().equals("time.log")
                || f.intent().equals("timer.start")
                || f.intent().equals("time.list");
        boolean spend = f.intent().equals("expense.create");
        if (!work && !spend) {
            return f;
        }
        String kindSlot = work ? "service" : "category";
        for (String key : new String[] {"project", "target", "client", kindSlot}) {
            if (!(f.slots().get(key) instanceof String v)
                    || !v.contains(" ")
                    || !v.equals(v.toLowerCase(java.util.Locale.ROOT))
                    || g.namesClientOrProject(v)) {
                continue;
            }
            String[] w = v.split(" ");
            for (int k = 1; k < w.length; k++) {
                String head = String.join(" ", java.util.Arrays.copyOfRange(w, 0, k));
                String tail = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
                String name = null;
                String kind = null;
                if (g.namesClientOrProject(head) && isKind(tail, work, g)) {
                    name = head;
                    kind = tail;
                } else if (g.namesClientOrProject(tail) && isKind(head, work, g)) {
                    name = tail;
                    kind = head;
                }
                if (name == null) {
                    continue;
                }
                Map<String, Object> slots = new LinkedHashMap<>(f.slots());
                String nameSlot = key.equals(kindSlot) ? "target" : key;
                if (key.equals(kindSlot) ? slots.containsKey("target") : slots.containsKey(kindSlot)) {
                    break; // the other part is already read: the run is not the two side by side
                }
                slots.remove(key);
                slots.put(nameSlot, name);
                slots.put(kindSlot, kind);
                return f.withSlots(slots);
            }
        }
        return f;
    }

    private static boolean isKind(String words, boolean work, Gazetteer g) {
        if (!work) {
            return ExpenseCategories.isSpending(words);
        }
        String last = words.substring(words.lastIndexOf(' ') + 1);
        return g.service(words) != null || LexicalFront.isServiceWord(last);
    }

    /**
     * A name said where a client or project goes that is one of the account's services ("6 hours
     * for Research on the Data Migration project") or expense categories ("$75 for Telephone") is
     * the kind of work or the category; a service said in part ("QA" of "45 minutes of QA Testing")
     * is the whole name the phrase says.
     */
    private static Frame kinds(Frame f, Gazetteer g) {
        Map<String, Object> slots = new LinkedHashMap<>(f.slots());
        boolean changed = false;
        boolean work = f.intent().equals("time.log")
                || f.intent().equals("timer.start")
                || f.intent().equals("time.list");
        boolean spend = f.intent().equals("expense.create") || f.intent().equals("expense.list");
        for (String key : new String[] {"target", "client"}) {
            if (!(slots.get(key) instanceof String v) || g.isClientOrProject(v)) {
                continue;
            }
            String low = v.toLowerCase(java.util.Locale.ROOT);
            if (work && !slots.containsKey("service") && g.service(v) != null) {
                slots.remove(key);
                slots.put("service", v);
                changed = true;
            } else if (spend && !slots.containsKey("category")) {
                String cat = low.endsWith(" category") ? v.substring(0, v.length() - " category".length()) : null;
                if (cat != null || g.category(v) != null || ExpenseCategories.isCategory(v)) {
                    slots.remove(key);
                    slots.put("category", cat != null ? cat : v);
                    changed = true;
                }
            }
        }
        if (spend
                && slots.get("category") instanceof String cat
                && !slots.containsKey("target")
                && !slots.containsKey("client")
                && !slots.containsKey("project")
                && g.category(cat) == null
                && !ExpenseCategories.isCategory(cat)) {
            // "acme expenses", "initeck expenses since nov 1": a client's name where a category goes
            if (g.namesClientOrProject(cat)) {
                slots.remove("category");
                slots.put("target", cat);
                changed = true;
            }
        }
        if (work
                && slots.get("service") instanceof String named
                && g.service(named) == null
                && g.isClientOrProject(named)
                && !slots.containsKey("target")
                && !slots.containsKey("client")
                && !slots.containsKey("project")) {
            // "last wk acme hrs total": the account's client where a kind of work goes is whose time it is
            slots.remove("service");
            slots.put("target", named);
            changed = true;
        }
        if (work && slots.get("service") instanceof String svc) {
            String low = svc.toLowerCase(java.util.Locale.ROOT);
            String input = f.input().toLowerCase(java.util.Locale.ROOT);
            for (String full : g.servicesStartingWith(low)) {
                int at = input.indexOf(full);
                if (at >= 0) {
                    slots.put("service", f.input().substring(at, at + full.length()));
                    changed = true;
                    break;
                }
            }
        }
        if ((f.intent().equals("time.log") || f.intent().equals("timer.start"))
                && !slots.containsKey("note")
                && slots.get("service") instanceof String svc
                && svc.equals(svc.toLowerCase(java.util.Locale.ROOT))
                && (svc.contains(" ") || !LexicalFront.isServiceWord(svc) && !svc.endsWith("ing"))
                && g.service(svc) == null
                && noAccountService(svc, g)
                && said(f.input(), svc)) {
            // "…, threat model", "for the schema review", "…, deploy": words said as a field of their own,
            // after "for the" or last after "for" that name none of the account's services (nor, said as one
            // word, a common kind of work such as "bookkeeping" or "debugging") are what the time was for, its note
            slots.remove("service");
            slots.put("note", svc);
            changed = true;
        }
        if (!changed) {
            return f;
        }
        return f.withSlots(slots);
    }

    private static boolean noAccountService(String words, Gazetteer g) {
        for (String w : words.split(" ")) {
            if (g.service(w) != null || !g.servicesStartingWith(w).isEmpty() || g.serviceAbbreviated(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code words} are said after a comma (to the end or the next comma), after "for the", or
     * (one word) last after "for", in {@code input}.
     */
    private static boolean said(String input, String words) {
        String in = input.toLowerCase(java.util.Locale.ROOT);
        String w = java.util.regex.Pattern.quote(words);
        return in.matches("(?s).*,\\s*" + w + "\\s*(?:[,.;!]|$).*")
                || in.matches("(?s).*\\bfor the " + w + "\\b.*")
                || !words.contains(" ") && in.matches("(?s).*\\bfor " + w + "[.!]?$");
    }

    private static final java.util.List<String> REFERENCES =
            java.util.List.of("client", "project", "target", "new_target", "new_project", "new_client");

    /** {@code f} with its client and project names spelled as the account spells them (one slip). */
    static Frame spelledNames(Frame f, AccountNames names) {
        return names == null || names.isEmpty() || f.isUnknown() ? f : spelled(f, Gazetteer.of(names));
    }

    private static Frame spelled(Frame f, Gazetteer g) {
        Map<String, Object> slots = null;
        java.util.List<dev.fbcli.nlp.intent.Correction> all = new java.util.ArrayList<>(f.corrections());
        int fixes = 0;
        for (String key : REFERENCES) {
            if (f.slots().get(key) instanceof String v) {
                String name = g.spelling(v);
                if (name != null && !name.equalsIgnoreCase(v)) {
                    if (slots == null) {
                        slots = new LinkedHashMap<>(f.slots());
                    }
                    slots.put(key, name);
                    var c = new dev.fbcli.nlp.intent.Correction(v, name);
                    if (!all.contains(c)) {
                        all.add(c);
                        fixes++;
                    }
                }
            }
        }
        if (slots == null) {
            return f;
        }
        double conf = Math.max(0.0, f.confidence() - LexicalFront.CORRECTION_COST * fixes);
        return new Frame(f.input(), f.intent(), slots, f.missing(), conf, f.parser(), f.reason(), all);
    }

    /**
     * "put chris on apollo": read only when nothing else was, the project is one of the account's,
     * and the person is not a client's or project's name.
     */
    private static Frame assigned(Frame f, Gazetteer g) {
        java.util.regex.Matcher m = ONTO.matcher(f.input().strip());
        if (!m.matches()) {
            return f;
        }
        String member = m.group(1);
        String project = m.group(2).replaceFirst("(?i)\\s+project$", "");
        if (g.isClientOrProject(member) || Sentence.STOP.contains(member.toLowerCase(java.util.Locale.ROOT))) {
            return f;
        }
        double conf = 0.85;
        java.util.List<dev.fbcli.nlp.intent.Correction> fixed = java.util.List.of();
        if (!g.projectOnly(project)) {
            String spelled = g.spelling(project);
            if (spelled != null && g.projectOnly(spelled)) {
                // "add alex to apolo": the account's project with one slip, said as the account spells it
                fixed = java.util.List.of(new dev.fbcli.nlp.intent.Correction(project, spelled));
                project = spelled;
                conf = 0.85 - LexicalFront.CORRECTION_COST;
            } else if (person(member) && newName(project, g)) {
                // "Put Priya on Checkout Revamp": a person onto a project the account does not know (yet): asked
                conf = Confidence.ACT - 0.05;
            } else {
                return f;
            }
        }
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("project", project);
        slots.put("member", member);
        return new Frame(f.input(), "project.assign", slots, java.util.List.of(), conf, "rules", null, fixed);
    }

    /** An e-mail address, or words that start with a given name ("eli brooks", "Priya"). */
    private static boolean person(String member) {
        if (member.indexOf('@') > 0) {
            return true;
        }
        String first = member.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
        return Grammar.FIRST_NAMES.contains(first);
    }

    /** Words that may name a project: one to four words, no digits or amounts, none of fb's record words. */
    private static boolean newName(String project, Gazetteer g) {
        String[] words = project.strip().split("\\s+");
        if (words.length > 4 || g.isClientOrProject(project) || project.matches(".*[\\d$€£@/].*")) {
            return false;
        }
        for (String w : words) {
            String low = w.toLowerCase(java.util.Locale.ROOT);
            if (RECORD_WORDS.contains(low) || Sentence.STOP.contains(low)) {
                return false;
            }
        }
        return true;
    }

    /** Words that make "put X on Y" about something other than a project's team ("on hold", "on the invoice"). */
    private static final java.util.Set<String> RECORD_WORDS = java.util.Set.of(
            "hold",
            "invoice",
            "invoices",
            "expense",
            "expenses",
            "timer",
            "entry",
            "entries",
            "estimate",
            "list",
            "bill",
            "account",
            "tab",
            "payment",
            "retainer",
            "notice",
            "speaker",
            "call",
            "phone",
            "time",
            "clock",
            "calendar",
            "agenda",
            "schedule",
            "it",
            "them",
            "that",
            "this",
            "record",
            "file");

    /** "rename Globex Inc to Globex International": Globex Inc is a client of the account, so client.update. */
    private static Frame renamed(Frame f, Gazetteer g) {
        if (f.intent().equals("project.edit")
                && f.slots().size() == 2
                && f.slots().get("project") instanceof String p
                && f.slots().get("new_title") instanceof String to
                && g.clientOnly(p)
                && !f.input().toLowerCase(java.util.Locale.ROOT).matches(".*\\bproject\\b.*")) {
            Map<String, Object> slots = new LinkedHashMap<>();
            slots.put("client", p);
            slots.put("organization", to);
            return f.withIntent("client.update", slots);
        }
        if (f.intent().equals("service.rate")
                && f.slots().get("service") instanceof String svc
                && g.projectOnly(svc)
                && g.service(svc) == null) {
            // "bump the Data Migration rate to $105 an hour": Data Migration is a project of the account
            Map<String, Object> slots = new LinkedHashMap<>();
            slots.put("project", svc);
            slots.put("rate", f.slots().get("rate"));
            return f.withIntent("project.edit", slots);
        }
        if (f.intent().equals("client.update")
                && f.slots().size() == 2
                && f.slots().get("client") instanceof String c
                && f.slots().get("organization") instanceof String to
                && g.projectOnly(c)
                && !f.input().toLowerCase(java.util.Locale.ROOT).matches(".*\\b(?:client|customer)\\b.*")) {
            Map<String, Object> slots = new LinkedHashMap<>();
            slots.put("project", c);
            slots.put("new_title", to);
            return f.withIntent("project.edit", slots);
        }
        if (f.intent().equals("client.archive")
                && f.slots().size() == 1
                && f.slots().get("client") instanceof String c
                && g.projectOnly(c)
                && !f.input().toLowerCase(java.util.Locale.ROOT).matches(".*\\b(?:client|customer)\\b.*")) {
            // "archive Data Migration", "we're done with Data Migration, archive it": a project of the account
            return f.withIntent("project.archive", Map.of("project", c));
        }
        return f;
    }
}
