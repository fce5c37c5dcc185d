package dev.fbcli.cli.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link NameIndex} must answer exactly as {@link ReferenceResolver} (the resolver before the index,
 * which normalized and scored every name on every lookup): same match, same rule, same ties, same
 * suggestions in the same order, over a 1,000-name account and every form a name is said in.
 */
class NameIndexTest {
    private static final String[] SYLLABLES = {
        "ac", "me", "glo", "bex", "ini", "tech", "um", "bre", "lla", "st", "ark", "way", "ne", "ty", "rell", "so",
        "lar", "nor", "th", "wind", "blue", "sky", "pi", "xel", "ra", "ven", "mo", "on", "ly", "tri", "ad", "zen"
    };
    private static final String[] SUFFIXES = {"", "", "", " Corp", " Inc", " Ltd", " LLC", " & Sons", " Studio", " Co."
    };
    private static final String[] FIRST = {"Rita", "Hank", "Bill", "Ada", "Zoë", "José", "Li", "Anna"};
    private static final String[] LAST = {"Acosta", "Scorpio", "Wong", "Müller", "Okafor", "Nguyen", "Smith"};

    static List<Candidate> clients;
    static NameIndex index;

    @BeforeAll
    static void manyClients() {
        // 1,000 names: the reference scans and normalizes them all on every lookup, which is slow
        clients = clients(1_000);
        index = NameIndex.of(clients);
    }

    static List<Candidate> clients(int count) {
        Random r = new Random(17);
        List<Candidate> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = word(r) + (r.nextInt(3) == 0 ? " " + word(r) : "") + SUFFIXES[r.nextInt(SUFFIXES.length)];
            if (r.nextInt(50) == 0) {
                name = "The " + name + "'s";
            }
            if (r.nextInt(40) == 0) {
                name = name.replace('e', 'é');
            }
            if (r.nextInt(100) == 0 && !clients.isEmpty()) {
                name = clients.get(r.nextInt(clients.size())).name(); // a duplicate: a tie to break
            }
            String contact =
                    r.nextInt(4) == 0 ? null : FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
            clients.add(new Candidate(String.valueOf(1000 + i), name, contact, r.nextInt(10) != 0));
        }
        return clients;
    }

    private static String word(Random r) {
        StringBuilder w = new StringBuilder();
        for (int k = 0, n = 2 + r.nextInt(2); k < n; k++) {
            w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        w.setCharAt(0, Character.toUpperCase(w.charAt(0)));
        return w.toString();
    }

    /** The ways a user says a name: as is, in lower case, a prefix, a word, with one typo, ... */
    private static List<String> saidForms(Candidate c, Random r) {
        String n = c.name();
        List<String> forms = new ArrayList<>();
        forms.add(n);
        forms.add(n.toLowerCase());
        forms.add(n.toUpperCase());
        forms.add(ReferenceResolver.normalize(n));
        forms.add(n.substring(0, Math.min(n.length(), 2 + r.nextInt(4))));
        forms.add(n.split(" ")[0]);
        forms.add("the " + n + " client");
        forms.add(n + " Corporation");
        forms.add(n + "'s");
        forms.add(c.id());
        forms.add("#" + c.id());
        if (c.detail() != null) {
            forms.add(c.detail().toLowerCase());
            forms.add(c.detail().split(" ")[0]);
        }
        forms.add(typo(n, r));
        forms.add(typo(typo(n, r), r));
        forms.add(typo(n.toLowerCase(), r) + " inc");
        return forms;
    }

    private static String typo(String s, Random r) {
        if (s.length() < 3) {
            return s + "x";
        }
        int at = 1 + r.nextInt(s.length() - 2);
        switch (r.nextInt(4)) {
            case 0:
                return s.substring(0, at) + s.substring(at + 1); // a letter left out
            case 1:
                return s.substring(0, at) + (char) ('a' + r.nextInt(26)) + s.substring(at); // one too many
            case 2:
                return s.substring(0, at) + (char) ('a' + r.nextInt(26)) + s.substring(at + 1); // a wrong one
            default:
                return s.substring(0, at) + s.charAt(at + 1) + s.charAt(at) + s.substring(at + 2); // swapped
        }
    }

    @Test
    void should_resolve_every_form_of_a_name_as_scoring_every_name_did() {
        Random r = new Random(4);
        int compared = 0;
        for (int k = 0; k < 30; k++) {
            Candidate c = clients.get(r.nextInt(clients.size()));
            for (String said : saidForms(c, r)) {
                assertThat(index.resolve(said)).as("'%s'", said).isEqualTo(ReferenceResolver.resolve(said, clients));
                compared++;
            }
        }
        for (String said : List.of("", "  ", "Cyberdyne Systems", "zzzz", "corp", "the", "a.b", "#", "Müller")) {
            assertThat(index.resolve(said)).as("'%s'", said).isEqualTo(ReferenceResolver.resolve(said, clients));
        }
        assertThat(compared).isGreaterThan(450);
    }

    @Test
    void should_answer_without_typos_as_resolve_does_or_leave_only_the_typo_step() {
        Random r = new Random(5);
        int typos = 0;
        for (int k = 0; k < 30; k++) {
            Candidate c = clients.get(r.nextInt(clients.size()));
            for (String said : saidForms(c, r)) {
                Resolution full = index.resolve(said);
                Resolution early = index.withoutTypos(said);
                if (early == null) {
                    typos++;
                    // only the typo step was left: a typo's match, or no match
                    assertThat(full instanceof Resolution.Match m && m.how() != Resolution.How.FUZZY)
                            .as("'%s'", said)
                            .isFalse();
                } else {
                    assertThat(early).as("'%s'", said).isEqualTo(full);
                }
            }
        }
        assertThat(typos).isPositive();
    }

    @Test
    void should_find_each_kind_of_answer_on_a_big_account() {
        // the comparison above is only worth something if it met every rule and every kind of answer;
        // and on 10,000 names the index still finds each (ambiguity, typos, contacts)
        for (List<Candidate> names : List.of(clients, clients(10_000))) {
            NameIndex big = NameIndex.of(names);
            Random r = new Random(4);
            List<Object> seen = new ArrayList<>();
            for (int k = 0; k < 40; k++) {
                Candidate c = names.get(r.nextInt(names.size()));
                for (String said : saidForms(c, r)) {
                    Resolution res = big.resolve(said);
                    seen.add(res instanceof Resolution.Match m ? m.how() : res.getClass());
                }
            }
            assertThat(seen)
                    .contains(
                            Resolution.How.ID,
                            Resolution.How.EXACT,
                            Resolution.How.CASE_INSENSITIVE,
                            Resolution.How.PREFIX_OR_WORDS,
                            Resolution.How.FUZZY,
                            Resolution.Ambiguous.class,
                            Resolution.NotFound.class);
        }
    }

    @Test
    void should_agree_with_the_reference_on_the_small_demo_lists() {
        List<String> said = List.of(
                "Acme Corp",
                "acme corp",
                "Acme",
                "ACME's",
                "the Acme Corp client",
                "Globex Corporation",
                "Initec",
                "Stark Industires",
                "Rita Acosta",
                "101",
                "#104",
                "Umbrella",
                "Umbrela",
                "Cyberdyne",
                "Tyrell Corp",
                "apolo",
                "mobile",
                "the Apollo project",
                "Security Review",
                "security",
                "Hank",
                "hank scorpio");
        for (List<Candidate> list :
                List.of(NameResolverTest.CLIENTS, NameResolverTest.PROJECTS, NameResolverTest.CATEGORIES)) {
            NameIndex small = NameIndex.of(list);
            for (String s : said) {
                assertThat(small.resolve(s)).as("'%s'", s).isEqualTo(ReferenceResolver.resolve(s, list));
            }
        }
    }

    @Test
    void should_normalize_plain_text_without_regexes_exactly_as_with_them() {
        Random r = new Random(99);
        String alphabet = "aAbBsSzZ09 '.-/&@+_,;:!?()\"\t#%$*=~`éÉüÖçñßøÆΣσςİı²½Ⅻ\u2019\u0301\u00a0\u2003日本😀";
        List<String> samples = new ArrayList<>(List.of(
                "",
                " ",
                "The Acme Corp's",
                "a.b.",
                "Corp.",
                "x . y",
                "'s",
                "''s's",
                "the",
                "the project",
                "A&B",
                "it's_here",
                "Bob's.",
                "..",
                ". .",
                "client the acme project",
                "Wayne's World's"));
        for (int k = 0; k < 20_000; k++) {
            StringBuilder s = new StringBuilder();
            for (int n = r.nextInt(14); n > 0; n--) {
                s.append(alphabet.charAt(r.nextInt(alphabet.length())));
                if (r.nextInt(8) == 0) {
                    s.append(List.of(" the ", " client ", "'s ", " a ", " project")
                            .get(r.nextInt(5)));
                }
            }
            samples.add(s.toString());
        }
        for (String s : samples) {
            assertThat(NameResolver.normalize(s)).as("'%s'", s).isEqualTo(ReferenceResolver.normalize(s));
        }
    }

    @Test
    void should_fold_case_as_equals_ignore_case_does() {
        for (String[] pair :
                new String[][] {{"ÉCOLE", "école"}, {"Straße", "STRASSE"}, {"Rita Acosta", "rita acosta"}}) {
            assertThat(NameIndex.fold(pair[0]).equals(NameIndex.fold(pair[1])))
                    .isEqualTo(pair[0].equalsIgnoreCase(pair[1]));
        }
    }
}
