package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases of the intents docs/intents.md added: changing and removing records, timer status,
 * archiving, project lifecycle, services, payments, billing tracked time, estimates and reports.
 *
 * <p>It reads a <em>shape</em> of the sentence rather than its raw text: the words in lower case
 * (typo-corrected where the lexicon corrected them) with every extracted value replaced by a
 * placeholder ({@code $M} money, {@code %D} a duration, {@code @T} a date, {@code &E} an e-mail).
 * Each rule is a pattern over that shape whose groups are mapped back to the tokens, so a name
 * keeps its casing and a value its extracted meaning. A rule matches the whole shape or not at
 * all: a phrase with words no rule explains is left to {@link Grammar}, which reads the original
 * contract's intents.
 *
 * <p>Estimates reuse the invoice rules: the estimate word is read as "invoice", the phrase goes
 * through {@link Grammar}, and the frame is renamed. So every improvement to reading invoice lines
 * and totals holds for quotes too.
 */
final class AddedGrammar {
    private AddedGrammar() {}

    /** Polite openings and closings, in the shape's words. */
    private static final String PRE =
            "^(?:(?:please|pls|plz|kindly|hey|hi|ok|okay|so|now|fb|can you|could you|would you"
                    + "|will you|can i|could i|i want to|i wanna|i'd like to|i would like to|i need to|i have to|help me"
                    + "|let's|lets|go ahead and|quickly|just|would you be able to|would you mind|would it be possible to"
                    + "|could you let me know|can you tell me|tell me|let me know|i'd love to|i would love to|i'd love to see"
                    + "|i want|i'd like|i would like|i need|is it possible to|do you mind|you can|you should|i think|maybe"
                    + "|whether|if|and)[ ,:]*)*";

    private static final String POST =
            "(?:[ ,]*(?:please|pls|plz|thanks|thank you|for me|now|right now|asap|\\?|!|\\.))*$";

    /** A name: one or more words that are not a cue (checked again in {@link #name}). */
    private static final String NAME = "([^$%@&]+?)";

    private static final String ENTRY_NOUN = "(?:time entry|time entries|entry|entries|time log|time|hours|hour|log)";

    private static final Set<String> NAME_DROP =
            Set.of("the", "a", "an", "my", "our", "their", "his", "her", "its", "your", "this", "that", "all", "every");

    private static final Set<String> CUE = Set.of(
            "entry",
            "entries",
            "time",
            "hours",
            "invoice",
            "invoices",
            "expense",
            "expenses",
            "estimate",
            "estimates",
            "quote",
            "quotes",
            "timer",
            "to",
            "from",
            "for",
            "on",
            "in",
            "into",
            "and",
            "with",
            "at",
            "is",
            "was",
            "be",
            "should",
            "it",
            "of",
            "by",
            "per");

    private static Set<String> words(String... w) {
        return Set.copyOf(java.util.Arrays.asList(w));
    }

    // -------------------------------------------------------------------------------- the shape

    /** The sentence as words and placeholders, with each character mapped to its token. */
    static final class Shape {
        final Sentence s;
        final String text;
        private final int[] tokAt;

        Shape(Sentence s) {
            this.s = s;
            StringBuilder sb = new StringBuilder();
            List<Integer> map = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                Tok t = s.get(i);
                String w = piece(t);
                if (w == null) {
                    continue;
                }
                if (sb.length() > 0 && !w.equals("'s") && !w.equals(",")) {
                    sb.append(' ');
                    map.add(-1);
                }
                sb.append(w);
                for (int k = 0; k < w.length(); k++) {
                    map.add(i);
                }
            }
            this.text = sb.toString();
            this.tokAt = map.stream().mapToInt(Integer::intValue).toArray();
        }

        /** Where a clause may begin or end: after a comma, semicolon, colon or sentence mark. */
        List<Integer> boundaries() {
            List<Integer> out = new ArrayList<>();
            out.add(0);
            int c = 0;
            for (int i = 0; i < s.size(); i++) {
                Tok t = s.get(i);
                if (t.kind == Tok.Kind.PUNCT && t.text.matches("[,;:.?!]")) {
                    // the shape position of the next token
                    for (int k = 0; k < tokAt.length; k++) {
                        if (tokAt[k] > i) {
                            out.add(k);
                            break;
                        }
                    }
                }
            }
            out.add(text.length());
            return out.stream().distinct().sorted().toList();
        }

        private static String piece(Tok t) {
            return switch (t.kind) {
                case WORD -> t.corrected ? t.lemma : t.low;
                case NUMBER -> t.low;
                case MONEY -> "$M";
                case DURATION -> "%D";
                case DATE -> "@T";
                case EMAIL -> "&E";
                case PHONE -> "&P";
                case PATH -> "&F";
                case URL -> "&U";
                case POSS -> "'s";
                case PUNCT -> t.text.equals(",") ? "," : t.text.equals("&") ? "&" : null;
            };
        }

        /** The tokens a group of {@code m} covers (none when the group did not take part). */
        List<Tok> toks(Matcher m, int group) {
            List<Tok> out = new ArrayList<>();
            if (m.start(group) < 0) {
                return out;
            }
            int last = -1;
            for (int c = m.start(group); c < m.end(group); c++) {
                int i = tokAt[c];
                if (i >= 0 && i != last) {
                    out.add(s.get(i));
                    last = i;
                }
            }
            return out;
        }
    }

    // -------------------------------------------------------------------------------- the frame built

    private static final class Out {
        final String input;
        final LocalDate today;
        final Map<String, Object> slots = new LinkedHashMap<>();
        double conf = 0.9;

        Out(String input, LocalDate today) {
            this(input, today, 0.9);
        }

        Out(String input, LocalDate today, double conf) {
            this.input = input;
            this.today = today;
            this.conf = conf;
        }

        void put(String k, Object v) {
            if (v != null && !(v instanceof String str && str.isBlank()) && !slots.containsKey(k)) {
                slots.put(k, v);
            }
        }

        Frame frame(IntentType type) {
            // a slot read by a rule family that then gave way, which this intent cannot carry: the
            // phrase is not fully explained, so the frame is asked about rather than acted on
            if (slots.keySet().removeIf(k -> !type.slots().containsKey(k))) {
                conf = Math.min(conf, Confidence.ACT - 0.05);
            }
            return Frame.of(input, type, slots, Math.max(0.05, Math.min(0.95, conf)), "rules");
        }
    }

    // -------------------------------------------------------------------------------- entry point

    /**
     * The frame of an added intent, or null when the phrase is none of them (then {@link Grammar}
     * reads it). It only reads {@code s}, never marks a token used, so the grammar goes on with the
     * same tokens.
     */
    static Frame parse(String input, String text, Sentence s, LocalDate today) {
        if (s.size() > MAX_TOKENS) {
            return null; // requests of these kinds are short; a long text goes to the grammar's limits
        }
        Shape sh = new Shape(s);
        String x = sh.text;
        double base = 0.9;
        for (Tok t : s.toks) {
            if (t.corrected) {
                base -= 0.05;
            }
        }
        Frame f = rules(input, text, sh, x, new Out(input, today, base), today, false);
        if (f != null) {
            return f;
        }
        // One clause of several ("archive invoice 0001, it's settled now"): the longest that reads as
        // a request. The rest is unexplained, so the frame is asked about.
        List<Integer> b = sh.boundaries();
        if (b.size() <= 2 || b.size() > MAX_CLAUSE_MARKS + 2) {
            return null;
        }
        List<int[]> regions = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            for (int j = i + 1; j < b.size(); j++) {
                if (!(i == 0 && j == b.size() - 1)) {
                    regions.add(new int[] {b.get(i), b.get(j)});
                }
            }
        }
        regions.sort((r1, r2) -> Integer.compare(r2[1] - r2[0], r1[1] - r1[0]));
        try {
            for (int[] r : regions) {
                int from = r[0];
                int to = r[1];
                while (from < to && (x.charAt(from) == ' ' || x.charAt(from) == ',')) {
                    from++;
                }
                while (to > from && (x.charAt(to - 1) == ' ' || x.charAt(to - 1) == ',')) {
                    to--;
                }
                if (to - from < 4) {
                    continue;
                }
                REGION.set(new int[] {from, to});
                f = rules(input, text, sh, x, new Out(input, today, base - 0.15), today, true);
                if (f != null) {
                    return f;
                }
            }
        } finally {
            REGION.remove();
        }
        return null;
    }

    /** Longest phrase, in tokens, these rules read. */
    private static final int MAX_TOKENS = 40;

    /** Most clause marks a phrase may hold for its clauses to be tried one by one. */
    private static final int MAX_CLAUSE_MARKS = 5;

    /** The part of the shape the rules read: all of it, or one clause. */
    private static final ThreadLocal<int[]> REGION = new ThreadLocal<>();

    private static Frame rules(String input, String text, Shape sh, String x, Out o, LocalDate today, boolean clause) {
        Frame f;
        if ((f = timer(sh, x, o)) != null) {
            return f;
        }
        if (!clause && (f = reports(sh, x, o)) != null) {
            return f;
        }
        if ((f = estimates(input, text, sh, x, o, today, clause)) != null) {
            return f;
        }
        if ((f = fromTime(sh, x, o)) != null) {
            return f;
        }
        if ((f = timeEntries(sh, x, o)) != null) {
            return f;
        }
        if ((f = expenses(sh, x, o)) != null) {
            return f;
        }
        if ((f = projects(sh, x, o)) != null) {
            return f;
        }
        if ((f = services(sh, x, o)) != null) {
            return f;
        }
        if ((f = clients(sh, x, o)) != null) {
            return f;
        }
        if ((f = invoicesAndPayments(sh, x, o)) != null) {
            return f;
        }
        return statements(sh, x, o);
    }

    /** A person: a name or an e-mail address. */
    private static final String MEMBER = "(&E|[^$%@&]+?)";

    /** Words that make a name a record rather than a client, project or category. */
    private static final String RECORD_WORDS =
            "(?i).*\\b(?:invoice|expense|estimate|entry|entries|timer|payment)s?\\b.*";

    /**
     * Requests said as statements or with a noun instead of a verb: "Design rate is now $95/hr",
     * "add Lee as a member of Apollo", "Halvorsen is no longer a client, archive them", "expense
     * 7003 should be meals", "details for Acme", "list all my service types".
     */
    private static Frame statements(Shape sh, String x, Out o) {
        if (REGION.get() != null) {
            return null; // whole phrases only: a clause that reads as a statement is too often a fragment
        }
        Matcher m;
        if ((m = match(
                        "(?:the |my |our )?([^$%@&,]+?)(?:'s)?(?: service)?(?: hourly)? (?:rate|price)"
                                + " (?:is now|is|now|should be|will be|becomes|goes up to|goes down to|goes to|=)"
                                + " (?:now )?" + AMOUNT + "(?: from now on| going forward| now)?",
                        x))
                != null) {
            String n = rawName(sh, m, 1);
            Money rate = moneyIn(sh, m, 2);
            if (n == null || rate == null || n.matches("(?i).*\\b(?:project|client)\\b.*") || n.matches(RECORD_WORDS)) {
                return null;
            }
            o.put("service", n.replaceFirst("(?i)^service\\s+(?=\\S)", ""));
            o.put("rate", rate);
            return o.frame(IntentType.SERVICE_RATE);
        }
        if ((m = match(
                        "(?:add|invite|include|put|make) " + MEMBER
                                + " (?:as )?(?:a |an )?(?:new )?(?:member|collaborator|team member|contributor|teammate)"
                                + " (?:of|on|to|in|for) (?:the )?" + NAME,
                        x))
                != null) {
            String member = rawName(sh, m, 1);
            Named p = name(sh, m, 2);
            if (member == null || p == null || p.kind.equals("client") || p.text.matches(RECORD_WORDS)) {
                return null;
            }
            o.put("project", p.text);
            o.put("member", member);
            return o.frame(IntentType.PROJECT_ASSIGN);
        }
        if ((m = match(
                        "(?:add|put|attach|write) (?:a |the )?(?:note|memo|comment)s? (?:to|on) (?:my |the |that )?"
                                + "(?:(last|latest|previous|most recent) )?(?:(time entry|entry)|(expense|purchase))"
                                + "(?: (?:#|number |no |no\\. )?#?(\\d{1,9}))?(?:,| saying| that says)? (.+)",
                        x))
                != null) {
            // "add a note to my last entry: call with Bob"
            String note = rawName(sh, m, 5);
            boolean last = m.group(1) != null;
            String id = m.group(4);
            if (note == null || last == (id != null)) {
                return null;
            }
            boolean expense = m.group(3) != null;
            o.put(expense ? "expense" : "entry", last ? "last" : id);
            o.put("new_note", note);
            return o.frame(expense ? IntentType.EXPENSE_EDIT : IntentType.TIME_EDIT);
        }
        if ((m = match(
                        "(?:add|put|attach|set|write) (?:a |the )?(?:note|memo|comment)s?,? (?:saying |that says |of )?(.+?)"
                                + " (?:to|on) (?:my |the |that )?(?:(last|latest|previous|most recent) )?(?:(time entry|entry)|(expense|purchase))"
                                + "(?: (?:#|number |no |no\\. )?#?(\\d{1,9}))?",
                        x))
                != null) {
            // "add the note 'client dinner' to my last expense", "add a note draft review to expense #7040"
            String note = rawName(sh, m, 1);
            boolean last = m.group(2) != null;
            String id = m.group(5);
            if (note == null || last == (id != null)) {
                return null; // which record: the last one or a number, one of the two
            }
            boolean expense = m.group(4) != null;
            o.put(expense ? "expense" : "entry", last ? "last" : id);
            o.put("new_note", note);
            return o.frame(expense ? IntentType.EXPENSE_EDIT : IntentType.TIME_EDIT);
        }
        if ((m = match(
                        "(?:the )?(?:client |customer )?" + NAME
                                + " (?:has|have|got) (?:a )?new (phone number|phone|number|mobile|cell|e-?mail address|e-?mail|address)"
                                + ":?,? (?:it's |it is |which is |of |is )?(&P|&E)(?: now)?",
                        x))
                != null) {
            // "Initech has a new phone number: 512-555-0199"
            Named n = name(sh, m, 1);
            List<Tok> v = sh.toks(m, 3);
            if (n == null || n.kind.equals("project") || n.text.matches(RECORD_WORDS) || v.size() != 1) {
                return null;
            }
            boolean mail = v.get(0).kind == Tok.Kind.EMAIL;
            if (mail != m.group(2).contains("mail")) {
                return null; // "a new phone: x@y.z" says two things
            }
            o.put("client", n.text);
            o.put(mail ? "email" : "phone", (String) v.get(0).value);
            return o.frame(IntentType.CLIENT_UPDATE);
        }
        if ((m = match(
                        "(?:the )?(?:client |customer )?" + NAME
                                + " (?:is now called|is now named|has been renamed to|was renamed to|changed (?:its|their) name to"
                                + "|now goes by|now trades as) " + NAME
                                + "(?:,? (?:so )?(?:please )?(?:update|change|rename) (?:their|its|the) name)?",
                        x))
                != null) {
            // "Acme Corp is now called Acme Holdings": a client's new name (a project's, when the account says so)
            Named n = name(sh, m, 1);
            String to = rawName(sh, m, 2);
            if (n == null || to == null || n.kind.equals("project") || n.text.matches(RECORD_WORDS)) {
                return null;
            }
            o.put("client", n.text);
            o.put("organization", to);
            return o.frame(IntentType.CLIENT_UPDATE);
        }
        if ((m = match(
                        "(?:the )?(?:client |customer )?" + NAME
                                + " (?:is|are) (?:no longer|not) (?:a |an |our |my )?(?:client|customer)s?(?: anymore| any more)?"
                                + ",? (?:so )?(?:please )?(?:archive|deactivate|hide|retire) (?:them|it|him|her|the client|the account)",
                        x))
                != null) {
            Named n = name(sh, m, 1);
            if (n == null || n.kind.equals("project") || n.text.matches(RECORD_WORDS)) {
                return null;
            }
            o.put("client", n.text);
            return o.frame(IntentType.CLIENT_ARCHIVE);
        }
        if ((m = match(
                        "(?:the )?expense (?:#|number |no |no\\. )?(\\d{1,9})"
                                + " (?:should be|should go (?:under|in|to)|belongs (?:in|to|under)|is really|is actually|goes under)"
                                + " (?:under |in |a |an |the )?(?:category )?" + NAME + "(?: category)?",
                        x))
                != null) {
            String cat = rawName(sh, m, 2);
            if (cat == null || cat.matches(RECORD_WORDS)) {
                return null;
            }
            o.put("expense", m.group(1));
            o.put("new_category", cat);
            return o.frame(IntentType.EXPENSE_EDIT);
        }
        if ((m = match(
                        "(?:(?:show|get|see|view|give|pull up|open)(?: me)? )?(?:the |all )?"
                                + "(?:details|info|information|contact details|contact info|profile|record|card)"
                                + " (?:for|on|about|of) (?:the )?" + NAME,
                        x))
                != null) {
            Named n = name(sh, m, 1);
            if (n == null || n.text.matches(RECORD_WORDS)) {
                return null;
            }
            if (n.kind.equals("project")) {
                o.put("project", n.text);
                return o.frame(IntentType.PROJECT_SHOW);
            }
            o.put("client", n.text);
            return o.frame(IntentType.CLIENT_SHOW);
        }
        if (match(
                        "(?:(?:list|show|display|get|see|view)(?: me)? )?(?:all |my |the |our )*(?:service|work) (?:types|kinds)"
                                + "|(?:what|which) (?:service|work) (?:types|kinds) (?:do i|do we) (?:have|offer)"
                                + "|(?:what|which) (?:kinds|types|sorts) of (?:work|services?) (?:do|can) (?:i|we) (?:have|offer|do|sell|bill)",
                        x)
                != null) {
            return o.frame(IntentType.SERVICE_LIST);
        }
        if ((m = match("(?:take|pull|drop|remove) " + MEMBER + " off (?:of )?(?:the )?" + NAME, x)) != null) {
            String member = rawName(sh, m, 1);
            Named p = name(sh, m, 2);
            if (member == null || p == null || p.kind.equals("client") || p.text.matches(RECORD_WORDS)) {
                return null;
            }
            o.put("project", p.text);
            o.put("member", member);
            return o.frame(IntentType.PROJECT_UNASSIGN);
        }
        if ((m = match("(?:the )?(?:client |customer )?" + NAME + " (?:has )?(?:moved|relocated) to " + NAME, x))
                != null) {
            Named n = name(sh, m, 1);
            String city = rawName(sh, m, 2);
            if (n == null
                    || city == null
                    || n.kind.equals("project")
                    || n.text.matches(RECORD_WORDS)
                    || city.split(" ").length > 3) {
                return null;
            }
            o.put("client", n.text);
            o.put("city", city);
            return o.frame(IntentType.CLIENT_UPDATE);
        }
        if ((m = match(
                        "(?:is|are|has|have) (?:the client |client )?" + NAME + " (?:all |fully )?paid (?:up|in full)",
                        x))
                != null) {
            Named n = name(sh, m, 1);
            if (n == null || n.kind.equals("project") || n.text.matches(RECORD_WORDS)) {
                return null;
            }
            o.put("client", n.text);
            return o.frame(IntentType.CLIENT_SHOW);
        }
        if ((m = match(
                        "(?:take|bring|get|pull) (?:the )?(?:client |customer )?" + NAME
                                + " (?:back )?out of (?:the )?archives?",
                        x))
                != null) {
            Named n = name(sh, m, 1);
            if (n == null || n.kind.equals("project") || n.text.matches(RECORD_WORDS)) {
                return null;
            }
            o.put("client", n.text);
            return o.frame(IntentType.CLIENT_UNARCHIVE);
        }
        if ((m = match("(?:the )?expense (?:#|number |no )?(\\d{1,9}) (?:details|info|information)", x)) != null) {
            o.put("expense", m.group(1));
            return o.frame(IntentType.EXPENSE_SHOW);
        }
        if ((m = match(
                        "(?:that |the )?payment (?:on|for|against) (?:invoice )?(?:#|number |no )?#?(\\d{1,9})"
                                + " (?:was|is) (?:a mistake|wrong|an error|a duplicate),? (?:so )?(?:please )?(?:delete|remove|undo) it",
                        x))
                != null) {
            o.put("invoice", m.group(1));
            return o.frame(IntentType.PAYMENT_DELETE);
        }
        if ((m = match("(?:the )?" + NAME + " (?:can|should|could|may) (?:now )?be archived", x)) != null) {
            Named n = name(sh, m, 1);
            if (n == null || !(n.kind.equals("project")) || n.text.matches(RECORD_WORDS)) {
                return null;
            }
            o.put("project", n.text);
            return o.frame(IntentType.PROJECT_ARCHIVE);
        }
        if ((m = match(
                        "(?:we |i )?(?:wrapped up|finished|completed|delivered|closed out|are done with|am done with) (?:the )?"
                                + NAME
                                + ",? (?:so )?(?:please )?(?:mark|set|flag) it (?:as )?(?:complete|completed|done|finished)",
                        x))
                != null) {
            Named n = name(sh, m, 1);
            if (n == null || n.kind.equals("client") || n.text.matches(RECORD_WORDS)) {
                return null;
            }
            o.put("project", n.text);
            return o.frame(IntentType.PROJECT_COMPLETE);
        }
        if ((m = match(
                        "(?:the )?project " + NAME
                                + ":? (?:new title|new name|title should be|should be called|is now called)" + ":? "
                                + NAME,
                        x))
                != null) {
            String title = rawName(sh, m, 2);
            Named n = name(sh, m, 1);
            if (n == null || title == null) {
                return null;
            }
            o.put("project", n.text);
            o.put("new_title", title);
            return o.frame(IntentType.PROJECT_EDIT);
        }
        return null;
    }

    private static final Map<String, Pattern> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Matcher match(String regex, String x) {
        Matcher m = COMPILED.computeIfAbsent(regex, r -> Pattern.compile(PRE + r + POST))
                .matcher(x);
        int[] r = REGION.get();
        if (r != null) {
            m.region(r[0], r[1]);
        }
        return m.matches() ? m : null;
    }

    private static boolean matches(Pattern p, String x) {
        Matcher m = p.matcher(x);
        int[] r = REGION.get();
        if (r != null) {
            m.region(r[0], r[1]);
        }
        return m.matches();
    }

    // -------------------------------------------------------------------------------- timer

    private static final Pattern TIMER_STATUS = Pattern.compile(PRE
            + "(?:(?:what's|what is|whats|what) (?:running|ticking|being tracked|on the clock|my timer (?:at|on|doing))"
            + "|(?:show |check |get |what's |what is )?(?:the |my |current |running )*timer(?:'s)? (?:status|state)"
            + "|(?:show |check )(?:me )?(?:the |my )?(?:current |running )?timer"
            + "|status of (?:the |my )?timer"
            + "|(?:is|are) (?:there )?(?:a |the |my |any )?timers? (?:still )?(?:running|on|going|active|ticking)"
            + "|(?:is|are) (?:anything|something) (?:running|being tracked|ticking)"
            + "|(?:what am i|am i) (?:tracking|timing|clocked in|on the clock)(?: right now| now| at the moment)?"
            + "|how long has (?:the |my )?timer been (?:running|going|on))"
            + POST);

    private static final Pattern TIMER_DISCARD = Pattern.compile(PRE
            + "(?:(?:discard|cancel|scrap|trash|throw away|throw out|delete|remove|kill|abandon|drop|reset|clear|ditch|bin|toss|junk|nuke|dump)"
            + " (?:(?:the |my |this |that |current |running )*|(?:whatever(?:'s| is) (?:on|in) (?:the |my )?))timer(?: (?:away|out))?"
            + "(?:,? (?:without|and don't|and do not|but don't|but do not|don't|do not|no) (?:logging|saving|log|save|recording|record|keep|keeping)"
            + "(?: it| anything| the time)?)?"
            + "|stop (?:the |my )?timer (?:without|and don't|but don't) (?:logging|saving|log|save)(?: it| anything)?)"
            + POST);

    private static final Set<String> TIMER_STATE = Set.of(
            "running",
            "ticking",
            "going",
            "active",
            "status",
            "state",
            "on",
            "started",
            "still",
            "run",
            "runs",
            "work",
            "working",
            "tracking");
    private static final Set<String> TIMER_FILLER = words(
            "is",
            "are",
            "there",
            "a",
            "the",
            "my",
            "any",
            "timer",
            "timers",
            "now",
            "right",
            "or",
            "not",
            "at",
            "moment",
            "currently",
            "still",
            "some",
            "what",
            "whats",
            "what's",
            "me",
            "tell",
            "show",
            "check",
            "let",
            "know",
            "whether",
            "if",
            "do",
            "i",
            "have",
            "has",
            "one",
            "clock",
            "it",
            "please",
            "you",
            "can",
            "could",
            "is",
            "anything",
            "something",
            "any",
            "of",
            "current",
            "running",
            "ticking",
            "going",
            "active",
            "status",
            "state",
            "on",
            "started",
            "run",
            "runs",
            "work",
            "working",
            "tracking",
            "would",
            "be",
            "able",
            "to",
            "kindly",
            "here",
            "yet",
            "again",
            "hey",
            "ok",
            "okay",
            "so",
            "just",
            "quick",
            "question",
            "want",
            "see",
            "know",
            "get");

    /** "there is timer running now or not?": the timer, a state word, and nothing else said. */
    private static boolean timerQuestion(Shape sh, String x) {
        boolean timer = false;
        boolean state = false;
        for (Tok t : sh.s.toks) {
            switch (t.kind) {
                case WORD -> {
                    if (t.low.equals("timer") || t.low.equals("timers")) {
                        timer = true;
                    } else if (TIMER_STATE.contains(t.low)) {
                        state = true;
                    }
                    if (!TIMER_FILLER.contains(t.low)) {
                        return false;
                    }
                }
                case PUNCT -> {}
                default -> {
                    return false;
                }
            }
        }
        return timer && state && REGION.get() == null;
    }

    private static Frame timer(Shape sh, String x, Out o) {
        if (matches(TIMER_STATUS, x) || timerQuestion(sh, x)) {
            return o.frame(IntentType.TIMER_STATUS);
        }
        if (matches(TIMER_DISCARD, x)) {
            return o.frame(IntentType.TIMER_DISCARD);
        }
        return null;
    }

    // -------------------------------------------------------------------------------- reports

    private static final Pattern R_PL = Pattern.compile(
            "\\b(?:profit (?:and|&|n) loss(?:es)?|p ?& ?l|p and l|pnl|p&l|profit|profits|net income|how profitable"
                    + "|income statement|money in (?:vs\\.?|versus|and) (?:money )?out)\\b");
    private static final Pattern R_TAX = Pattern.compile(
            "\\b(?:tax summary|tax report|taxes|sales tax|tax collected|how much tax|tax|gst|hst|vat|pst|qst)\\b");
    private static final Pattern R_AGING = Pattern.compile(
            "\\b(?:who owes (?:me|us) (?:the )?most|aging|ageing"
                    + "|accounts receivable|receivables|a/r|who owes (?:me|us) (?:money )?(?:the )?longest|owes me the most)\\b");
    private static final Pattern R_PAYMENTS = Pattern.compile(
            "\\b(?:how much (?:money )?(?:did |have |do )?(?:i|we) (?:get|got|gotten|been|received?) paid"
                    + "|how much (?:money )?(?:did |have |do )?(?:i|we)"
                    + " (?:collect|collected|receive|received|take in|taken in|get|got)|payments? reports?|what (?:did|have) (?:i|we)"
                    + " (?:collect|collected|receive|received)|payments? (?:collected|received)|money (?:collected|received|in)"
                    + "|collections?|cash (?:collected|received|in))\\b");
    private static final Pattern R_REVENUE = Pattern.compile(
            "\\b(?:revenue|revenues|sales|turnover|how much (?:money )?(?:did |have |do )?(?:i|we) (?:make|made|earn|earned|bill|billed|invoice|invoiced)"
                    + "|what (?:did|have) (?:i|we) (?:make|made|earn|earned|bill|billed|invoice|invoiced)|earnings|income)\\b");

    /** Words a report phrase may hold besides its kind, dates and grouping. */
    private static final Set<String> REPORT_WORDS = words(
            "first",
            "second",
            "third",
            "fourth",
            "1st",
            "2nd",
            "3rd",
            "4th",
            "possible",
            "love",
            "like",
            "i'd",
            "would",
            "able",
            "mind",
            "earn",
            "came",
            "come",
            "could",
            "q1",
            "q2",
            "q3",
            "q4",
            "show",
            "me",
            "my",
            "our",
            "the",
            "a",
            "an",
            "report",
            "reports",
            "summary",
            "statement",
            "what",
            "what's",
            "whats",
            "was",
            "is",
            "are",
            "were",
            "for",
            "in",
            "of",
            "over",
            "during",
            "get",
            "give",
            "run",
            "generate",
            "pull",
            "up",
            "how",
            "much",
            "did",
            "do",
            "have",
            "has",
            "i",
            "we",
            "total",
            "totals",
            "overall",
            "so",
            "far",
            "to",
            "date",
            "numbers",
            "figures",
            "view",
            "see",
            "display",
            "print",
            "let",
            "know",
            "tell",
            "breakdown",
            "broken",
            "down",
            "each",
            "every",
            "by",
            "per",
            "month",
            "months",
            "monthly",
            "client",
            "clients",
            "customer",
            "customers",
            "money",
            "and",
            "&",
            "n",
            "loss",
            "losses",
            "profit",
            "profits",
            "net",
            "income",
            "profitable",
            "tax",
            "taxes",
            "sales",
            "collected",
            "summary",
            "aging",
            "ageing",
            "accounts",
            "receivable",
            "receivables",
            "who",
            "owes",
            "owe",
            "most",
            "longest",
            "us",
            "paid",
            "get",
            "got",
            "gotten",
            "been",
            "receive",
            "received",
            "collect",
            "collection",
            "collections",
            "cash",
            "take",
            "taken",
            "revenue",
            "revenues",
            "turnover",
            "make",
            "made",
            "earn",
            "earned",
            "bill",
            "billed",
            "invoice",
            "invoiced",
            "earnings",
            "payments",
            "payment",
            "p",
            "l",
            "pnl",
            "p&l",
            "a/r",
            ",",
            "'s",
            "business",
            "doing",
            "this",
            "last",
            "year",
            "quarter",
            "from",
            "since",
            "until",
            "through",
            "between",
            "all",
            "time",
            "ytd",
            "@T",
            "currency",
            "only",
            "just",
            "there",
            "it",
            "in",
            "look",
            "like",
            "fb",
            "please",
            "can",
            "you",
            "could",
            "would",
            "quick",
            "current",
            "right",
            "now",
            "much",
            "money");

    private static Frame reports(Shape sh, String x, Out o) {
        String kind = reportKind(x);
        if (kind == null) {
            return null;
        }
        if (x.matches(".*\\b(?:invoice|invoices|expense|expenses|hours|time|project|projects|estimate|estimates)\\b.*")
                && !x.matches(".*\\b(?:report|summary|revenue|profit|p&l|tax)\\b.*")) {
            return null; // "how much did I bill Acme for hours" and the like belong to the lists
        }
        Set<String> periodWords = period(x, o);
        int unknown = 0;
        int names = 0;
        for (Tok t : sh.s.toks) {
            if ((t.kind == Tok.Kind.WORD || t.kind == Tok.Kind.NUMBER) && periodWords.contains(t.low)) {
                continue;
            }
            if (t.kind == Tok.Kind.NUMBER) {
                unknown++;
            }
            if (t.kind == Tok.Kind.WORD && !REPORT_WORDS.contains(t.low) && !REPORT_WORDS.contains(t.lemma)) {
                if (Character.isUpperCase(t.text.charAt(0)) && !CURRENCY_NAMES.contains(t.low)) {
                    names++;
                }
                unknown++;
            } else if (t.kind == Tok.Kind.MONEY || t.kind == Tok.Kind.DURATION || t.kind == Tok.Kind.EMAIL) {
                unknown++;
            }
        }
        if (names > 0) {
            return null; // a report of one client ("what did Acme pay me") is not a report fb has
        }
        o.put("report", kind);
        String by = groupBy(x, "month|client");
        if (by != null) {
            o.put("group_by", by);
        }
        currency(sh.s, o);
        dateRange(sh.s, o);
        if (unknown > 0 && !CURRENCY_WORDS_PRESENT.matcher(x).find()) {
            o.conf -= Math.min(0.3, 0.12 * unknown);
        }
        return o.frame(IntentType.REPORT_SHOW);
    }

    private static final Pattern QUARTER = Pattern.compile(
            "\\b(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter)(?: (?:of )?(20\\d\\d))?\\b");
    private static final Pattern THIS_QUARTER = Pattern.compile("\\b(this|current|last|previous) quarter\\b");
    private static final Pattern YEAR =
            Pattern.compile("(?:^|\\b(?:in|for|during|of|year|fy) )(20\\d\\d)\\b|^(20\\d\\d)\\b");
    private static final Pattern YTD = Pattern.compile("\\b(?:ytd|year to date|so far this year)\\b");

    /**
     * The period {@code input} names, as a report reads it: the last range the date reader found (a
     * day only when no range is said: "tonight" is when, not the period), else a quarter, a bare
     * year or year to date ({@link #period}). Empty when none is said.
     */
    static Map<String, Object> periodOf(String input, LocalDate today) {
        Sentence s = Sentence.of(input, today);
        Out o = new Out(input, today);
        DateExtractor.DateMention day = null;
        DateExtractor.DateMention range = null;
        for (Tok t : s.toks) {
            if (t.kind == Tok.Kind.DATE) {
                DateExtractor.DateMention d = (DateExtractor.DateMention) t.value;
                if (d.range()) {
                    range = d; // the last range said: "I'm seeing the bank next week. … for this year"
                } else if (day == null) {
                    day = d;
                }
            }
        }
        DateExtractor.DateMention d = range != null ? range : day;
        if (d != null) {
            o.put("date_from", d.from());
            o.put("date_to", d.to());
        }
        period(new Shape(s).text, o);
        return o.slots;
    }

    /** The report a phrase names by the report rules' words, or null (the loose words are the caller's). */
    static String reportKind(String x) {
        if (R_AGING.matcher(x).find()) {
            return "aging";
        } else if (R_PL.matcher(x).find()) {
            return "profit_loss";
        } else if (R_TAX.matcher(x).find() && !x.contains("expense")) {
            return "tax";
        } else if (R_PAYMENTS.matcher(x).find()) {
            return "payments";
        } else if (R_REVENUE.matcher(x).find()) {
            return "revenue";
        }
        return null;
    }

    /**
     * Periods the date reader leaves to the reports: quarters ("Q3", "last quarter"), a bare year
     * ("for 2026"), year to date. Fills date_from/date_to; returns the words it used.
     */
    private static Set<String> period(String x, Out o) {
        Set<String> used = new java.util.HashSet<>();
        LocalDate today = o.today;
        Matcher q = QUARTER.matcher(x);
        Matcher tq = THIS_QUARTER.matcher(x);
        Matcher y = YEAR.matcher(x);
        if (q.find()) {
            String n = q.group(1) != null
                    ? q.group(1)
                    : switch (q.group(2)) {
                        case "first", "1st" -> "1";
                        case "second", "2nd" -> "2";
                        case "third", "3rd" -> "3";
                        default -> "4";
                    };
            int year = q.group(3) != null ? Integer.parseInt(q.group(3)) : today.getYear();
            LocalDate from = LocalDate.of(year, (Integer.parseInt(n) - 1) * 3 + 1, 1);
            o.slots.put("date_from", from);
            o.slots.put("date_to", from.plusMonths(3).minusDays(1));
            for (String w : q.group().split(" ")) {
                used.add(w);
            }
        } else if (tq.find()) {
            LocalDate start = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
            if (tq.group(1).equals("last") || tq.group(1).equals("previous")) {
                start = start.minusMonths(3);
            }
            o.slots.put("date_from", start);
            o.slots.put("date_to", start.plusMonths(3).minusDays(1));
            used.add(tq.group(1));
            used.add("quarter");
        } else if (y.find() && !o.slots.containsKey("date_from")) {
            int year = Integer.parseInt(y.group(1) != null ? y.group(1) : y.group(2));
            o.slots.put("date_from", LocalDate.of(year, 1, 1));
            o.slots.put("date_to", LocalDate.of(year, 12, 31));
            used.add(String.valueOf(year));
        } else if (YTD.matcher(x).find()) {
            o.slots.put("date_from", LocalDate.of(today.getYear(), 1, 1));
            o.slots.put("date_to", today);
            used.addAll(List.of("ytd", "year", "to", "date"));
        }
        return used;
    }

    private static final Pattern CORPORATE = Pattern.compile(
            "(?i)\\b(?:inc|incorporated|llc|ltd|limited|corp|corporation|co|company|gmbh|plc|industries|group|partners|agency|studio|studios)\\b\\.?$");

    private static final Set<String> CURRENCY_NAMES = Set.of("usd", "eur", "cad", "gbp", "aud", "euros", "dollars");
    private static final Pattern CURRENCY_WORDS_PRESENT =
            Pattern.compile("\\b(?:in|for) (?:usd|eur|cad|gbp|aud|euros|us dollars|canadian dollars|pounds)\\b");

    private static void currency(Sentence s, Out o) {
        Matcher m = Pattern.compile(
                        "\\b(?:in|for|only) (usd|eur|cad|gbp|aud|euros|us dollars|canadian dollars|pounds)\\b")
                .matcher(MoneyExtractor.lowerSameLength(s.text));
        if (m.find()) {
            String c =
                    switch (m.group(1)) {
                        case "euros" -> "EUR";
                        case "us dollars" -> "USD";
                        case "canadian dollars" -> "CAD";
                        case "pounds" -> "GBP";
                        default -> m.group(1).toUpperCase(java.util.Locale.ROOT);
                    };
            o.put("currency", c);
        }
    }

    private static String groupBy(String x, String allowed) {
        Matcher m = Pattern.compile("\\b(?:by|per|for each|each|broken down by|grouped by|split by|group by) ("
                        + "month|months|client|clients|customer|customers|project|projects|service|services|day|days"
                        + "|entry|entries|member|members|person|people|team member)\\b")
                .matcher(x);
        String g = null;
        if (m.find()) {
            g = m.group(1);
        } else if (x.matches(".*\\bmonthly\\b.*") || x.matches(".*\\bmonth by month\\b.*")) {
            g = "month";
        } else if (x.matches(".*\\bdaily\\b.*")) {
            g = "day";
        }
        if (g == null) {
            return null;
        }
        g = switch (g) {
            case "months" -> "month";
            case "clients", "customer", "customers" -> "client";
            case "projects" -> "project";
            case "services" -> "service";
            case "days" -> "day";
            case "entries" -> "entry";
            case "members", "person", "people", "team member" -> "member";
            default -> g;
        };
        return Set.of(allowed.split("\\|")).contains(g) ? g : null;
    }

    private static void dateRange(Sentence s, Out o) {
        List<Tok> dates = s.all(Tok.Kind.DATE);
        if (dates.isEmpty()) {
            return;
        }
        DateExtractor.DateMention a = (DateExtractor.DateMention) dates.get(0).value;
        if (dates.size() >= 2) {
            DateExtractor.DateMention b = (DateExtractor.DateMention) dates.get(1).value;
            o.put("date_from", a.from());
            o.put("date_to", b.to());
            return;
        }
        o.put("date_from", a.from());
        o.put("date_to", a.to());
    }

    // -------------------------------------------------------------------------------- estimates

    /** "the latest estimate", "Wayne's most recent quote": which of a client's estimates, said before the noun. */
    private static final String LATEST = "(?:latest |last |recent |newest |most recent )?";

    private static final Pattern EST_WORD =
            Pattern.compile("\\b(?:estimate|estimates|quote|quotes|quotation|quotations)\\b");

    private static final Pattern CONVERT_ASKED = Pattern.compile(
            "[,;.!-]\\s+(?:now |then |so |and |please )*(?:turn|convert|make|transform)\\b.*\\b(?:into|to) (?:an |a |the )?invoice\\b");

    private static Frame estimates(
            String input, String text, Shape sh, String x, Out o, LocalDate today, boolean clause) {
        if (!EST_WORD.matcher(x).find()) {
            return null;
        }
        Matcher m;
        // "Globex approved it - turn their latest estimate into an invoice": the request is the conversion
        boolean convertAsked = CONVERT_ASKED.matcher(x).find();
        // accept
        if (!convertAsked
                && (m = match(
                                "(?:the )?" + NAME
                                        + " (?:has |have )?(?:accepted|approved|signed off on|signed|said yes to|agreed to|okayed|ok'd|greenlit|green-lit|went ahead with)"
                                        + " (?:the |their |my |our |its |his |her )?(?:latest |last |recent |newest |new |most recent )?"
                                        + "(?:estimate|quote|quotation|proposal)(?: "
                                        + NUMBERISH + ")?",
                                x))
                        != null) {
            estimateRef(sh, m, 1, 2, o);
            return o.frame(IntentType.ESTIMATE_ACCEPT);
        }
        if ((m = match(
                        "(?:the )?(?:estimate|quote|quotation) " + NUMBERISH
                                + " (?:has been|have been|was|is|got|has got) (?:accepted|approved|signed)"
                                + "(?: by (?:the client|them|the customer|" + NAME + "))?",
                        x))
                != null) {
            estimateRef(sh, m, -1, 1, o);
            return o.frame(IntentType.ESTIMATE_ACCEPT);
        }
        if ((m = match(
                        "(?:mark|set|flag|record|change|update) (?:the |their |my |our )?" + LATEST
                                + "(?:estimate|quote|quotation)(?: " + NUMBERISH
                                + ")?(?: (?:for|from|of|to) (?:client |customer )?" + NAME
                                + ")? (?:as |to )?(?:accepted|approved|signed|won)",
                        x))
                != null) {
            estimateRef(sh, m, 2, 1, o);
            return o.frame(IntentType.ESTIMATE_ACCEPT);
        }
        if ((m = match(
                        "(?:mark |set |flag )?" + "(?:the )?" + NAME
                                + "(?:'s)? " + LATEST + "(?:estimate|quote|quotation)(?: "
                                + NUMBERISH
                                + ")? (?:as )?(?:accepted|approved|signed|won)",
                        x))
                != null) {
            estimateRef(sh, m, 1, 2, o);
            return o.frame(IntentType.ESTIMATE_ACCEPT);
        }
        if ((m = match(
                        "accept (?:the )?(?:estimate|quote|quotation)(?: " + NUMBERISH + ")?(?: (?:for|from|of|to) "
                                + NAME + ")?",
                        x))
                != null) {
            estimateRef(sh, m, 2, 1, o);
            return o.frame(IntentType.ESTIMATE_ACCEPT);
        }
        if ((m = match("accept " + NAME + "'s " + LATEST + "(?:estimate|quote|quotation)(?: " + NUMBERISH + ")?", x))
                != null) {
            // "accept Wayne's latest estimate"
            estimateRef(sh, m, 1, 2, o);
            return o.frame(IntentType.ESTIMATE_ACCEPT);
        }
        // convert (may follow an acceptance: "Initech accepted the estimate, turn it into an invoice")
        String conv = "(?:turn|convert|change|make|transform|switch) ";
        String intoInv = " (?:into|to|in to|become|becomes) (?:an |a |the )?invoice";
        String adj = "(?:latest |last |recent |newest |new |most recent |accepted |approved )*";
        if ((m = match(
                        "(?:(?:the )?" + NAME
                                + " (?:has |have )?(?:accepted|approved) (?:the |their |my )?(?:estimate|quote)"
                                + "(?:,| and| so)* (?:now |then )?)?" + conv + "(?:it|that|this|them)" + intoInv,
                        x))
                != null) {
            estimateRef(sh, m, 1, -1, o);
            if (m.start(1) < 0) {
                return null;
            }
            return o.frame(IntentType.ESTIMATE_CONVERT);
        }
        if ((m = match(
                        conv + "(?:the |my )?(?:(?:" + NAME + "(?:'s)? )?" + adj + "(?:estimate|quote|quotation)(?: "
                                + NUMBERISH + ")?(?: (?:for|from|of|to) " + NAME + ")?)" + intoInv,
                        x))
                != null) {
            estimateRef(sh, m, 1, 2, o);
            if (!o.slots.containsKey("client") && !o.slots.containsKey("estimate") && m.start(3) >= 0) {
                estimateRef(sh, m, 3, -1, o);
            }
            return o.frame(IntentType.ESTIMATE_CONVERT);
        }
        if ((m = match(
                        "(?:create|make|generate|raise|issue|draft|do) (?:an |a |the )?invoice (?:from|out of|based on|for) (?:the |my )?"
                                + "(?:(?:" + NAME + "(?:'s)? )?" + adj + "(?:estimate|quote|quotation)(?: "
                                + NUMBERISH + ")?"
                                + "(?: (?:for|from|of|to) " + NAME + ")?)",
                        x))
                != null) {
            estimateRef(sh, m, 1, 2, o);
            if (!o.slots.containsKey("client") && !o.slots.containsKey("estimate") && m.start(3) >= 0) {
                estimateRef(sh, m, 3, -1, o);
            }
            return o.frame(IntentType.ESTIMATE_CONVERT);
        }
        // "invoice estimate #7", "bill quote 12": invoicing an estimate converts it
        if ((m = match("(?:invoice|bill) (?:the |my )?(?:estimate|quote|quotation) " + NUMBERISH, x)) != null) {
            estimateRef(sh, m, -1, 1, o);
            if (!o.slots.containsKey("estimate")) {
                return null;
            }
            return o.frame(IntentType.ESTIMATE_CONVERT);
        }
        // the rest reads as the invoice phrase it mirrors
        if (clause) {
            return null;
        }
        String low = MoneyExtractor.lowerSameLength(text);
        Matcher w = EST_WORD.matcher(low);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (w.find()) {
            sb.append(text, last, w.start());
            String word = w.group();
            sb.append(word.endsWith("s") ? "invoices" : "invoice");
            last = w.end();
        }
        sb.append(text.substring(last));
        String rewritten = sb.toString()
                .replaceFirst(
                        "(?i)\\b(?:put together|draw up|write up|prepare|draft|work up|do up|whip up)\\b", "create");
        if (low.matches(".*\\b(?:invoice|invoices)\\b.*")) {
            return null; // both words: not a phrase these rules can split
        }
        Frame inv = Grammar.parse(input, rewritten, today);
        Map<String, Object> slots = new LinkedHashMap<>(inv.slots());
        IntentType type;
        switch (inv.type()) {
            case INVOICE_CREATE -> {
                type = IntentType.ESTIMATE_CREATE;
                slots.remove("due_in_days");
                slots.remove("due_date");
            }
            case INVOICE_LIST -> {
                type = IntentType.ESTIMATE_LIST;
                Object st = slots.get("status");
                Map<String, Object> keep = new LinkedHashMap<>();
                if (slots.get("client") != null) {
                    String c = ((String) slots.get("client"))
                            .replaceFirst(
                                    "(?i)\\s+(?:has|have)?\\s*(?:accepted|approved|signed|viewed|sent|invoiced|converted)$",
                                    "")
                            .strip();
                    if (!c.isEmpty()) {
                        keep.put("client", c);
                    }
                }
                if (x.matches(".*\\b(?:accepted|approved|signed)\\b.*")) {
                    keep.put("status", "accepted");
                } else if (x.matches(".*\\b(?:invoiced|converted)\\b.*")) {
                    keep.put("status", "invoiced");
                } else if (x.matches(
                        ".*\\b(?:waiting for|awaiting|pending|needing) (?:an? )?(?:approval|answer|reply|sign-?off|acceptance)\\b.*")) {
                    keep.put("status", "sent"); // sent and not yet answered
                } else if (x.matches(".*\\bviewed\\b.*")) {
                    keep.put("status", "viewed");
                } else if ("draft".equals(st) || "sent".equals(st)) {
                    keep.put("status", st);
                } else if (x.matches(".*\\bdrafts? (?:estimates|quotes)\\b.*")
                        || x.matches(".*\\b(?:in|as|still|at) (?:a |the )?drafts?\\b.*")) {
                    keep.put("status", "draft"); // "draft estimates": a list's adjective, not the verb "draft"
                }
                slots = keep;
            }
            case INVOICE_SHOW -> type = IntentType.ESTIMATE_SHOW;
            case INVOICE_SEND -> type = IntentType.ESTIMATE_SEND;
            default -> {
                return inv.type() == IntentType.UNKNOWN ? inv : null;
            }
        }
        if (slots.containsKey("invoice")) {
            slots.put("estimate", slots.remove("invoice"));
        }
        if ((type == IntentType.ESTIMATE_SEND || type == IntentType.ESTIMATE_SHOW)
                && !slots.containsKey("estimate")
                && slots.containsKey("client")
                && !slots.containsKey("which")) {
            slots.put("which", "latest");
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (IntentType.Slot sl : type.slots().values()) {
            if (slots.containsKey(sl.name())) {
                ordered.put(sl.name(), slots.get(sl.name()));
            }
        }
        return Frame.of(input, type, ordered, inv.confidence(), "rules");
    }

    private static final String NUMBERISH = "((?:number |no |#)?#?\\d{1,8})";

    /** Fills estimate (from a number group) or client + which = latest (from a name group). */
    private static void estimateRef(Shape sh, Matcher m, int nameGroup, int numberGroup, Out o) {
        if (numberGroup > 0 && m.start(numberGroup) >= 0) {
            String n = m.group(numberGroup).replaceAll("[^0-9]", "");
            o.put("estimate", n);
            return;
        }
        if (nameGroup > 0 && m.start(nameGroup) >= 0) {
            Named n = name(sh, m, nameGroup);
            if (n == null) {
                return;
            }
            o.put("client", n.text);
            o.put("which", "latest");
        }
    }

    // -------------------------------------------------------------------------------- billing time

    private static final String TIME_WORDS =
            "(?:unbilled |uninvoiced |unbilled and billable |billable |outstanding |tracked |logged "
                    + "|recorded |open |remaining )*(?:time|hours|hrs|work|time entries|entries|timesheets?)";

    /** A name with an amount or a "for" in it is a rule reading over an invoice's amount and description. */
    private static final Pattern NOT_A_BILLED_NAME = Pattern.compile("(?i)(?:^|\\s)(?:\\d[\\d,.]{2,}|for)(?:\\s|$)");

    private static Frame fromTime(Shape sh, String x, Out o) {
        if (!x.matches(".*\\b(?:time|hours|hrs|work|entries|timesheets?)\\b.*")) {
            return null;
        }
        String rest =
                "((?: (?:from|for|in|during|over|since|covering) @T| @T| (?:at|@) \\$M(?: (?:an|per|a) hour| per hr)?| \\$M"
                        + "| (?:,|and|then)* (?:send|email|e-mail|mail) (?:it|them|the invoice)(?: to them| to the client)?(?: right away| immediately)?"
                        + "| (?:grouped |group |split |one line )?(?:by|per) (?:service|entry|day)| (?:one line|a line) (?:per|for each) (?:service|entry|day)"
                        + "| as (?:a |one )?(?:draft|invoice))*)";
        Matcher m;
        Integer clientGroup = null;
        Integer targetGroup = null;
        int restGroup;
        if ((m = match(
                        "(?:invoice|bill|charge) (?:the client |client )?" + NAME
                                + " for (?:all |the |my |our |their |his |her |its |of )*" + "(?:@T's )?" + TIME_WORDS
                                + "(?: (?:on|for) (?:the )?" + NAME + ")?" + rest,
                        x))
                != null) {
            clientGroup = 1;
            targetGroup = 2;
            restGroup = 3;
        } else if ((m = match(
                        "(?:invoice|bill|charge) (?:for )?(?:all |the |my |our )*(?:@T's )?" + TIME_WORDS
                                + " (?:for|on|of|from) (?:the client |client )?" + NAME + rest,
                        x))
                != null) {
            targetGroup = 1;
            restGroup = 2;
        } else if ((m = match(
                        "(?:invoice|bill|charge) (?:all |the |my |our )*" + NAME + "(?:'s)? (?:@T's )?" + TIME_WORDS
                                + rest,
                        x))
                != null) {
            targetGroup = 1;
            restGroup = 2;
        } else if ((m = match(
                        "(?:turn|convert|make|put) (?:all |the |my |our )*(?:@T's )?" + TIME_WORDS
                                + " (?:for|on|of|from) (?:the client |client )?" + NAME
                                + " (?:into|to|in to|on) (?:an |a |one )?invoice" + rest,
                        x))
                != null) {
            targetGroup = 1;
            restGroup = 2;
        } else if ((m = match(
                        "(?:create|make|generate|raise|draft|prepare|build|send) (?:an |a |the |one )?invoice (?:from|for|out of|with)"
                                + " (?:all |the |my |our )*(?:@T's )?" + TIME_WORDS
                                + " (?:for|on|of|from) (?:the client |client )?" + NAME + rest,
                        x))
                != null) {
            targetGroup = 1;
            restGroup = 2;
        } else {
            return fromTimeEvidence(sh, x, o);
        }
        Named client = clientGroup == null ? null : name(sh, m, clientGroup);
        Named target = targetGroup == null || m.start(targetGroup) < 0 ? null : name(sh, m, targetGroup);
        if (clientGroup != null && client == null) {
            return null;
        }
        for (Named n : new Named[] {client, target}) {
            if (n != null && NOT_A_BILLED_NAME.matcher(n.text).find()) {
                return null; // "bill halvorsen 600 for api work": an amount and a description, not whose time
            }
        }
        if (client != null) {
            if (client.kind.equals("project")) {
                o.put("project", client.text);
            } else {
                o.put("client", client.text);
            }
            if (target != null) {
                o.put(target.kind.equals("target") ? "project" : target.kind, target.text);
            }
        } else if (target != null) {
            o.put(target.kind, target.text);
        } else {
            return null;
        }
        String tail = m.group(restGroup) == null ? "" : m.group(restGroup);
        dateRange(sh.s, o);
        for (Tok t : sh.s.all(Tok.Kind.MONEY)) {
            o.put("rate", ((MoneyExtractor.MoneyMention) t.value).money());
        }
        String g = groupBy(tail, "service|entry|day");
        if (g != null) {
            o.put("group_by", g);
        }
        if (tail.matches(".*\\b(?:send|email|e-mail|mail)\\b.*")) {
            o.put("send", true);
        }
        return o.frame(IntentType.INVOICE_FROM_TIME);
    }

    private static final Set<String> BILL_TIME_WORDS = words(
            "invoice",
            "bill",
            "charge",
            "make",
            "create",
            "generate",
            "raise",
            "draft",
            "prepare",
            "build",
            "turn",
            "convert",
            "put",
            "an",
            "a",
            "the",
            "for",
            "all",
            "of",
            "their",
            "his",
            "her",
            "its",
            "our",
            "my",
            "unbilled",
            "uninvoiced",
            "time",
            "hours",
            "hrs",
            "hour",
            "work",
            "entries",
            "entry",
            "timesheet",
            "timesheets",
            "tracked",
            "logged",
            "recorded",
            "from",
            "not",
            "billed",
            "yet",
            "at",
            "per",
            "one",
            "line",
            "day",
            "days",
            "service",
            "services",
            "grouped",
            "group",
            "split",
            "by",
            "send",
            "it",
            "them",
            "and",
            "email",
            "e-mail",
            "mail",
            "please",
            "i'd",
            "i",
            "like",
            "to",
            "would",
            "want",
            "need",
            "client",
            "project",
            "on",
            "with",
            "into",
            "in",
            "out",
            "outstanding",
            "billable",
            "open",
            "remaining",
            "rate",
            "h",
            "hr",
            "an",
            "that",
            "have",
            "has",
            "been",
            "invoiced",
            "could",
            "you",
            "can",
            "so",
            "far",
            "since",
            "during",
            "over",
            "up",
            "right",
            "away",
            "then",
            "as",
            "is",
            "are",
            "this",
            "last",
            "still",
            "left",
            "just",
            "every",
            "each");

    /**
     * Billing tracked time said in a way no pattern covers ("make an invoice for all unbilled Data
     * Migration time, one line per entry"): a billing verb, time as a thing (no duration said), a
     * billing word, and exactly one name among words that are all billing words.
     */
    private static Frame fromTimeEvidence(Shape sh, String x, Out o) {
        if (REGION.get() != null
                || !x.matches(".*\\b(?:invoice|bill|charge)\\b.*")
                || !x.matches(".*\\b(?:time|hours|hrs|entries|timesheets?)\\b.*")
                || !x.matches(
                        ".*(?:\\b(?:unbilled|uninvoiced|not (?:yet )?billed|tracked|logged|timesheets?)\\b|'s (?:time|hours)|@T's).*")
                || x.contains("%D")
                || x.contains("estimate")
                || x.contains("quote")) {
            return null;
        }
        List<List<Tok>> chunks = new ArrayList<>();
        List<Tok> cur = new ArrayList<>();
        String kind = "target";
        Tok prev = null;
        for (Tok t : sh.s.toks) {
            boolean nameWord = (t.kind == Tok.Kind.WORD && !BILL_TIME_WORDS.contains(t.low))
                    || (t.kind == Tok.Kind.WORD
                            && !cur.isEmpty()
                            && t.capitalized()
                            && !t.low.matches("time|hours|and|for"))
                    || (t.kind == Tok.Kind.NUMBER && !cur.isEmpty());
            if (nameWord) {
                if (cur.isEmpty() && prev != null && (prev.low.equals("project") || prev.low.equals("client"))) {
                    kind = prev.low;
                }
                cur.add(t);
            } else {
                if (!cur.isEmpty()) {
                    chunks.add(cur);
                    cur = new ArrayList<>();
                    if (t.low.equals("project") || t.low.equals("client")) {
                        kind = t.low;
                    } else if (t.kind == Tok.Kind.POSS) {
                        kind = "client";
                    }
                }
            }
            if (t.kind == Tok.Kind.EMAIL
                    || t.kind == Tok.Kind.PATH
                    || t.kind == Tok.Kind.URL
                    || t.kind == Tok.Kind.PHONE) {
                return null;
            }
            prev = t;
        }
        if (!cur.isEmpty()) {
            chunks.add(cur);
        }
        if (chunks.size() != 1) {
            return null;
        }
        o.put(kind, joined(chunks.get(0)));
        dateRange(sh.s, o);
        for (Tok t : sh.s.all(Tok.Kind.MONEY)) {
            o.put("rate", ((MoneyExtractor.MoneyMention) t.value).money());
        }
        if (!o.slots.containsKey("rate")) {
            Matcher r = Pattern.compile("\\bat (\\d[\\d,]*(?:\\.\\d{1,2})?)(?: ?(?:h|hr|hour|per hour|an hour))?\\b")
                    .matcher(x);
            if (r.find()) {
                o.put(
                        "rate",
                        new Money(new BigDecimal(r.group(1).replace(",", "")).setScale(2, RoundingMode.HALF_UP), null));
            }
        }
        String g = groupBy(x, "service|entry|day");
        if (g != null) {
            o.put("group_by", g);
        }
        if (x.matches(".*\\b(?:send|email|e-mail|mail) (?:it|them)\\b.*")) {
            o.put("send", true);
        }
        o.conf -= 0.05;
        return o.frame(IntentType.INVOICE_FROM_TIME);
    }

    // -------------------------------------------------------------------------------- time entries

    private static final String EDIT =
            "(?:change|edit|update|fix|correct|adjust|amend|modify|set|make|alter|bump|reduce|increase|shorten|extend)";
    /** A record's kind said where a person's name would stand. */
    private static final Pattern RECORD = Pattern.compile(
            "(?i)(?:(?:last|latest|most recent|recent|that|this|my|the) )?(?:payments?|invoices?|inv|expenses?|"
                    + "entry|entries|time entry|time entries|estimates?|quotes?|receipts?|timer|notes?)");

    private static final String DELETE =
            "(?:delete|remove|erase|drop|get rid of|trash|scrap|discard|wipe|kill|undo|cancel)";
    private static final String SHOW =
            "(?:show|view|display|open|get|see|pull up|print|what was|what's|whats|what is|tell me|find|look at|check)(?: me)?(?: for me)?";
    private static final String LAST = "(?:last|latest|most recent|previous|newest|final|recent)";

    private static Frame timeEntries(Shape sh, String x, Out o) {
        Matcher m;
        // show
        // "the most recent time entry", "show the latest time I logged": one entry, asked for by name alone
        if ((m = match(
                        "(?:" + SHOW + " )?(?:the |my )?" + LAST
                                + " (?:time entry|entry|time log|logged time|time (?:i|we) (?:logged|tracked|recorded)"
                                + "|entry (?:i|we) (?:logged|made|recorded))",
                        x))
                != null) {
            o.put("entry", "last");
            return o.frame(IntentType.TIME_SHOW);
        }
        if ((m = match(SHOW + " (?:the )?(?:time entry|entry) (?:number |no |#)?#?(\\d{1,9})", x)) != null) {
            o.put("entry", m.group(1).replace("#", ""));
            return o.frame(IntentType.TIME_SHOW);
        }
        // delete
        if ((m = match(DELETE + " (.*?)" + ENTRY_NOUN + "(?: (\\d{1,9}))?( .*)?", x)) != null && !x.contains("timer")) {
            String which = m.group(1) + (m.group(3) == null ? "" : m.group(3));
            if (m.group(2) != null) {
                o.put("entry", m.group(2));
            }
            if (!which(sh, m, new int[] {1, 3}, o, false)) {
                return null;
            }
            if (o.slots.isEmpty()) {
                return null;
            }
            return o.frame(IntentType.TIME_DELETE);
        }
        // "delete the 2 hours I logged on Admin today": the duration says it is time
        if ((m = match(DELETE + " ((?:the |my |that |those |these )?%D(?: .*)?)", x)) != null && !x.contains("timer")) {
            if (!which(sh, m, new int[] {1}, o, false) || o.slots.isEmpty()) {
                return null;
            }
            return o.frame(IntentType.TIME_DELETE);
        }
        // move ... from A to B
        if ((m = match(
                        "(?:move|switch|shift|reassign|transfer|put) (.*?)(?: " + ENTRY_NOUN
                                + ")?(?: (?:that )?(?:i )?(?:logged|tracked|put|spent))?" + " from (?:the )?" + NAME
                                + " (?:to|onto|over to) (?:the )?" + NAME,
                        x))
                != null) {
            if (!which(sh, m, new int[] {1}, o, false)) {
                return null;
            }
            Named from = name(sh, m, 2);
            Named to = name(sh, m, 3);
            if (from == null || to == null) {
                return null;
            }
            o.put(from.kind, from.text);
            o.put("new_" + to.kind, to.text);
            return o.frame(IntentType.TIME_EDIT);
        }
        // "move my last time entry to the Admin project"
        if ((m = match(
                        "(?:move|put|switch|shift|reassign|transfer) (.*?)" + ENTRY_NOUN
                                + "(?: (\\d{1,9}))? (?:to|onto|on|over to|under|into) (?:the )?" + NAME,
                        x))
                != null) {
            if (m.group(2) != null) {
                o.put("entry", m.group(2));
            }
            if (!which(sh, m, new int[] {1}, o, false)) {
                return null;
            }
            Named to = name(sh, m, 3);
            if (to == null || o.slots.isEmpty()) {
                return null;
            }
            o.put("new_" + to.kind, to.text);
            return o.frame(IntentType.TIME_EDIT);
        }
        // "my last time entry must be 90 minutes"
        if ((m = match(
                        "(.*?)" + ENTRY_NOUN
                                + "(?: (\\d{1,9}))? (?:must|should|needs to|has to|ought to|is supposed to) be (?:changed to |set to )?(.+)",
                        x))
                != null) {
            if (m.group(2) != null) {
                o.put("entry", m.group(2));
            }
            if (!which(sh, m, new int[] {1}, o, false) || !newValues(sh, m, 3, o, "time") || o.slots.size() < 2) {
                return null;
            }
            o.conf -= 0.05;
            return o.frame(IntentType.TIME_EDIT);
        }
        // change ... entry ... to <new>
        if ((m = match(
                        EDIT + " (?:the (?:duration|length|hours|date|day|time) (?:of|on|for) )?(.*?)" + ENTRY_NOUN
                                + "(?: (\\d{1,9}))?(?: (.*?))?(?:,? (?:to|it should be|should be|it was|actually|to be|so it's|so it is|so it says|as|into) (.+))",
                        x))
                != null) {
            if (m.group(2) != null) {
                o.put("entry", m.group(2));
            }
            if (!which(sh, m, new int[] {1, 3}, o, false)) {
                return null;
            }
            if (!newValues(sh, m, 4, o, "time")) {
                return null;
            }
            return o.frame(IntentType.TIME_EDIT);
        }
        if ((m = match(
                        "(?:make|mark|set) (.*?)" + ENTRY_NOUN
                                + "(?: (\\d{1,9}))? (?:as )?(billable|non-billable|non billable|not billable|unbillable)",
                        x))
                != null) {
            if (m.group(2) != null) {
                o.put("entry", m.group(2));
            }
            if (!which(sh, m, new int[] {1}, o, false)) {
                return null;
            }
            o.put("new_billable", m.group(3).equals("billable"));
            return o.frame(IntentType.TIME_EDIT);
        }
        return null;
    }

    /**
     * Reads the words that say which record is meant: "last", a date, a duration, an amount, a
     * name ("Acme", "on Apollo"). False when something else is there.
     */
    private static boolean which(Shape sh, Matcher m, int[] groups, Out o, boolean money) {
        List<Tok> toks = new ArrayList<>();
        for (int g : groups) {
            if (g <= m.groupCount()) {
                toks.addAll(sh.toks(m, g));
            }
        }
        List<Tok> words = new ArrayList<>();
        for (Tok t : toks) {
            switch (t.kind) {
                case DATE -> o.put("date", ((DateExtractor.DateMention) t.value).from());
                case DURATION -> o.put("duration_minutes", ((DurationExtractor.DurationMention) t.value).minutes());
                case MONEY -> {
                    if (!money) {
                        return false;
                    }
                    o.put("amount", ((MoneyExtractor.MoneyMention) t.value).money());
                }
                case POSS, PUNCT -> flush(words, o, "target");
                case NUMBER -> {
                    if (money && t.low.length() <= 3) {
                        o.put("amount", bare(t));
                    } else if (t.low.length() >= 3) {
                        o.put("entry", t.low.replace("#", ""));
                    } else {
                        return false;
                    }
                }
                case WORD -> {
                    if (money && bare(t) != null) {
                        o.put("amount", bare(t));
                        flush(words, o, "target");
                    } else if (t.low.matches(LAST)) {
                        o.put("entry", "last");
                        flush(words, o, "target");
                    } else if (t.low.matches(
                            "the|my|a|an|of|that|this|i|me|for|with|logged|tracked|put|spent|entered|made|recorded|did")) {
                        flush(words, o, "target");
                    } else if (t.low.matches("on|at|to|under|in")) {
                        flush(words, o, "target");
                    } else if (t.low.equals("one") || t.low.equals("entry") || t.low.equals("time")) {
                        flush(words, o, "target");
                    } else {
                        words.add(t);
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        flush(words, o, "target");
        return true;
    }

    private static void flush(List<Tok> words, Out o, String slot) {
        if (words.isEmpty()) {
            return;
        }
        String kind = slot;
        List<Tok> w = new ArrayList<>(words);
        words.clear();
        String lastLow = w.get(w.size() - 1).low;
        if (lastLow.equals("project") || lastLow.equals("client")) {
            kind = lastLow;
            w.remove(w.size() - 1);
        }
        if (w.isEmpty()) {
            return;
        }
        String text = joined(w);
        if (kind.equals("target")
                && !o.slots.containsKey("service")
                && text.equals(text.toLowerCase(java.util.Locale.ROOT))
                && LexicalFront.isServiceWord(w.get(w.size() - 1).low)
                && !ExpenseCategories.isCategory(text)
                && !ExpenseCategories.isPurchase(text)) {
            o.put("service", text); // "yesterday's design entry on Acme": the kind of work, then whose
            return;
        }
        if (o.slots.containsKey(slot) || o.slots.containsKey("client") || o.slots.containsKey("project")) {
            o.conf -= 0.15;
            return;
        }
        o.put(kind, text);
    }

    private static String joined(List<Tok> w) {
        StringBuilder sb = new StringBuilder();
        for (Tok t : w) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.text);
        }
        return sb.toString();
    }

    /** Reads what an edit writes: a duration, a date, an amount, a name, billable or not. */
    private static boolean newValues(Shape sh, Matcher m, int group, Out o, String family) {
        List<Tok> toks = sh.toks(m, group);
        List<Tok> words = new ArrayList<>();
        boolean any = false;
        for (Tok t : toks) {
            switch (t.kind) {
                case DURATION -> {
                    if (!family.equals("time")) {
                        return false;
                    }
                    o.put("new_duration_minutes", ((DurationExtractor.DurationMention) t.value).minutes());
                    any = true;
                }
                case DATE -> {
                    o.put("new_date", ((DateExtractor.DateMention) t.value).from());
                    any = true;
                }
                case MONEY -> {
                    if (!family.equals("expense")) {
                        return false;
                    }
                    o.put("new_amount", ((MoneyExtractor.MoneyMention) t.value).money());
                    any = true;
                }
                case NUMBER -> {
                    // "to 5" on a time entry: hours
                    if (family.equals("time") && t.low.matches("\\d{1,2}")) {
                        o.put("new_duration_minutes", Integer.parseInt(t.low) * 60);
                        any = true;
                    } else if (family.equals("expense") && bare(t) != null) {
                        o.put("new_amount", bare(t));
                        any = true;
                    } else {
                        return false;
                    }
                }
                case PUNCT, POSS -> {}
                case WORD -> {
                    if (family.equals("expense") && bare(t) != null) {
                        o.put("new_amount", bare(t));
                        any = true;
                    } else if (t.low.matches(
                            "please|pls|thanks|instead|actually|rather|now|please|it|category|vendor|amount|date")) {
                        // not a value
                    } else if (t.low.matches("billable")) {
                        o.put("new_billable", true);
                        any = true;
                    } else if (t.low.matches("non-billable|unbillable")) {
                        o.put("new_billable", false);
                        any = true;
                    } else if (!t.low.matches("the|a|an|be|instead|hours?|hrs?|on|to|project|client|of")) {
                        words.add(t);
                    } else if (t.low.matches("project|client") && !words.isEmpty()) {
                        o.put("new_" + t.low, joined(words));
                        words.clear();
                        any = true;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        if (!words.isEmpty()) {
            if (any) {
                return false;
            }
            o.put("new_target", joined(words));
            o.conf -= 0.1;
            any = true;
        }
        return any;
    }

    // -------------------------------------------------------------------------------- expenses

    private static Frame expenses(Shape sh, String x, Out o) {
        if (!x.matches(".*\\b(?:expense|expenses|receipt|purchase|spend|charge)\\b.*")) {
            return null;
        }
        Matcher m;
        // "charge $45 of fuel to Brightwater": spending of a kind put on a client, not an invoice line
        if ((m = match(
                                "(?:charge|put|bill) " + AMOUNT
                                        + " (?:of|for|on) ([a-z][a-z ]*?) (?:to|against|onto) (?:the )?" + NAME,
                                x))
                        != null
                && ExpenseCategories.isCategory(m.group(2))) {
            Money amount = moneyIn(sh, m, 1);
            Named who = name(sh, m, 3);
            if (amount == null || who == null) {
                return null;
            }
            o.put("amount", amount);
            o.put("category", rawName(sh, m, 2));
            o.put(who.kind(), who.text());
            o.put("date", o.today);
            return o.frame(IntentType.EXPENSE_CREATE);
        }
        if ((m = match("(?:" + SHOW + " )?(?:the |my )?" + LAST + " (?:expense|purchase)", x)) != null) {
            o.put("expense", "last");
            return o.frame(IntentType.EXPENSE_SHOW);
        }
        if ((m = match(
                        "(?:attach|add|upload|put) (?:the |this |a |my )?(?:receipt |file |photo |scan |pdf )?(?:&F|at &F|from &F)"
                                + " (?:to|on|with|onto|for) (.*?)(?:expense|purchase)(?: (\\d{1,9}))?( .*)?",
                        x))
                != null) {
            if (m.group(2) != null) {
                o.put("expense", m.group(2));
            }
            if (!expenseWhich(sh, m, new int[] {1, 3}, o)) {
                return null;
            }
            o.put("receipt", sh.s.first(Tok.Kind.PATH).value);
            return o.frame(IntentType.EXPENSE_EDIT);
        }
        if ((m = match(SHOW + " (?:the )?expense (?:number |no |#)?#?(\\d{1,9})", x)) != null) {
            o.put("expense", m.group(1).replace("#", ""));
            return o.frame(IntentType.EXPENSE_SHOW);
        }
        if ((m = match(
                        "(?:list |show |display |find |get )?(?:me )?(?:all |my |the )*expenses? (?:over|above|more than|greater than|bigger than|exceeding|of more than|larger than) "
                                + AMOUNT + "(?: (?:from |for |in |during |since )?@T)?",
                        x))
                != null) {
            o.put("min_amount", moneyIn(sh, m, 1));
            dateRange(sh.s, o);
            return o.frame(IntentType.EXPENSE_LIST);
        }
        // "expenses over $100 for Initech this year", "expenses for Initech over $100": whose, before or after
        if ((m = match(
                                "(?:list |show |display |find |get )?(?:me )?(?:all |my |the )*expenses (?:(?:for|on|against) "
                                        + NAME
                                        + " )?(?:over|above|more than|greater than|bigger than|exceeding|of more than|larger than) "
                                        + AMOUNT + "(?: (?:for|on|against) " + NAME
                                        + ")?(?: (?:from |for |in |during |since )?@T)?",
                                x))
                        != null
                && (m.start(1) >= 0) != (m.start(3) >= 0)) {
            Named who = name(sh, m, m.start(1) >= 0 ? 1 : 3);
            Money over = moneyIn(sh, m, 2);
            if (who == null || over == null) {
                return null;
            }
            o.put("min_amount", over);
            o.put(who.kind(), who.text());
            dateRange(sh.s, o);
            return o.frame(IntentType.EXPENSE_LIST);
        }
        if ((m = match(DELETE + " (.*?)(?:expense|purchase|receipt)(?: (\\d{1,9}))?( .*)?", x)) != null) {
            if (m.group(2) != null) {
                o.put("expense", m.group(2));
            }
            if (!expenseWhich(sh, m, new int[] {1, 3}, o)) {
                return null;
            }
            if (o.slots.isEmpty()) {
                return null;
            }
            return o.frame(IntentType.EXPENSE_DELETE);
        }
        if ((m = match(
                        "(?:move|put|assign|attach|file|switch|reassign) (.*?)(?:expense|purchase)(?: (\\d{1,9}))? (?:on|to|onto|under|against|with) (?:the )?"
                                + NAME,
                        x))
                != null) {
            if (m.group(2) != null) {
                o.put("expense", m.group(2));
            }
            if (!expenseWhich(sh, m, new int[] {1}, o)) {
                return null;
            }
            Named to = name(sh, m, 3);
            if (to == null) {
                return null;
            }
            o.put("new_" + to.kind, to.text);
            return o.frame(IntentType.EXPENSE_EDIT);
        }
        if ((m = match(
                        EDIT
                                + " (?:the (?:amount|price|cost|total|date|category|vendor) (?:of|on|for) )?(.*?)(?:expense|purchase)"
                                + "(?: (\\d{1,9}))?(?: (.*?))?(?:,? (?:to|it should be|should be|it was|actually|to be|so it's|so it is|as|into) (.+))",
                        x))
                != null) {
            if (m.group(2) != null) {
                o.put("expense", m.group(2));
            }
            if (!expenseWhich(sh, m, new int[] {1, 3}, o)) {
                return null;
            }
            if (!newValues(sh, m, 4, o, "expense")) {
                return null;
            }
            if (o.slots.containsKey("new_target") && x.matches(".*\\bcategory\\b.*")) {
                o.slots.put("new_category", o.slots.remove("new_target"));
            } else if (o.slots.containsKey("new_target") && x.matches(".*\\bvendor\\b.*")) {
                o.slots.put("new_vendor", o.slots.remove("new_target"));
            }
            return o.frame(IntentType.EXPENSE_EDIT);
        }
        if ((m = match(
                        "(?:the |my |that )?(?!(?:add|log|record|create|new|enter|book|file|make)\\b)(.*?)(?:expense|purchase)(?: (\\d{1,9}))?(?: (.*?))?"
                                + " (?:was|is|should be|should have been|should've been|came to) (?:actually |really |only )?(\\$M|@T)",
                        x))
                != null) {
            // "the Staples expense from Saturday was actually $68": a correction said as a statement
            if (m.group(2) != null) {
                o.put("expense", m.group(2));
            }
            if (!expenseWhich(sh, m, new int[] {1, 3}, o) || !newValues(sh, m, 4, o, "expense")) {
                return null;
            }
            return o.frame(IntentType.EXPENSE_EDIT);
        }
        return null;
    }

    private static boolean expenseWhich(Shape sh, Matcher m, int[] groups, Out o) {
        Out tmp = new Out(o.input, o.today);
        if (!which(sh, m, groups, tmp, true)) {
            return false;
        }
        for (Map.Entry<String, Object> e : tmp.slots.entrySet()) {
            switch (e.getKey()) {
                case "entry" -> o.put("expense", e.getValue());
                case "target", "client", "project" -> {
                    // "the hosting expense from Friday": the preposition before the day is not the name's
                    Object v = e.getValue() instanceof String n
                            ? n.replaceFirst("(?i)\\s+(?:from|on|of|at|for|in)$", "")
                            : e.getValue();
                    o.put(v instanceof String n && ExpenseCategories.isCategory(n) ? "category" : "vendor", v);
                }
                case "duration_minutes" -> {
                    return false;
                }
                default -> o.put(e.getKey(), e.getValue());
            }
        }
        o.conf += tmp.conf - 0.9;
        return true;
    }

    // -------------------------------------------------------------------------------- projects

    private static Frame projects(Shape sh, String x, Out o) {
        Matcher m;
        if ((m = match(
                        "(?:list |show |display |find |get |which |what )?(?:me )?(?:(?:are|is|do|does|have|has) )?(?:there )?"
                                + "(?:any |some |all |my |the |of |of my )*(?:" + NAME + "'s? )?projects?"
                                + "(?: (?:for|of) " + NAME
                                + ")? (?:that |which )?(?:are |is |have |has )?"
                                + "(?:(?:currently|still|now|already|actually) )?(?:going |gone |run |running |ran |went |blown |blew |gone |busted )?"
                                + "(?:over|above|past|beyond|exceeding|exceeded|through|thru) (?:their |the |its )?budgets?"
                                + "(?: (?:for|of) " + NAME + ")?",
                        x))
                != null) {
            o.put("over_budget", true);
            for (int g : new int[] {1, 2, 3}) {
                Named n = m.start(g) >= 0 ? name(sh, m, g) : null;
                if (n != null && !o.slots.containsKey("client")) {
                    o.put("client", n.text);
                }
            }
            return o.frame(IntentType.PROJECT_LIST);
        }
        String done = "(?:complete|completed|done|finished|finish|wrapped up|closed|over|delivered)";
        if ((m = match("(?:mark|set|flag) (?:the )?" + NAME + " (?:as )?" + done, x)) != null
                || (m = match("(?:complete|finish|wrap up|close out|close|end) (?:the )?" + NAME, x)) != null
                || (m = match(
                                "(?:the )?" + NAME
                                        + " (?:is|has been|was|got|are) (?:now )?(?:complete|completed|done|finished|finish|wrapped up|delivered)",
                                x))
                        != null) {
            Named n = name(sh, m, 1);
            if (n == null
                    || n.kind.equals("client")
                    || n.text.matches(RECORD_WORDS)
                    || n.text.matches("(?i)(?:running|current|active|ticking) .*")) {
                return null;
            }
            if (!(n.kind.equals("project") || x.contains("project"))) {
                o.conf -= 0.15; // only projects are completed, but the phrase did not say it is one: asked
            }
            o.put("project", n.text);
            return o.frame(IntentType.PROJECT_COMPLETE);
        }
        if ((m = match("(?:archive|shelve|hide) (?:the )?" + NAME, x)) != null
                || (m = match("(?:put|move|send) (?:the )?" + NAME + " (?:in|into|to) (?:the )?archives?", x))
                        != null) {
            Named n = name(sh, m, 1);
            if (n != null && n.kind.equals("project")) {
                o.put("project", n.text);
                return o.frame(IntentType.PROJECT_ARCHIVE);
            }
        }
        if ((m = match(
                        "(?:remove|take|drop|unassign|kick|pull) (?:team member |member )?" + NAME
                                + " (?:off|from|out of|off of) (?:the )?" + NAME + "(?: team)?",
                        x))
                != null) {
            Named who = name(sh, m, 1);
            Named p = name(sh, m, 2);
            if (who == null
                    || p == null
                    || p.kind.equals("client")
                    || who.kind.equals("client")
                    || p.text.matches("(?i)archives?")
                    || RECORD.matcher(who.text).matches()) {
                return null; // "remove the payment from invoice 0009" takes a record off, not a person
            }
            o.put("project", p.text);
            o.put("member", who.text);
            return o.frame(IntentType.PROJECT_UNASSIGN);
        }
        if ((m = match("(?:rename|retitle) (?:the )?" + NAME + " (?:to|as) " + NAME, x)) != null) {
            Named from = name(sh, m, 1);
            String to = rawName(sh, m, 2);
            if (from == null
                    || to == null
                    || from.kind.equals("client")
                    || x.matches(".*\\b(?:client|customer|company|business)\\b.*")
                    || CORPORATE.matcher(to).find()) {
                return null; // a client's new name: client.update
            }
            o.put("project", from.text);
            o.put("new_title", to);
            return o.frame(IntentType.PROJECT_EDIT);
        }
        String field =
                "(budget amount|budget in dollars|money budget|budget hours|hours budget|hour budget|budget in hours|budget"
                        + "|hourly rate|rate|due date|deadline|fixed price|price|title|name)";
        m = null;
        Matcher m2 = null;
        String sep = " (?:to|at|=|be) ";
        for (int pass = 0; pass < 2 && m == null && m2 == null; pass++) {
            if (pass == 1) {
                sep = " (?:to |at |= |be )?";
            }
            m = match(
                    "(?:set|change|update|make|increase|raise|lower|reduce|bump|move|push|extend) (?:the )?" + field
                            + " (?:of|on|for) (?:the )?" + NAME + sep + "(.+)",
                    x);
            if (m == null) {
                m2 = match(
                        "(?:set|change|update|make|increase|raise|lower|reduce|bump|move|push|extend) (?:the )?" + NAME
                                + "(?:'s)? (?:project )?" + field + sep + "(.+)",
                        x);
            }
        }
        if (m != null || m2 != null) {
            int nameGroup = m != null ? 2 : 1;
            int fieldGroup = m != null ? 1 : 2;
            Matcher mm = m != null ? m : m2;
            Named p = name(sh, mm, nameGroup);
            String fl = mm.group(fieldGroup);
            if (p == null || p.kind.equals("client")) {
                return null;
            }
            if (fl.matches("title|name")
                    && p.text.toLowerCase(java.util.Locale.ROOT)
                            .matches(
                                    "(?:.* )?(?:contact|org|organi[sz]ation|company|business|client|customer|person|first|last|full|e-?mail)")) {
                return null; // "the contact name for Umbrella Health", "stark org name": a client's details
            }
            boolean possessive = m2 != null && mm.group(0).contains("'s " + fl);
            String lastWord = p.text.substring(p.text.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            if (fl.contains("rate")
                    && !p.kind.equals("project")
                    && (!possessive || LexicalFront.isServiceWord(lastWord))
                    && !x.contains("project")) {
                return null; // "set the Design rate to $160", "change design's rate to 150": a service
            }
            o.put("project", p.text);
            List<Tok> vals = sh.toks(mm, 3);
            for (Tok t : vals) {
                switch (t.kind) {
                    case MONEY -> {
                        Money money = ((MoneyExtractor.MoneyMention) t.value).money();
                        o.put(
                                ((MoneyExtractor.MoneyMention) t.value).perHour()
                                        ? "rate" // "the budget to 80 hours and the rate to $105/h"
                                        : fl.startsWith("budget") || fl.endsWith("budget")
                                                ? "budget_amount"
                                                : fl.contains("price")
                                                        ? "fixed_price"
                                                        : fl.contains("rate") ? "rate" : "x",
                                money);
                    }
                    case DURATION -> {
                        if (fl.contains("budget")) {
                            o.put(
                                    "budget_hours",
                                    Decimals.plain(
                                            BigDecimal.valueOf(((DurationExtractor.DurationMention) t.value).minutes())
                                                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)));
                        }
                    }
                    case DATE -> o.put("due_date", ((DateExtractor.DateMention) t.value).upcoming());
                    case NUMBER, WORD -> {
                        Money bare = bare(t);
                        if (bare == null) {
                            break;
                        }
                        if (fl.matches("budget hours|hours budget|hour budget|budget in hours")) {
                            o.put("budget_hours", new BigDecimal(t.low.replace(",", "")));
                        } else if (fl.matches("budget amount|budget in dollars|money budget")) {
                            o.put("budget_amount", bare);
                        } else if (fl.equals("budget")) {
                            o.conf -= 0.15; // a bare number: hours or money?
                            if (vals.stream().anyMatch(v -> v.low.matches("hours?|hrs?|h"))) {
                                o.conf += 0.15;
                            }
                            o.put("budget_hours", new BigDecimal(t.low.replace(",", "")));
                        } else if (fl.contains("rate")) {
                            o.put("rate", bare);
                        } else if (fl.contains("price")) {
                            o.put("fixed_price", bare);
                        }
                    }
                    default -> {}
                }
            }
            if (fl.matches("title|name")) {
                o.put("new_title", rawName(sh, mm, 3));
            }
            o.slots.remove("x");
            if (o.slots.size() < 2) {
                return null;
            }
            return o.frame(IntentType.PROJECT_EDIT);
        }
        return null;
    }

    // -------------------------------------------------------------------------------- services

    private static final Set<String> SERVICE_LIST_WORDS = words(
            "list",
            "show",
            "display",
            "get",
            "see",
            "view",
            "me",
            "all",
            "my",
            "the",
            "our",
            "what",
            "which",
            "services",
            "do",
            "have",
            "did",
            "i",
            "we",
            "got",
            "set",
            "up",
            "offer",
            "are",
            "there",
            "exist",
            "is",
            "service",
            "kinds",
            "of",
            "work",
            "can",
            "bill",
            "for",
            "available",
            "defined",
            "currently",
            "list",
            "a",
            "tell");

    private static Frame services(Shape sh, String x, Out o) {
        Matcher m;
        // "charge $120 an hour for code review from now on": a standing rate, not an invoice line
        if ((m = match(
                        "(?:charge|bill|set) " + AMOUNT + " (?:for|on) (?:the )?" + NAME
                                + "(?: service)? (?:from now on|going forward|from today on|from here on)",
                        x))
                != null) {
            String n = rawName(sh, m, 2);
            Money rate = moneyIn(sh, m, 1);
            if (n == null || rate == null || n.matches("(?i).*\\b(?:project|client|invoice)\\b.*")) {
                return null;
            }
            o.put("service", n.replaceFirst("(?i)^service\\s+(?=\\S)", ""));
            o.put("rate", rate);
            return o.frame(IntentType.SERVICE_RATE);
        }
        if (x.matches(".*\\bservices\\b.*") && REGION.get() == null) {
            boolean all = true;
            for (Tok t : sh.s.toks) {
                if (t.kind == Tok.Kind.PUNCT) {
                    continue;
                }
                if (t.kind != Tok.Kind.WORD || !SERVICE_LIST_WORDS.contains(t.low)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return o.frame(IntentType.SERVICE_LIST);
            }
        }
        if (match(
                                "(?:(?:list|show|display|get|see|view)(?: me)? (?:all |my |the |our )*services.*"
                                        + "|(?:what|which) services .*|service list)",
                                x)
                        != null
                && !x.matches(".*(?:\\$M|%D|@T|\\d).*")) {
            o.conf -= 0.1;
            return o.frame(IntentType.SERVICE_LIST);
        }
        if ((m = match(
                        "(?:add|create|make|set up|new|register) (?:a |an )?(?:new )?(billable |non-billable |non billable |unbillable )?"
                                + "service (?:called |named |for )?" + NAME
                                + "(?:,? (?:at|@|for|with a rate of|billed at|charged at|rate)? ?" + AMOUNT + ")?"
                                + "(?:,? (billable|non-billable|not billable|unbillable))?",
                        x))
                != null) {
            String n = rawName(sh, m, 2);
            if (n == null) {
                return null;
            }
            o.put("name", n);
            Money rate = m.start(3) >= 0 ? moneyIn(sh, m, 3) : null;
            o.put("rate", rate);
            String b = m.group(1) != null ? m.group(1).strip() : m.group(4);
            if (b != null) {
                o.put("billable", b.equals("billable"));
            }
            return o.frame(IntentType.SERVICE_CREATE);
        }
        if ((m = match(
                        "(?:set|change|update|make|raise|lower|increase|bump) (?:the )?(?:(?:hourly )?rate (?:of|for|on) (?:the )?"
                                + NAME + "(?: service)?|" + NAME
                                + "(?:'s)?(?: service)?(?: hourly)? (?:rate|price)) (?:to |at |= )?" + AMOUNT,
                        x))
                != null) {
            int g = m.start(1) >= 0 ? 1 : 2;
            String n = rawName(sh, m, g);
            if (n == null || n.matches("(?i).*\\b(?:project|client)\\b.*") || n.matches("(?i)the|my|our|a|an")) {
                return null;
            }
            // "set service design rate …" and "set design service rate …": the head noun is not the name
            boolean service = n.matches("(?i)^service\\s+.*|.*\\s+service$");
            n = n.replaceFirst("(?i)^service\\s+(?=\\S)", "").replaceFirst("(?i)\\s+service$", "");
            o.put("rate", moneyIn(sh, m, 3));
            if (!o.slots.containsKey("rate")) {
                return null;
            }
            String last = n.substring(n.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            if (g == 1 && !service && m.group().matches("(?i).*\\brate on .*") && !LexicalFront.isServiceWord(last)) {
                // "change the rate on Greenhouse to $175/hour": the project's rate; a kind of work is
                // said with "for" or before "rate" ("the design rate")
                o.put("project", n);
                return o.frame(IntentType.PROJECT_EDIT);
            }
            o.put("service", n);
            return o.frame(IntentType.SERVICE_RATE);
        }
        return null;
    }

    // -------------------------------------------------------------------------------- clients

    private static Frame clients(Shape sh, String x, Out o) {
        Matcher m;
        if ((m = match(
                        "(?:(?:put|move|send) (?:the )?(?:client |customer )" + NAME
                                + " (?:in|into|to) (?:the )?archives?"
                                + "|(?:the )?(?:client |customer )" + NAME
                                + ",? (?:please )?(?:put|move) (?:it |them )?(?:in|into|to) (?:the )?archives?)",
                        x))
                != null) {
            Named n = name(sh, m, m.start(1) >= 0 ? 1 : 2);
            if (n == null) {
                return null;
            }
            o.put("client", n.text);
            return o.frame(IntentType.CLIENT_ARCHIVE);
        }
        if ((m = match(
                        "(?:archive|deactivate|hide|retire) (?:the )?(?:client |customer )?" + NAME
                                + "(?: client| customer| account)?",
                        x))
                != null) {
            Named n = name(sh, m, 1);
            if (n == null
                    || n.kind.equals("project")
                    || n.text.matches("(?i).*\\b(?:invoice|expense|estimate|time|entry)\\b.*")) {
                return null;
            }
            o.put("client", n.text);
            return o.frame(IntentType.CLIENT_ARCHIVE);
        }
        if ((m = match(
                        "(?:unarchive|un-archive|restore|reactivate|re-activate|bring back|unhide|revive|unarchiving|restoring"
                                + "|reactivating|bringing back|reviving) (?:the )?(?:archived )?(?:client |customer )?"
                                + NAME + "(?: client| customer| account)?(?: from (?:the )?archive)?",
                        x))
                != null) {
            Named n = name(sh, m, 1);
            if (n == null
                    || n.kind.equals("project")
                    || n.text.matches("(?i).*\\b(?:invoice|expense|estimate|time|entry)\\b.*")) {
                return null;
            }
            o.put("client", n.text);
            return o.frame(IntentType.CLIENT_UNARCHIVE);
        }
        return null;
    }

    // -------------------------------------------------------------------------------- invoices, payments

    private static Frame invoicesAndPayments(Shape sh, String x, Out o) {
        Matcher m;
        String inv = "(?:the )?invoice (?:number |no |#)?#?(\\d{1,9})";
        if ((m = match(DELETE + " " + inv, x)) != null && !x.startsWith("undo") && !x.startsWith("cancel")) {
            o.put("invoice", m.group(1));
            return o.frame(IntentType.INVOICE_DELETE);
        }
        if ((m = match(DELETE + " (?:the )?" + NAME + "(?:'s)? (?:latest|last|most recent|newest) invoice", x)) != null
                && !x.startsWith("undo")
                && !x.startsWith("cancel")) {
            Named n = name(sh, m, 1);
            if (n != null) {
                o.put("client", n.text);
                o.put("which", "latest");
                o.put("invoice", null);
                return o.frame(IntentType.INVOICE_DELETE);
            }
        }
        if ((m = match("archive (?:the )?" + NAME + "(?:'s)? (?:latest|last|most recent|newest) invoice", x)) != null) {
            Named n = name(sh, m, 1);
            if (n != null) {
                o.put("client", n.text);
                o.put("which", "latest");
                return o.frame(IntentType.INVOICE_ARCHIVE);
            }
        }
        if ((m = match("archive " + inv, x)) != null) {
            o.put("invoice", m.group(1));
            return o.frame(IntentType.INVOICE_ARCHIVE);
        }
        if ((m = match(DELETE + " (?:the )?payments? (?:on|for|from|against|made on|recorded on|applied to) " + inv, x))
                != null) {
            o.put("invoice", m.group(1));
            o.put("payment", null);
            return o.frame(IntentType.PAYMENT_DELETE);
        }
        if ((m = match(DELETE + " payment (?:number |no |#)?#?(\\d{1,9})", x)) != null) {
            o.put("payment", m.group(1));
            return o.frame(IntentType.PAYMENT_DELETE);
        }
        Frame listed = paymentList(sh, x, o);
        if (listed != null) {
            return listed;
        }
        String dates = "(?: (?:from |for |in |during |since |over )?@T)?";
        if (x.contains("$M") && x.matches("^(?:a |one )?payment (?:received|came in|arrived|in)\\b.*")) {
            return null; // "payment received from Umbrella Corp, $1,200, cash": one payment told, with its amount
        }
        if ((m = match(
                        "(?:(?:list|show|display|get|see|view)(?: me)? )?(?:all |my |the |recent )*(?:payments?|payment history)"
                                + "(?: (?:i |we )?(?:received|got|recorded|collected))?(?: (?:from|by|for|of) (?:client )?"
                                + NAME + ")?" + dates
                                + "(?: (?:from|by|for|of) (?:client )?" + NAME + ")?",
                        x))
                != null) {
            for (int g : new int[] {1, 2}) {
                if (m.start(g) >= 0) {
                    String t = m.group(g);
                    if (t.matches("invoice (?:number |no |#)?#?\\d{1,9}")) {
                        o.put("invoice", t.replaceAll("[^0-9]", ""));
                        continue;
                    }
                    Named n = name(sh, m, g);
                    if (n == null) {
                        return null;
                    }
                    o.put("client", n.text);
                }
            }
            dateRange(sh.s, o);
            return o.frame(IntentType.PAYMENT_LIST);
        }
        return null;
    }

    private static final Set<String> PAYMENT_LIST_WORDS = words(
            "list",
            "show",
            "display",
            "get",
            "see",
            "view",
            "me",
            "all",
            "my",
            "the",
            "our",
            "what",
            "which",
            "payments",
            "payment",
            "history",
            "have",
            "has",
            "been",
            "were",
            "was",
            "made",
            "received",
            "recorded",
            "came",
            "come",
            "in",
            "on",
            "for",
            "from",
            "by",
            "of",
            "against",
            "invoice",
            "did",
            "i",
            "we",
            "get",
            "got",
            "any",
            "so",
            "far",
            "recent",
            "latest",
            "there",
            "are",
            "is",
            "to",
            "me",
            "a",
            "record",
            "records",
            "log",
            "do");

    /**
     * "what payments came in last week", "list payments on invoice 0006": payments (plural, or a
     * payment history) asked about, no amount, and nothing but list words, dates, an invoice number
     * and one name after from/by/of.
     */
    private static Frame paymentList(Shape sh, String x, Out o) {
        if (REGION.get() != null || !x.matches(".*\\b(?:payments|payment history|payment records?)\\b.*")) {
            return null;
        }
        if (!x.matches(
                "^(?:(?:please |can you |could you )?(?:list|show|display|get|see|view|what|which|all|my|payments|any|were|have|did|are|is)\\b.*)")) {
            return null;
        }
        List<Tok> name = new ArrayList<>();
        boolean afterFrom = false;
        String invoice = null;
        String client = null;
        for (int i = 0; i < sh.s.size(); i++) {
            Tok t = sh.s.get(i);
            switch (t.kind) {
                case DATE, PUNCT, POSS -> {
                    afterFrom = false;
                }
                case NUMBER -> {
                    Tok before = sh.s.get(i - 1);
                    if (before != null
                            && (before.low.equals("invoice")
                                    || before.low.equals("#")
                                    || before.low.equals("number"))) {
                        invoice = t.low.replace("#", "");
                    } else if (t.low.startsWith("#") || t.low.startsWith("0")) {
                        invoice = t.low.replace("#", "");
                    } else {
                        return null;
                    }
                }
                case WORD -> {
                    if (t.low.matches("from|by|of") && name.isEmpty()) {
                        afterFrom = true;
                    } else if (afterFrom && !PAYMENT_LIST_WORDS.contains(t.low)) {
                        name.add(t);
                    } else if (afterFrom && t.low.equals("client") && name.isEmpty()) {
                        // "from client Acme"
                    } else if (!PAYMENT_LIST_WORDS.contains(t.low)) {
                        if (!name.isEmpty() && t.capitalized()) {
                            name.add(t);
                        } else {
                            return null;
                        }
                    } else if (!name.isEmpty()) {
                        afterFrom = false;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        if (!name.isEmpty()) {
            client = joined(name);
        }
        o.put("client", client);
        o.put("invoice", invoice);
        dateRange(sh.s, o);
        return o.frame(IntentType.PAYMENT_LIST);
    }

    // -------------------------------------------------------------------------------- time.list extras

    private static final Pattern UNBILLED = Pattern.compile(
            "\\b(?:unbilled|uninvoiced|un-billed|not (?:yet )?(?:billed|invoiced)|haven't (?:billed|invoiced)|have not (?:billed|invoiced)"
                    + "|not on an invoice|still to bill|left to bill|yet to bill)\\b");

    /** The slots {@link Grammar} does not read on time.list: unbilled and a grouping. */
    static void timeListExtras(Sentence s, Map<String, Object> slots) {
        String low = MoneyExtractor.lowerSameLength(s.text);
        if (UNBILLED.matcher(low).find()) {
            slots.put("unbilled", true);
            for (String k : List.of("target", "client", "project", "service")) {
                Object v = slots.get(k);
                if (v instanceof String str
                        && str.toLowerCase(java.util.Locale.ROOT).matches(".*\\b(?:unbilled|uninvoiced)\\b.*")) {
                    slots.remove(k);
                }
            }
        }
        String g = groupBy(low, "day|client|project|service|member");
        if (g != null) {
            slots.put("group_by", g);
            for (String k : List.of("target", "client", "project", "service")) {
                Object v = slots.get(k);
                if (v instanceof String str
                        && str.toLowerCase(java.util.Locale.ROOT)
                                .matches(
                                        "(?:(?:by|per|each|for each) )?(?:clients?|projects?|services?|days?|members?|month)")) {
                    slots.remove(k);
                }
            }
        }
    }

    // -------------------------------------------------------------------------------- money

    /** A money value in a group: an extracted amount, or a bare number ("125", "42.80", "18,000"). */
    private static Money moneyIn(Shape sh, Matcher m, int group) {
        for (Tok t : sh.toks(m, group)) {
            if (t.kind == Tok.Kind.MONEY) {
                return ((MoneyExtractor.MoneyMention) t.value).money();
            }
        }
        for (Tok t : sh.toks(m, group)) {
            Money bare = bare(t);
            if (bare != null) {
                return bare;
            }
        }
        return null;
    }

    private static final Pattern BARE =
            Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d{1,9}(?:\\.\\d{1,2})?");

    static Money bare(Tok t) {
        if ((t.kind == Tok.Kind.NUMBER || t.kind == Tok.Kind.WORD)
                && BARE.matcher(t.low).matches()) {
            return new Money(new BigDecimal(t.low.replace(",", "")).setScale(2, RoundingMode.HALF_UP), null);
        }
        return null;
    }

    /** A money value in the shape: "$M" or a bare number, with an optional hourly unit. */
    private static final String AMOUNT =
            "(\\$M|\\d[\\d,]*(?:\\.\\d{1,2})?)(?: ?(?:/ ?h|/ ?hr|/ ?hour|h|hr|per hour|an hour|a hour|hourly|per hr))?";

    // -------------------------------------------------------------------------------- names

    /** A name as said, and the kind a trailing "project"/"client" gave it ({@code target} otherwise). */
    record Named(String text, String kind) {}

    private static Named name(Shape sh, Matcher m, int group) {
        if (m.start(group) < 0) {
            return null;
        }
        List<Tok> toks = new ArrayList<>(sh.toks(m, group));
        while (!toks.isEmpty() && toks.get(0).kind == Tok.Kind.WORD && NAME_DROP.contains(toks.get(0).low)) {
            toks.remove(0);
        }
        String kind = "target";
        if (toks.size() > 1
                && toks.get(0).kind == Tok.Kind.WORD
                && (toks.get(0).low.equals("project") || toks.get(0).low.equals("client"))) {
            kind = toks.get(0).low;
            toks.remove(0);
        }
        while (!toks.isEmpty()) {
            Tok last = toks.get(toks.size() - 1);
            if (last.kind == Tok.Kind.POSS || last.kind == Tok.Kind.PUNCT) {
                toks.remove(toks.size() - 1);
            } else if (last.kind == Tok.Kind.WORD && (last.low.equals("project") || last.low.equals("client"))) {
                kind = last.low;
                toks.remove(toks.size() - 1);
            } else {
                break;
            }
        }
        if (toks.isEmpty() || toks.size() > 5) {
            return null;
        }
        for (Tok t : toks) {
            if (t.kind != Tok.Kind.WORD
                    && t.kind != Tok.Kind.NUMBER
                    && !(t.kind == Tok.Kind.PUNCT && t.text.equals("&"))) {
                return null;
            }
            if (t.kind == Tok.Kind.WORD && CUE.contains(t.low) && toks.size() == 1) {
                return null;
            }
        }
        if (toks.get(0).kind == Tok.Kind.WORD
                && toks.get(0).low.matches("it|them|that|this|him|her|me|us|everyone|everything|all")) {
            return null;
        }
        String text = sh.s.text.substring(toks.get(0).start, toks.get(toks.size() - 1).end);
        return new Named(text, kind);
    }

    /** The text of a group as said (no kind removed): a new title, a service's name. */
    private static String rawName(Shape sh, Matcher m, int group) {
        List<Tok> toks = sh.toks(m, group);
        if (toks.isEmpty()) {
            return null;
        }
        while (!toks.isEmpty() && toks.get(0).kind == Tok.Kind.WORD && NAME_DROP.contains(toks.get(0).low)) {
            toks = toks.subList(1, toks.size());
        }
        if (toks.isEmpty()) {
            return null;
        }
        return Slots.clean(sh.s.text.substring(toks.get(0).start, toks.get(toks.size() - 1).end));
    }
}
