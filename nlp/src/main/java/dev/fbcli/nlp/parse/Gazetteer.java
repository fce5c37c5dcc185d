package dev.fbcli.nlp.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The account's names (clients, projects, services, categories from the CLI's name cache) as a
 * word list the lexical front looks phrases up in: "acme" is the client Acme Corp's first word,
 * "website redesign" the project Website Redesign, "globx" a typo of Globex. Built once per
 * {@link AccountNames} and kept (the last one only), so a warm parse does not rebuild it.
 */
final class Gazetteer {
    /** One entry: a name's words (lower case) and the words as the account spells them. */
    record Entry(List<String> low, List<String> cased, boolean proper) {}

    /** Words that end a company's name and say nothing about which one it is. */
    private static final Set<String> CORP = Set.of(
            "corp",
            "corporation",
            "inc",
            "incorporated",
            "ltd",
            "limited",
            "llc",
            "co",
            "company",
            "gmbh",
            "sa",
            "plc",
            "group",
            "industries",
            "enterprises");

    private static final Gazetteer NONE = new Gazetteer(List.of());
    private static volatile Object[] last = {null, NONE};

    /** Longest names first, so "Umbrella Health" wins over "Umbrella". */
    final List<Entry> entries;

    /** The entries by their first word (lower case), longest first: a phrase's word finds its names at once. */
    private final Map<String, List<Entry>> byFirst;

    /** The entries whose first word is {@code low}, longest first (none: an empty list). */
    List<Entry> startingWith(String low) {
        return byFirst.getOrDefault(low, List.of());
    }

    private final Speller words;

    /** Clients' and projects' names (and short forms) in lower case, to tell which kind a name is. */
    private final Set<String> clients;

    private final Set<String> projects;

    /** Services' and expense categories' names in lower case, mapped to the account's spelling. */
    private final Map<String, String> services;

    private final Map<String, String> categories;

    /** The account's vendors, as it spells them. */
    private final List<String> vendors;

    /** The words of the vendors' names, to read a vendor typed with a slip. */
    private final Speller vendorWords;

    private Gazetteer(List<Entry> entries) {
        this(entries, Set.of(), Set.of(), Map.of(), Map.of(), List.of());
    }

    private Gazetteer(
            List<Entry> entries,
            Set<String> clients,
            Set<String> projects,
            Map<String, String> services,
            Map<String, String> categories,
            List<String> vendors) {
        this.vendors = List.copyOf(vendors);
        List<String> vendorLow = new ArrayList<>();
        for (String v : vendors) {
            for (String w : LexicalFront.words(v)) {
                vendorLow.add(w.toLowerCase(Locale.ROOT));
            }
        }
        this.vendorWords = new Speller(vendorLow, Set.of());
        this.clients = Set.copyOf(clients);
        this.projects = Set.copyOf(projects);
        this.services = Map.copyOf(services);
        this.categories = Map.copyOf(categories);
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(new java.util.Comparator<Entry>() {
            @Override
            public int compare(Entry a, Entry b) {
                return Integer.compare(b.low().size(), a.low().size());
            }
        });
        this.entries = List.copyOf(sorted);
        Map<String, List<Entry>> first = new HashMap<>();
        for (Entry e : this.entries) {
            first.computeIfAbsent(e.low().get(0), k -> new ArrayList<>()).add(e);
        }
        this.byFirst = first;
        List<String> all = new ArrayList<>();
        for (Entry e : sorted) {
            all.addAll(e.low());
        }
        this.words = new Speller(all, Set.of());
    }

    /** The gazetteer of {@code names} (the last one built is reused). */
    static Gazetteer of(AccountNames names) {
        if (names == null || names.isEmpty()) {
            return NONE;
        }
        Object[] l = last;
        if (names.equals(l[0])) {
            return (Gazetteer) l[1];
        }
        List<Entry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> firstWords = new HashMap<>();
        add(out, seen, firstWords, names.clients(), true);
        add(out, seen, firstWords, names.projects(), true);
        add(out, seen, firstWords, names.services(), false);
        add(out, seen, firstWords, names.categories(), false);
        Gazetteer g = new Gazetteer(
                out,
                lowNames(names.clients()),
                lowNames(names.projects()),
                byLow(names.services()),
                byLow(names.categories()),
                names.vendors());
        last = new Object[] {names, g};
        return g;
    }

    private static void add(
            List<Entry> out, Set<String> seen, Map<String, Integer> firstWords, List<String> names, boolean proper) {
        for (String n : names) {
            List<String> cased = LexicalFront.words(n);
            if (cased.isEmpty() || cased.size() > 6) {
                continue;
            }
            List<String> low = new ArrayList<>();
            for (String w : cased) {
                low.add(w.toLowerCase(Locale.ROOT));
            }
            if (seen.add(String.join(" ", low) + "/" + proper)) {
                out.add(new Entry(List.copyOf(low), List.copyOf(cased), proper));
            }
            // "Acme Corp" is also said "acme"; "Stark Industries" "stark"
            if (proper && low.size() > 1 && CORP.contains(low.get(low.size() - 1))) {
                List<String> head = low.subList(0, low.size() - 1);
                if (seen.add(String.join(" ", head) + "/" + proper)) {
                    out.add(new Entry(List.copyOf(head), List.copyOf(cased.subList(0, cased.size() - 1)), true));
                }
            }
        }
    }

    private static Map<String, String> byLow(List<String> names) {
        Map<String, String> out = new HashMap<>();
        for (String n : names) {
            out.putIfAbsent(lowWords(n), n);
        }
        return out;
    }

    /** The account's service named {@code name} (any case), or null. */
    String service(String name) {
        return services.get(lowWords(name));
    }

    /** The account's expense category named {@code name} (any case), or null. */
    String category(String name) {
        return categories.get(lowWords(name));
    }

    /** The account's services' names (lower case) that begin with {@code low} and a space. */
    /** Whether one of the account's services starts with {@code low} as said in short ("dev", "qa"). */
    boolean serviceAbbreviated(String low) {
        for (String k : services.keySet()) {
            if (low.length() >= 2 && k.startsWith(low)) {
                return true;
            }
        }
        return false;
    }

    List<String> servicesStartingWith(String low) {
        List<String> out = new ArrayList<>();
        for (String k : services.keySet()) {
            if (k.startsWith(low + " ")) {
                out.add(k);
            }
        }
        return out;
    }

    private static Set<String> lowNames(List<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) {
            List<String> low = new ArrayList<>();
            for (String w : LexicalFront.words(n)) {
                low.add(w.toLowerCase(Locale.ROOT));
            }
            if (low.isEmpty()) {
                continue;
            }
            out.add(String.join(" ", low));
            if (low.size() > 1 && CORP.contains(low.get(low.size() - 1))) {
                out.add(String.join(" ", low.subList(0, low.size() - 1)));
            }
        }
        return out;
    }

    /** True when {@code name} (any case) is a client's or a project's name of the account, or a company's without its suffix. */
    boolean isClientOrProject(String name) {
        String low = lowWords(name);
        return clients.contains(low) || projects.contains(low);
    }

    /**
     * True when {@code said} names one of the account's clients or projects, as typed or with the
     * one slip {@link #spelling} reads ("initeck" for Initech).
     */
    boolean namesClientOrProject(String said) {
        if (isClientOrProject(said)) {
            return true;
        }
        String name = spelling(said);
        return name != null && isClientOrProject(name);
    }

    /** True when {@code name} (any case, same words) is one of the account's vendors. */
    boolean isVendor(String name) {
        String low = lowWords(name);
        for (String v : vendors) {
            if (lowWords(v).equals(low)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code name} (any case) is a client's name of the account and no project's. */
    boolean clientOnly(String name) {
        String low = lowWords(name);
        return clients.contains(low) && !projects.contains(low);
    }

    /** True when {@code name} (any case) is a project's name of the account and no client's. */
    boolean projectOnly(String name) {
        String low = lowWords(name);
        return projects.contains(low) && !clients.contains(low);
    }

    private static String lowWords(String name) {
        List<String> low = new ArrayList<>();
        for (String w : LexicalFront.words(name)) {
            low.add(w.toLowerCase(Locale.ROOT));
        }
        return String.join(" ", low);
    }

    /**
     * The account's spelling of the client or project {@code name} was typed as with one slip in
     * one of its words ("Globx" → Globex, "Stark Industires" → Stark Industries), or null: when it
     * is a name as typed, when no name or more than one is that close, or when the slip is in a
     * word too short to tell.
     */
    String spelling(String name) {
        List<String> low = new ArrayList<>();
        for (String w : LexicalFront.words(name)) {
            low.add(w.toLowerCase(Locale.ROOT));
        }
        if (low.isEmpty()) {
            return null;
        }
        String joined = String.join(" ", low);
        if (clients.contains(joined) || projects.contains(joined)) {
            return null;
        }
        Entry found = null;
        for (Entry e : entries) {
            if (!e.proper() || e.low().size() != low.size()) {
                continue;
            }
            int slips = 0;
            for (int k = 0; k < low.size() && slips < 2; k++) {
                String w = low.get(k);
                if (w.equals(e.low().get(k))) {
                    continue;
                }
                if (k == low.size() - 1
                        && k > 0
                        && w.length() >= 2
                        && e.low().get(k).length() == w.length() + 1
                        && e.low().get(k).startsWith(w)
                        && !words.knows(w)) {
                    slips++; // "mobile ap": the last letter of a name's last word left off, after the words before it
                    continue;
                }
                // an English word ("came") is never a slip of a name ("Acme")
                slips += w.length() >= 4
                                && !words.knows(w)
                                && !Speller.vocabulary().isProtected(w)
                                && !Speller.vocabulary().knows(w)
                                && e.low().get(k).equals(correct(w))
                        ? 1
                        : 2;
            }
            if (slips == 1) {
                if (found != null && !found.low().equals(e.low())) {
                    return null; // two names as close: the resolver asks
                }
                found = e;
            }
        }
        return found == null ? null : String.join(" ", found.cased());
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The account's spelling of the vendor {@code said} was typed as with one slip ("stapels" → Staples,
     * "blue botle" → Blue Bottle, "air canda" → Air Canada), or null: when it is a vendor as typed, when no
     * vendor or more than one is that close, or when the slip is in a word too short to tell.
     */
    String vendorSpelling(String said) {
        List<String> low = new ArrayList<>();
        for (String w : LexicalFront.words(said)) {
            low.add(w.toLowerCase(Locale.ROOT));
        }
        if (low.isEmpty()) {
            return null;
        }
        String found = null;
        for (String v : vendors) {
            List<String> vl = new ArrayList<>();
            for (String w : LexicalFront.words(v)) {
                vl.add(w.toLowerCase(Locale.ROOT));
            }
            if (vl.equals(low)) {
                return null; // as typed
            }
            if (vl.size() != low.size()) {
                continue;
            }
            int slips = 0;
            for (int k = 0; k < low.size() && slips < 2; k++) {
                String w = low.get(k);
                if (w.equals(vl.get(k))) {
                    continue;
                }
                slips += w.length() >= 4
                                && !Speller.vocabulary().knows(w)
                                && !Speller.vocabulary().isProtected(w)
                                && vl.get(k).equals(vendorWords.correct(w))
                        ? 1
                        : 2;
            }
            if (slips == 1) {
                if (found != null && !found.equals(v)) {
                    return null; // two vendors as close
                }
                found = v;
            }
        }
        return found;
    }

    /** True when {@code low} is a word of one of the names. */
    boolean knows(String low) {
        return words.knows(low);
    }

    /** The name word {@code low} is a typo of, or null. */
    String correct(String low) {
        return low.length() < 4 ? null : words.correct(low);
    }
}
