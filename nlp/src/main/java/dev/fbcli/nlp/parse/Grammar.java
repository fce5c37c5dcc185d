package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.InvoiceLine;
import dev.fbcli.nlp.intent.Money;
import dev.fbcli.nlp.intent.NameRef;
import dev.fbcli.nlp.intent.PaymentMethod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The intent grammar: decides the intent from the verbs, nouns and values of a {@link Sentence},
 * then fills that intent's slots from the values and the name chunks around the keywords.
 * Pure: no state between calls.
 */
final class Grammar {

    /** Lemmas that carry the grammar; they are not part of names unless capitalised inside one. */
    static final Set<String> KEYWORDS = Set.of(
            "log",
            "track",
            "record",
            "add",
            "put",
            "enter",
            "spend",
            "invoice",
            "bill",
            "expense",
            "receipt",
            "client",
            "project",
            "timer",
            "clock",
            "time",
            "entry",
            "hour",
            "minute",
            "create",
            "make",
            "new",
            "draft",
            "prepare",
            "generate",
            "raise",
            "register",
            "show",
            "list",
            "send",
            "sent",
            "email",
            "payment",
            "paid",
            "pay",
            "received",
            "mark",
            "start",
            "stop",
            "update",
            "rename",
            "assign",
            "owe",
            "balance",
            "outstanding",
            "budget",
            "unpaid",
            "overdue",
            "partial",
            "delete",
            "member",
            "status",
            "details",
            "work");

    static final Set<String> FILLERS = Set.of(
            "please",
            "pls",
            "plz",
            "kindly",
            "could",
            "can",
            "would",
            "will",
            "you",
            "u",
            "i",
            "we",
            "i'd",
            "i'll",
            "i'm",
            "im",
            "want",
            "wanna",
            "to",
            "need",
            "like",
            "let",
            "let's",
            "lets",
            "me",
            "hey",
            "hi",
            "hello",
            "ok",
            "okay",
            "so",
            "go",
            "ahead",
            "and",
            "now",
            "quickly",
            "just",
            "help",
            "fb",
            "yo",
            "also",
            "then",
            "gonna",
            "try",
            "oh",
            "um",
            "uh",
            "well",
            "hmm",
            "alright",
            "right",
            "quick",
            "real",
            "for",
            "today",
            "yesterday");
    private static final Set<String> QUESTION = Set.of(
            "what",
            "what's",
            "whats",
            "which",
            "who",
            "how",
            "how's",
            "hows",
            "does",
            "do",
            "did",
            "is",
            "are",
            "any",
            "where",
            "when",
            "have",
            "has",
            "anything",
            "who's",
            "whos");
    static final Set<String> ALIEN = Set.of(
            "delete",
            "write",
            "compose",
            "translate",
            "play",
            "order",
            "buy",
            "sing",
            "draw",
            "explain",
            "ignore",
            "forget",
            "pretend",
            "act",
            "execute",
            "download",
            "upload",
            "install",
            "reveal",
            "hack",
            "call",
            "text",
            "message",
            "tweet",
            "post",
            "google",
            "search",
            "browse",
            "summarize",
            "summarise",
            "remind",
            "schedule",
            "cook",
            "drive",
            "fly",
            "weather",
            "joke");
    private static final Set<String> SERVICES = Set.of(
            "design",
            "development",
            "dev",
            "research",
            "meetings",
            "meeting",
            "consulting",
            "copywriting",
            "writing",
            "coding",
            "testing",
            "qa",
            "admin",
            "administration",
            "support",
            "training",
            "review",
            "planning",
            "editing",
            "marketing",
            "strategy",
            "analysis",
            "maintenance",
            "debugging",
            "illustration",
            "photography",
            "video",
            "accounting",
            "bookkeeping",
            "emails",
            "email",
            "calls",
            "call",
            "onboarding",
            "discovery",
            "documentation",
            "deployment",
            "devops",
            "seo",
            "ux",
            "ui",
            "branding",
            "programming",
            "engineering",
            "prototyping",
            "wireframing",
            "translation",
            "management",
            "setup",
            "interviews",
            "workshop",
            "coaching",
            "tutoring",
            "mentoring",
            "proofreading",
            "animation",
            "modelling",
            "modeling",
            "drafting",
            "sketching",
            "illustrations",
            "hosting",
            "audit",
            "refactoring",
            "bugfixing",
            "travel");
    private static final Set<String> CORP = Set.of(
            "inc",
            "inc.",
            "corp",
            "corp.",
            "corporation",
            "co",
            "co.",
            "llc",
            "ltd",
            "ltd.",
            "limited",
            "gmbh",
            "sa",
            "industries",
            "enterprises",
            "systems",
            "group",
            "labs",
            "lab",
            "studio",
            "studios",
            "partners",
            "company",
            "agency",
            "associates",
            "consulting",
            "solutions",
            "technologies",
            "tech",
            "holdings",
            "international",
            "media",
            "software",
            "ventures",
            "bank",
            "foods",
            "motors",
            "design",
            "digital");
    private static final Set<String> FIRST_NAMES = Set.of(
            "jane",
            "john",
            "bob",
            "robert",
            "alice",
            "hank",
            "art",
            "nina",
            "bill",
            "william",
            "sam",
            "samantha",
            "priya",
            "maria",
            "mary",
            "james",
            "michael",
            "mike",
            "david",
            "dave",
            "sarah",
            "sara",
            "emma",
            "olivia",
            "liam",
            "noah",
            "sophia",
            "mia",
            "lucas",
            "ethan",
            "alex",
            "alexander",
            "chris",
            "christopher",
            "daniel",
            "dan",
            "matt",
            "matthew",
            "anna",
            "laura",
            "lisa",
            "linda",
            "karen",
            "susan",
            "jessica",
            "jennifer",
            "paul",
            "peter",
            "tom",
            "thomas",
            "tim",
            "timothy",
            "jack",
            "joe",
            "joseph",
            "kevin",
            "brian",
            "jason",
            "jordan",
            "taylor",
            "morgan",
            "casey",
            "emily",
            "hannah",
            "grace",
            "chloe",
            "zoe",
            "ben",
            "benjamin",
            "richard",
            "rick",
            "steve",
            "steven",
            "stephen",
            "george",
            "henry",
            "oliver",
            "harry",
            "charlie",
            "lucy",
            "amy",
            "amelia",
            "ava",
            "isabella",
            "ella",
            "leo",
            "max",
            "ryan",
            "eric",
            "mark",
            "andrew",
            "andy",
            "tony",
            "anthony",
            "kate",
            "katie",
            "rachel",
            "rebecca",
            "megan",
            "nicole",
            "julia",
            "julie",
            "claire",
            "pepper",
            "bruce",
            "clark",
            "diana",
            "peggy",
            "don",
            "donald",
            "ron",
            "ronald",
            "carl",
            "carlos",
            "jose",
            "juan",
            "luis",
            "ana",
            "sofia",
            "ahmed",
            "mohammed",
            "ali",
            "fatima",
            "wei",
            "li",
            "yuki",
            "kenji",
            "raj",
            "arjun",
            "anil",
            "ravi",
            "omar",
            "ivan",
            "olga",
            "pierre",
            "marie",
            "hans",
            "greta",
            "lars",
            "sven",
            "ingrid",
            "frank",
            "fred",
            "gary",
            "greg",
            "jim",
            "jimmy",
            "larry",
            "scott",
            "sean",
            "shawn",
            "adam",
            "eve",
            "helen",
            "irene",
            "jill",
            "joan",
            "judy",
            "kim",
            "nancy",
            "pam",
            "rose",
            "ruth",
            "sue",
            "tina",
            "wendy");
    /** Why a time entry longer than a day is refused, however it was said. */
    static final String OVER_A_DAY = "one time entry cannot be longer than 24 hours";

    private static final Map<String, String> METHODS = new LinkedHashMap<>();
    private static final Map<String, String> CURRENCY_WORDS = new LinkedHashMap<>();

    static {
        for (String m : PaymentMethod.phraseWords()) {
            METHODS.put(m, m);
        }
        CURRENCY_WORDS.put("canadian dollars", "CAD");
        CURRENCY_WORDS.put("us dollars", "USD");
        CURRENCY_WORDS.put("american dollars", "USD");
        CURRENCY_WORDS.put("australian dollars", "AUD");
        CURRENCY_WORDS.put("british pounds", "GBP");
        CURRENCY_WORDS.put("euros", "EUR");
        CURRENCY_WORDS.put("euro", "EUR");
        CURRENCY_WORDS.put("pounds", "GBP");
        CURRENCY_WORDS.put("sterling", "GBP");
        CURRENCY_WORDS.put("yen", "JPY");
        for (String c : List.of(
                "usd", "eur", "cad", "gbp", "aud", "nzd", "chf", "jpy", "inr", "mxn", "sek", "nok", "dkk", "sgd", "hkd",
                "zar", "brl")) {
            CURRENCY_WORDS.put(c, c.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** What a phrase may not ask fb for; said as work done ("password reset for Pepper"), it is a note. */
    private static final String SECRETS =
            "(?:system\\s?prompt|api[\\s_-]?keys?|access[\\s_-]?tokens?|refresh[\\s_-]?tokens?|bearer|"
                    + "passwords?|passwd|credentials?|secrets?|private\\s?keys?|client[\\s_-]?secret|"
                    + "tokens?|env\\s?vars?|environment\\s?variables?)";

    private static final Pattern INJECTION = Pattern.compile(
            "\\b(?:ignore|disregard|forget|override|bypass)\\b.{0,60}\\b(?:instructions?|prompts?|rules|above|guidelines)\\b"
                    + "|\\bjailbreak\\b|\\bsystem\\s?prompt\\b"
                    // asked for: "show me the api key", "what's the password", "print your tokens", or the secret alone
                    + "|\\b(?:show|reveal|give|tell|print|list|display|output|send|dump|get|read|leak|share|what(?:'s|\\sis|\\sare)"
                    + "|where(?:'s|\\sis|\\sare))\\b[^'\"]{0,40}\\b" + SECRETS
                    + "\\b(?!\\s(?:reset|change|update)s?\\b)"
                    + "|^\\W*(?:(?:my|the|your|our)\\s)?" + SECRETS + "\\W*$");
    private static final Pattern SQL = Pattern.compile(
            "^\\s*(?:select\\s.{0,200}\\sfrom\\s|insert\\s+into\\s|update\\s+\\w{1,60}\\s+set\\s|delete\\s+from\\s|"
                    + "drop\\s+(?:table|database|schema)\\b|create\\s+(?:table|database|index)\\b|alter\\s+table\\b|"
                    + "truncate\\s+table\\b)|;\\s*(?:drop|delete|select|insert|update|truncate)\\b|\\bunion\\s+select\\b"
                    + "|'\\s*or\\s+'?1'?\\s*=\\s*'?1|\\bwhere\\s+\\w{1,40}\\s*=");
    private static final Pattern SHELL = Pattern.compile(
            "^\\s*(?:sudo|rm|cat|ls|cd|curl|wget|chmod|chown|bash|sh|zsh|python3?|node|perl|ruby|git|kill|killall|"
                    + "mv|cp|ssh|scp|export|echo|env|printenv|eval|exec|dd|mkfs|nc|netcat|docker|kubectl|npm|pip|apt|"
                    + "apt-get|brew|make|java|mvn|tar|unzip|grep|find|xargs)\\s+(?:-|/|~|\\.|\\$|\\w{1,40}\\s*[|;&>]|https?:)"
                    + "|\\$\\(|`|&&|\\|\\||\\|\\s*(?:sh|bash|zsh)\\b|>\\s*/dev/|^\\s*#!/");

    private Grammar() {}

    // =====================================================================================
    // entry point

    /** The refusal of an instruction, SQL or a shell command aimed at the parser, or null. */
    static Frame refusal(String input, String text) {
        String low = MoneyExtractor.lowerSameLength(text);
        if (INJECTION.matcher(low).find()
                || SQL.matcher(low).find()
                || SHELL.matcher(low).find()) {
            return Frame.unknown(
                    input, 0.95, "rules", "fb takes requests about your FreshBooks account, not instructions");
        }
        return null;
    }

    static Frame parse(String input, String text, LocalDate today) {
        String low = MoneyExtractor.lowerSameLength(text);
        Frame refused = refusal(input, text);
        if (refused != null) {
            return refused;
        }
        String bad = ValueGuard.check(low, today);
        if (bad != null) {
            return Frame.unknown(input, 0.9, "rules", bad);
        }
        Sentence s = Sentence.of(text, today);
        if (!s.all(Tok.Kind.URL).isEmpty()) {
            return Frame.unknown(input, 0.9, "rules");
        }
        String outOfScope = Scope.reason(s, verbIndex(s));
        if (outOfScope != null) {
            return Frame.unknown(input, 0.9, "rules", outOfScope);
        }
        Frame shaped = AddedGrammar.parse(input, text, s, today);
        if (shaped != null) {
            return shaped;
        }
        Fill f = new Fill(s, today);
        f.verb = verbIndex(s);
        IntentType added = ChangeGrammar.read(f);
        if (added == null) {
            added = BillingGrammar.read(f);
        }
        IntentType type = added != null ? added : classify(s, f);
        if (type == null && f.reason == null && spentSaidBare(s)) {
            // "$300 amazon web services hosting", "netflix 15.99 subscription": an amount and a few words of
            // what or where, nothing else a request is about, is most likely money spent (asked: no verb says so)
            type = IntentType.EXPENSE_CREATE;
            f.conf = 0.7;
        }
        if (type == null || type == IntentType.UNKNOWN) {
            // a refusal with a known reason is sure; "no rule read it" is not (it may be a phrasing not yet known)
            return Frame.unknown(
                    input,
                    f.reason != null ? 0.9 : domainWords(s) ? 0.5 : 0.7,
                    "rules",
                    f.reason != null ? f.reason : Scope.refused(s, f.verb));
        }
        if (added == null) {
            fill(f, type);
        }
        if (f.slots.get("service") instanceof String svc
                && svc.matches(
                        "(?i)(?:doing|working on|work on|starting(?: work on| on)?|started(?: work on| on)?) .+")) {
            f.slots.put(
                    "service",
                    svc.replaceFirst(
                            "(?i)^(?:doing|working on|work on|starting(?: work on| on)?|started(?: work on| on)?) ",
                            "")); // "doing research"
        }
        if (type == IntentType.TIME_LOG && f.slots.get("duration_minutes") instanceof Integer min && min > 24 * 60) {
            // "…, so set up a project called X for them with an 80 hour budget": a project's hours read
            // as an entry's; not sure enough to refuse, so the steps after the grammar may read it
            boolean projectWords = s.has("project") || s.has("budget") || s.hasLow("proj", "budget", "budgeted");
            return Frame.unknown(
                    input,
                    projectWords ? 0.6 : 0.9,
                    "rules",
                    projectWords ? "fb could not read this as a request it can carry out" : OVER_A_DAY);
        }
        for (String k : List.of("amount", "new_amount", "total")) {
            if (f.slots.get(k) instanceof Money m && m.amount().signum() == 0) {
                return Frame.unknown(input, 0.9, "rules", "an amount of zero cannot be recorded");
            }
        }
        placeDisplaced(type, f);
        if (type == IntentType.PAYMENT_RECORD && AS_CREDIT.matcher(low).find()) {
            // "keep the rest as credit", "the extra as a credit", "Globex overpaid": more than owed is meant
            f.put("credit", Boolean.TRUE);
            useLow(
                    s,
                    "keep",
                    "leave",
                    "hold",
                    "put",
                    "the",
                    "rest",
                    "extra",
                    "excess",
                    "overpayment",
                    "remainder",
                    "difference",
                    "balance",
                    "any",
                    "as",
                    "a",
                    "on",
                    "account",
                    "credit",
                    "overpaid",
                    "in");
        }
        if (f.payee && !f.slots.containsKey("vendor")) {
            for (String k : List.of("target", "client", "category")) {
                if (f.slots.get(k) instanceof String who
                        && !(k.equals("category") && ExpenseCategories.isCategory(who))) {
                    f.slots.remove(k);
                    f.slots.put("vendor", who);
                    break;
                }
            }
        }
        return Confidence.score(input, type, f);
    }

    /**
     * "6 hours for Research on the Data Migration project", "$420 for Airfare … to the Apollo
     * project": the name said after "for" was taken as whom the work is for until the phrase named
     * the project; when it is a kind of work (or an expense category) and the frame has none, it is
     * that. Otherwise it stays put aside, and {@link Confidence} counts it as a word not explained.
     */
    private static void placeDisplaced(IntentType type, Fill f) {
        if (f.displaced == null) {
            return;
        }
        String low = f.displaced.toLowerCase(java.util.Locale.ROOT);
        boolean work = type == IntentType.TIME_LOG || type == IntentType.TIMER_START;
        if (work && !f.slots.containsKey("service") && LexicalFront.isServiceWord(low)) {
            f.slots.put("service", f.displaced);
            f.displaced = null;
        } else if (work && f.slots.get("service") instanceof String svc) {
            String whole = svc + " " + f.displaced;
            int at = f.s.text.toLowerCase(java.util.Locale.ROOT).indexOf(whole.toLowerCase(java.util.Locale.ROOT));
            if (at >= 0) { // "45 minutes of QA Testing for client Initech": one service of two words
                f.slots.put("service", f.s.text.substring(at, at + whole.length()));
                f.displaced = null;
            }
        } else if (type == IntentType.EXPENSE_CREATE
                && !f.slots.containsKey("category")
                && ExpenseCategories.isCategory(low)) {
            f.slots.put("category", f.displaced);
            f.displaced = null;
        } else if (type == IntentType.EXPENSE_CREATE && !f.slots.containsKey("note")) {
            f.slots.put("note", f.displaced); // "$300 for the Toronto trip on project Apollo": what it was for
            f.displaced = null;
        }
    }

    /** The slots of an intent of the original contract. */
    private static void fill(Fill f, IntentType type) {
        switch (type) {
            case TIME_LOG -> timeLog(f);
            case TIME_LIST -> {
                timeList(f);
                AddedGrammar.timeListExtras(f.s, f.slots);
            }
            case TIMER_START -> timerStart(f);
            case TIMER_STOP -> note(f);
            case EXPENSE_CREATE -> expenseCreate(f);
            case EXPENSE_LIST -> expenseList(f);
            case INVOICE_CREATE -> invoiceCreate(f);
            case INVOICE_LIST -> invoiceList(f);
            case INVOICE_SHOW, INVOICE_SEND -> invoiceRef(f, type);
            case PAYMENT_RECORD -> payment(f);
            case CLIENT_CREATE -> clientCreate(f);
            case CLIENT_UPDATE -> clientUpdate(f);
            case CLIENT_SHOW -> clientShow(f);
            case CLIENT_LIST -> clientList(f);
            case PROJECT_CREATE -> projectCreate(f);
            case PROJECT_SHOW -> projectShow(f);
            case PROJECT_LIST -> projectList(f);
            case PROJECT_ASSIGN -> projectAssign(f);
            case TIMER_STATUS -> {} // no slots
            default -> throw new AssertionError(type);
        }
    }

    private static boolean domainWords(Sentence s) {
        for (Tok t : s.toks) {
            if (t.kind == Tok.Kind.WORD
                    && KEYWORDS.contains(t.lemma)
                    && !t.lemma.equals("time")
                    && !t.lemma.equals("work")
                    && !t.lemma.equals("show")
                    && !t.lemma.equals("new")
                    && !t.lemma.equals("start")
                    && !t.lemma.equals("stop")
                    && !t.lemma.equals("update")
                    && !t.lemma.equals("send")
                    && !t.lemma.equals("create")
                    && !t.lemma.equals("make")) {
                return true;
            }
        }
        return false;
    }

    /** What says a payment above the invoice's balance is meant: the rest kept as the client's credit. */
    private static final Pattern AS_CREDIT = Pattern.compile(
            "\\b(?:as|to|in|into) (?:a |the |their |his |her |its )?(?:client'?s? |account )?credit\\b|\\boverpa(?:id|yment)\\b"
                    + "|\\bcredit (?:the |any )?(?:rest|extra|excess|overpayment|remainder|difference)\\b");

    /** "have I paid X", "did we pay X", "I've paid X" — and not "have I been paid" or "paid by". */
    private static final java.util.regex.Pattern I_PAID = java.util.regex.Pattern.compile(
            "\\b(?:(?:did|do) (?:i|we) pay|(?:have|had) (?:i|we) paid|(?:i|we)(?:'ve| have)? paid)\\b(?! (?:by|for|me|us)\\b)");

    /** Mutable state of one parse: the slots and the confidence so far. */
    static final class Fill {
        final Sentence s;
        final LocalDate today;
        final Map<String, Object> slots = new LinkedHashMap<>();
        double conf;
        int verb = -1;
        /** Why the phrase is refused, when a rule knows (an unknown frame's reason). */
        String reason;
        /** The phrase asks what I paid someone: the one paid is the vendor. */
        boolean payee;
        /** A name said for whom ("for Research") put aside when the phrase named a client or project too. */
        String displaced;

        Fill(Sentence s, LocalDate today) {
            this.s = s;
            this.today = today;
        }

        void put(String k, Object v) {
            if (v == null || slots.containsKey(k)) {
                return;
            }
            if (v instanceof String str && str.isBlank()) {
                return;
            }
            slots.put(k, v);
        }

        boolean hasRef() {
            return slots.containsKey("target") || slots.containsKey("client") || slots.containsKey("project");
        }

        void ref(NameRef.Kind kind, String name) {
            if (name == null || name.isBlank()) {
                return;
            }
            if (hasRef()) {
                if (kind != NameRef.Kind.TARGET && slots.containsKey("target")) {
                    displaced = (String) slots.remove("target");
                } else if (kind != NameRef.Kind.TARGET && !slots.containsKey(kind.slot())) {
                    // "on the Apollo project for client Initech": a project and its client, both said
                } else {
                    conf -= 0.1;
                    String low = clean(name).toLowerCase(java.util.Locale.ROOT);
                    if (kind == NameRef.Kind.TARGET
                            && displaced == null
                            && (LexicalFront.isServiceWord(low) || ExpenseCategories.isCategory(low))) {
                        displaced = clean(name); // "on the Mobile App project for Design"
                    }
                    return;
                }
            }
            put(kind.slot(), clean(name));
        }
    }

    // =====================================================================================
    // classification

    private static int verbIndex(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.kind == Tok.Kind.PUNCT) {
                continue;
            }
            if (t.kind == Tok.Kind.WORD && FILLERS.contains(t.low)) {
                continue;
            }
            if (t.kind == Tok.Kind.DATE) {
                continue;
            }
            return i;
        }
        return -1;
    }

    private static boolean isPlural(Sentence s, String lemma) {
        for (Tok t : s.toks) {
            if (t.is(lemma)
                    && (t.low.endsWith("s")
                            || t.corrected
                                    && Lexicon.correct(t.low) != null
                                    && Lexicon.correct(t.low).endsWith("s"))) {
                return true;
            }
        }
        return false;
    }

    private static IntentType classify(Sentence s, Fill f) {
        if (s.size() == 0) {
            return null;
        }
        int v = verbIndex(s);
        f.verb = v;
        Tok verb = s.get(v);
        String vl = verb == null ? "" : verb.kind == Tok.Kind.WORD ? verb.lemma : verb.kind.name();
        String vlow = verb == null ? "" : verb.low;
        Tok firstTok = s.get(0);
        boolean question = (firstTok != null && QUESTION.contains(firstTok.low))
                || s.text.strip().endsWith("?")
                || (verb != null && QUESTION.contains(verb.low));
        boolean dur = !s.all(Tok.Kind.DURATION).isEmpty();
        boolean money = !s.all(Tok.Kind.MONEY).isEmpty() || bareAmountAfterMoneyWord(s);
        boolean invno = invoiceNumber(s, false) != null;

        if (verb != null
                && verb.kind == Tok.Kind.WORD
                && (ALIEN.contains(verb.low) || verb.lemma.equals("delete") || (verb.low.equals("book") && !dur))) {
            return null;
        }
        if (s.has("delete")
                && (s.has("invoice") || s.has("client") || s.has("project") || s.has("expense"))
                && !s.has("paid")) {
            return null;
        }

        // ---- timers
        boolean timerNoun = s.has("timer") || s.has("clock") || s.hasLow("punch", "punched");
        boolean tracking = s.hasLow("tracking", "timing") || s.has("track") && !dur;
        if (s.has("stop") && (timerNoun || tracking || s.size() <= 2)) {
            use(s, "stop", "timer", "clock", "track", "time");
            f.conf = 0.95;
            return IntentType.TIMER_STOP;
        }
        boolean kickOff = s.hasSeq("kick", "off");
        if (timerNoun
                && !dur
                && !question
                && !kickOff
                && !s.has("start")
                && s.hasLow("off", "end", "halt", "finish", "finished", "done", "pause", "out")) {
            // "timer off", "turn the timer off", "end the timer": off is a stop, never a start
            use(s, "timer", "clock");
            useLow(
                    s,
                    "off",
                    "end",
                    "halt",
                    "finish",
                    "finished",
                    "done",
                    "pause",
                    "turn",
                    "switch",
                    "shut",
                    "out",
                    "me");
            f.conf = 0.9;
            return IntentType.TIMER_STOP;
        }
        if (timerNoun && question && !dur && s.size() <= 3) {
            use(s, "timer", "clock"); // "timer?", "a timer?"
            f.conf = 0.85;
            return IntentType.TIMER_STATUS;
        }
        if ((s.has("start") || kickOff) && (timerNoun || tracking) && !dur && !s.has("new")) {
            use(s, "start", "timer", "clock", "track", "time");
            useLow(s, "kick", "off");
            f.conf = 0.95;
            return IntentType.TIMER_START;
        }
        if (timerNoun && !dur && !question) {
            use(s, "timer", "clock");
            f.conf = 0.7;
            return IntentType.TIMER_START;
        }

        // ---- who owes me
        boolean clientPlural = isPlural(s, "client");
        if (s.has("owe")) {
            use(s, "owe");
            useLow(s, "money", "anything");
            if (s.hasLow("who", "anyone", "anybody", "whom") || clientPlural) {
                use(s, "client");
                // "which clients don't owe me anything": the ones with nothing outstanding
                f.put("has_outstanding", !negated(s, s.find("owe")));
                f.conf = 0.93;
                return IntentType.CLIENT_LIST;
            }
            f.conf = 0.93;
            return IntentType.CLIENT_SHOW;
        }
        if (clientPlural
                && (vlow.equals("which")
                        || vlow.equals("who")
                        || firstTok.low.equals("which")
                        || verb != null && verb.is("client"))) {
            use(s, "client");
            if (s.has("unpaid") || s.has("outstanding") || s.has("balance") || s.has("overdue")) {
                f.put("has_outstanding", Boolean.TRUE);
                use(s, "unpaid", "outstanding", "balance", "overdue", "invoice");
            }
            f.conf = 0.9;
            return IntentType.CLIENT_LIST;
        }

        // ---- project.assign
        if (s.has("project")
                && !dur
                && !money
                && !s.has("expense")
                && !s.has("invoice")
                && !s.has("new")
                && verb != null
                && verb.kind == Tok.Kind.WORD) {
            boolean assignVerb = verb.is("assign");
            boolean addLike = verb.is("add")
                    || verb.is("put")
                    || verb.low.equals("give")
                    || verb.low.equals("include")
                    || verb.low.equals("invite");
            if (assignVerb || addLike) {
                int p = -1;
                for (int i = v + 1; i < s.size(); i++) {
                    Tok t = s.get(i);
                    if (t.isLow("to") || t.isLow("on") || t.isLow("onto") || t.isLow("into")) {
                        p = i;
                        break;
                    }
                }
                Tok next = s.get(s.skipArticles(v + 1));
                boolean projectNext = next != null && (next.is("project") || next.is("new"));
                if (p > v + 1 && !projectNext && s.find("project") > p || assignVerb && !projectNext) {
                    verb.used = true;
                    f.conf = assignVerb ? 0.93 : 0.9;
                    return IntentType.PROJECT_ASSIGN;
                }
            }
        }

        // "what have I paid Costco since Nov 1", "how much did I pay Adobe": what I spent, not invoices paid to me
        if (question
                && !s.has("invoice")
                && !invno
                && I_PAID.matcher(s.text.toLowerCase(java.util.Locale.ROOT)).find()) {
            useLow(s, "paid", "pay");
            f.conf = 0.88;
            f.payee = true;
            return IntentType.EXPENSE_LIST;
        }

        // ---- payments
        boolean paid = s.has("paid");
        boolean invoiceNoun = s.has("invoice");
        int sent = sentPayment(s);
        if (sent >= 0 && !question) {
            // "Initech sent a cheque for $3,600 for invoice 0004": money received, not an invoice sent
            s.get(sent).used = true;
            useLow(s, "a", "us", "me", "over");
            f.conf = 0.9;
            return IntentType.PAYMENT_RECORD;
        }
        if (s.has("payment")) {
            if ((question || vl.equals("show") || vl.equals("list")) && !money && !invno) {
                return IntentType.UNKNOWN;
            }
            use(s, "payment", "record", "log", "add", "enter", "received");
            f.conf = 0.93;
            return IntentType.PAYMENT_RECORD;
        }
        if (paid && s.has("mark")) {
            use(s, "paid", "mark");
            f.conf = 0.95;
            return IntentType.PAYMENT_RECORD;
        }
        if (paid) {
            int pi = s.find("paid");
            Tok prev = s.get(pi - 1);
            boolean gotPaid = prev != null && prev.is("received");
            if (!invno
                    && !gotPaid
                    && (question
                            || vl.equals("show")
                            || vl.equals("list")
                            || (isPlural(s, "invoice")
                                    && pi > 0
                                    && s.get(pi - 1).lemma.equals("partial")))) {
                f.conf = 0.92;
                return IntentType.INVOICE_LIST;
            }
            if (!invno && !gotPaid && isPlural(s, "invoice")) {
                f.conf = 0.85;
                return IntentType.INVOICE_LIST;
            }
            int subj = pi - 1;
            while (subj >= 0
                    && s.get(subj).kind == Tok.Kind.WORD
                    && Set.of("was", "were", "been", "has", "have", "had", "just", "already", "fully", "finally")
                            .contains(s.get(subj).low)) {
                subj--;
            }
            Tok subject = s.get(subj);
            boolean iPaid = subject == null || subject.isLow("i") || subject.isLow("we");
            if (iPaid && !gotPaid && money && !invno && !invoiceNoun) {
                use(s, "paid");
                f.conf = 0.85;
                return IntentType.EXPENSE_CREATE;
            }
            use(s, "paid", "received");
            f.conf = 0.9;
            return IntentType.PAYMENT_RECORD;
        }
        boolean methodWord = false;
        for (String m : METHODS.keySet()) {
            if (indexOfWord(MoneyExtractor.lowerSameLength(s.text), m) >= 0) {
                methodWord = true;
            }
        }
        if ((s.has("sent") || s.hasLow("wired", "transferred", "gave"))
                && money
                && !invoiceNoun
                && !s.has("expense")
                && (methodWord || s.hasLow("me", "us"))
                && verb != null
                && verb.capitalized()
                && v == 0) {
            useLow(s, "sent", "wired", "transferred", "gave", "me", "us");
            f.conf = 0.82;
            return IntentType.PAYMENT_RECORD;
        }
        if (s.has("received") && (money || invno) && !s.has("expense")) {
            use(s, "received");
            f.conf = 0.88;
            return IntentType.PAYMENT_RECORD;
        }
        if (money && !question && !s.has("expense") && !s.has("invoice") && chequeFrom(s)) {
            // "$500 cheque from Globex came in on Friday", "record a cheque for $500 from Globex": a cheque,
            // a wire or a transfer from someone is money received, never a purchase
            f.conf = 0.85;
            return IntentType.PAYMENT_RECORD;
        }

        // ---- project.create (before time: "a 40 hour budget" is not time worked)
        // "is Apollo still within budget?", "how much of the budget is left on Mobile App?": a budget asked about is a
        // project's
        boolean budgetQuestion = s.has("budget")
                && question
                && !money
                && !dur
                && !s.has("client")
                && !s.has("invoice")
                && !s.has("expense");
        boolean projectNoun = s.has("project") || budgetQuestion;
        if (question && s.has("project") && s.hasSeq("on", "track") && !money) {
            useLow(s, "on", "track", "still", "with", "its", "hours");
            projectNoun = true;
        }
        boolean setUp = s.hasSeq("set", "up") || s.hasLow("setup");
        if (projectNoun && !question) {
            int pj = s.find("project");
            int afterVerb = v < 0 ? -1 : s.skipArticles(v + 1);
            Tok av = s.get(afterVerb);
            boolean adjacent = av != null
                    && (av.is("project")
                            || av.is("new")
                            || (s.get(afterVerb + 1) != null
                                    && s.get(afterVerb + 1).is("project")
                                    && !av.is("invoice")
                                    && !av.is("expense")));
            boolean createVerb = vl.equals("create")
                    || vl.equals("make")
                    || vl.equals("new")
                    || setUp
                    || (vl.equals("add") || vl.equals("start") || vl.equals("open") || vl.equals("register"))
                            && adjacent
                    || s.has("new") && pj > s.find("new") && !s.has("invoice") && !s.has("expense") && !s.has("client");
            if (createVerb && !s.has("invoice") && !s.has("expense") && !(dur && !s.has("budget"))) {
                use(s, "project", "create", "make", "new");
                if (verb != null) {
                    verb.used = true;
                }
                useLow(s, "set", "up", "setup");
                f.conf = 0.93;
                return IntentType.PROJECT_CREATE;
            }
        }

        // ---- invoices
        boolean billVerb = verb != null
                && verb.kind == Tok.Kind.WORD
                && (verb.lemma.equals("bill") || verb.lemma.equals("invoice") && !verb.low.endsWith("s"))
                && !(s.get(v + 1) != null
                        && (s.get(v + 1).kind == Tok.Kind.NUMBER
                                || s.get(v + 1).isLow("number")
                                || s.get(v + 1).isLow("no")
                                || s.get(v + 1).isLow("#")));
        String bareStatus = statusWord(s, v);
        if (!invoiceNoun
                && !billVerb
                && bareStatus != null
                && !bareStatus.equals("sent")
                && !bareStatus.equals("paid")
                && (vl.equals("show")
                        || vl.equals("list")
                        || question && !bareStatus.equals("draft") && !s.hasLow("bill", "bills", "my"))
                && (!s.has("client")
                        || question
                                && s.find("client") > 0
                                && (s.get(s.find("client") - 1).isLow("from")
                                        || s.get(s.find("client") - 1).isLow("for")))
                && !s.has("expense")
                && !s.has("project")
                && !s.has("time")
                && !s.has("hour")
                && !s.has("balance")
                && !s.hasLow("amount", "balance", "total", "money")) {
            use(s, "show", "list");
            f.conf = question ? 0.85 : 0.75; // "what's overdue?" asks for the invoices that are
            return IntentType.INVOICE_LIST;
        }
        if (invoiceNoun || billVerb) {
            boolean sendVerb = s.has("send") || s.has("email");
            boolean latest = s.hasLow("latest", "last", "recent", "newest", "current");
            boolean plural = isPlural(s, "invoice");
            boolean status = statusWord(s, v) != null;
            boolean listVerb = vl.equals("list") || vl.equals("show") || question;
            boolean createMark = s.has("new")
                    || vl.equals("create")
                    || vl.equals("make")
                    || vl.equals("draft")
                    || vl.equals("prepare")
                    || vl.equals("generate")
                    || vl.equals("raise")
                    || billVerb;
            int inv = s.find("invoice");
            // "send Umbrella Corp an invoice for $950 for …": an invoice that does not exist yet
            boolean anInvoice =
                    inv > 0 && (s.get(inv - 1).isLow("an") || s.get(inv - 1).isLow("a")) && !invno;
            // "invoice northgate 3 landing pages at 400 each, email it": the verb invoice makes one, then it is sent
            boolean invoiceVerb = (vl.equals("invoice") || billVerb) && !invno && !plural && v == 0;
            boolean lineSaid = money || dur || eachPrice(s) != null;
            if (sendVerb && (s.has("new") || (createMark || anInvoice || invoiceVerb) && lineSaid)) {
                use(s, "invoice", "send", "email", "new", "create", "make", "draft", "bill");
                f.put("send", Boolean.TRUE);
                f.conf = 0.88;
                return IntentType.INVOICE_CREATE;
            }
            if (sendVerb && !(plural && (question || vl.equals("list") || vl.equals("show")))) {
                use(s, "invoice", "send", "email");
                f.conf = 0.93;
                return IntentType.INVOICE_SEND;
            }
            if (invno && !createMark) {
                use(s, "invoice", "show", "details");
                f.conf = listVerb || vl.equals("invoice") || v < 0 || verb.kind == Tok.Kind.NUMBER ? 0.93 : 0.8;
                return IntentType.INVOICE_SHOW;
            }
            if (latest && !plural && !createMark) {
                use(s, "invoice", "show", "details");
                f.conf = 0.9;
                return IntentType.INVOICE_SHOW;
            }
            if (listVerb || plural || status) {
                use(s, "invoice", "show", "list");
                // "show invoice": one invoice, but which? A list is the safe reading, not a sure one.
                f.conf = plural || status || question ? 0.93 : 0.7;
                return IntentType.INVOICE_LIST;
            }
            if (createMark || money || dur) {
                use(s, "invoice", "bill", "create", "make", "new", "draft", "prepare", "generate", "raise");
                f.conf = createMark ? 0.93 : 0.8;
                return IntentType.INVOICE_CREATE;
            }
            f.conf = 0.6;
            use(s, "invoice");
            return IntentType.INVOICE_LIST;
        }

        // ---- expenses
        boolean expenseNoun = s.has("expense") || s.has("receipt");
        boolean timeWords = s.has("time") || s.has("hour") || s.has("entry");
        if (expenseNoun) {
            boolean plural = isPlural(s, "expense");
            boolean listy =
                    question || vl.equals("show") || vl.equals("list") || vl.equals("details") || (plural && !money);
            boolean createVerb =
                    Set.of("add", "create", "new", "log", "record", "enter", "track", "put", "expense", "make", "spend")
                                    .contains(vl)
                            || s.has("new");
            if (money && !question && !(vl.equals("show") || vl.equals("list"))) {
                use(s, "expense", "add", "create", "new", "log", "record", "enter", "track", "put", "make", "spend");
                f.conf = 0.95;
                return IntentType.EXPENSE_CREATE;
            }
            if (createVerb && !question && !plural) {
                use(s, "expense", "add", "create", "new", "log", "record", "enter", "track", "put", "make", "spend");
                f.conf = 0.85;
                return IntentType.EXPENSE_CREATE;
            }
            if (listy) {
                use(s, "expense", "show", "list", "spend", "details");
                f.conf = 0.93;
                return IntentType.EXPENSE_LIST;
            }
            use(s, "expense");
            f.conf = money ? 0.85 : 0.7;
            return money ? IntentType.EXPENSE_CREATE : IntentType.EXPENSE_LIST;
        }
        if (money
                && !dur
                && !question
                && !s.has("payment")
                && !s.has("invoice")
                && Set.of("log", "record", "add", "track", "enter").contains(vl)) {
            verb.used = true;
            f.conf = 0.8;
            return IntentType.EXPENSE_CREATE;
        }
        boolean spendVerb = s.has("spend") || s.hasLow("bought", "purchased");
        if (spendVerb && !dur && !timeWords) {
            if (money && !question) {
                use(s, "spend");
                useLow(s, "bought", "purchased");
                f.conf = 0.9;
                return IntentType.EXPENSE_CREATE;
            }
            if (!question && !s.all(Tok.Kind.NUMBER).isEmpty() && !s.has("invoice") && !s.has("payment")) {
                // "bought a monitor at Dell for 1,250": a bare number after a spending verb is its amount (asked)
                use(s, "spend");
                useLow(s, "bought", "purchased");
                f.conf = 0.75;
                return IntentType.EXPENSE_CREATE;
            }
            if (question
                    || vl.equals("show")
                    || vl.equals("list")
                    || !money && !s.all(Tok.Kind.DATE).isEmpty()) {
                use(s, "spend"); // "spend at amazon last 30 days": what was spent
                f.conf = question || vl.equals("show") || vl.equals("list") ? 0.88 : 0.8;
                return IntentType.EXPENSE_LIST;
            }
        }

        // "Lunch at Blue Bottle cost $48.50 yesterday": what something cost is an expense
        if (money
                && !question
                && !dur
                && s.hasLow("cost", "costs", "came")
                && !s.has("invoice")
                && !s.has("payment")
                && !s.has("project")) {
            useLow(s, "cost", "costs", "came", "to");
            f.conf = 0.8;
            return IntentType.EXPENSE_CREATE;
        }

        // "$9 sandwich at Pret on Monday": an amount paid at a place, with no verb and no other
        // record named, is what was spent there (asked: the phrase never says so)
        boolean merchantFirst = v == 0
                && verb != null
                && verb.kind == Tok.Kind.WORD
                && Character.isUpperCase(verb.text.charAt(0))
                && s.get(1) != null
                && (ExpenseCategories.isCategory(s.get(1).low)
                        || Set.of("ride", "trip", "fare", "order", "subscription")
                                .contains(s.get(1).low));
        if (money
                && (verb == null
                        || verb.kind == Tok.Kind.MONEY
                        || Set.of("a", "an", "one").contains(vlow)
                        // "Uber ride for Initech, $32.40": a merchant's name first, then what was bought
                        || merchantFirst)
                && !question
                && !dur
                && (s.hasLow("at") || merchantFirst)
                && !s.has("project")
                && !s.has("client")
                && !namesNotSpent(s)) {
            f.conf = 0.75;
            return IntentType.EXPENSE_CREATE;
        }

        // "$250 online course, education and training", "Uber Eats $18.20 monday, meals, for wayne": an amount
        // and, as a field of its own between commas, an expense category (asked: no verb says so)
        if (money && !question && !dur && verbNotAsked(verb) && categoryField(s) && !namesNotSpent(s)) {
            f.conf = 0.75;
            return IntentType.EXPENSE_CREATE;
        }

        // "£12 for parking last Thursday", "$300 for the hotel": an amount first, then what it was for, and
        // that is something bought (asked: no verb says so)
        if (money
                && !question
                && !dur
                && (verb == null || verb.kind == Tok.Kind.MONEY)
                && paidFor(s)
                && !namesNotSpent(s)) {
            f.conf = 0.75;
            return IntentType.EXPENSE_CREATE;
        }

        // "Dinner with Hank at Canoe, $142.60, meals, client Globex", "Air Canada flight $420 on project
        // Apollo": what was bought (or who sold it, then what) opens the phrase and an amount is said, so it
        // is an expense even with a client or a project named (asked: no verb says so)
        if (money && !question && !dur && opensWithPurchase(s) && !namesNotSpent(s)) {
            f.conf = 0.75;
            return IntentType.EXPENSE_CREATE;
        }

        // ---- time
        boolean logVerb = Set.of("log", "track", "record", "add", "put", "enter", "book", "work", "spend", "clock")
                        .contains(vl)
                || vlow.equals("did");
        if (dur && !(question && (s.hasLow("how")))) {
            use(s, "log", "track", "record", "add", "put", "enter", "work", "spend", "time");
            useLow(s, "did", "book");
            f.conf = logVerb || s.has("work") || s.has("spend") ? 0.95 : 0.85;
            return IntentType.TIME_LOG;
        }
        boolean hoursWord = s.has("hour") || s.has("entry") || s.hasLow("timesheet", "timesheets");
        boolean timeAsk = s.has("time")
                && (s.has("log")
                        || s.has("track")
                        || s.has("spend")
                        || s.has("work")
                        || s.has("details")
                        || s.has("show")
                        || s.has("list")
                        || !s.all(Tok.Kind.DATE).isEmpty()
                        || s.hasLow("my"));
        boolean workAsk = s.has("work") && (question || vl.equals("show") || vl.equals("list"));
        // "log time for Acme", "track hours on Apollo yesterday": a log without its length (asked for)
        boolean imperative = v == 0
                || v > 0
                        && Set.of(
                                        "please", "pls", "can", "could", "would", "will", "you", "i", "to", "want",
                                        "need", "let", "me")
                                .contains(s.get(v - 1).low);
        if ((vl.equals("log") || vl.equals("track"))
                && !question
                && (hoursWord || s.has("time") && imperative)
                && !s.has("show")
                && !s.has("list")
                && (s.all(Tok.Kind.DATE).isEmpty() || imperative)) {
            use(s, "log", "track", "hour", "time", "entry");
            f.conf = 0.7;
            return IntentType.TIME_LOG;
        }
        // "how is Apollo tracking against its budget?", "is the Mobile App project still on track?"
        boolean budgetAsk = question && (s.has("budget") || s.has("project") && s.hasSeq("on", "track"));
        if ((hoursWord || timeAsk || workAsk || (s.has("log") || s.has("track")) && question) && !budgetAsk) {
            use(s, "time", "hour", "entry", "log", "track", "spend", "work", "show", "list", "details");
            useLow(s, "timesheet", "timesheets");
            f.conf = 0.92;
            return IntentType.TIME_LIST;
        }
        if ((vl.equals("log") || vl.equals("track")) && !question) {
            Tok nx = s.get(v + 1);
            if (nx != null
                    && (nx.isLow("in") || nx.isLow("out") || nx.isLow("off") || nx.isLow("on") && v + 2 >= s.size())) {
                return null; // "log out", "log in": not time
            }
            boolean content = false;
            for (int i = v + 1; i < s.size(); i++) {
                if (s.nameable(i) || s.get(i).kind == Tok.Kind.DATE) {
                    content = true;
                }
            }
            if (!content) {
                return null;
            }
            verb.used = true;
            f.conf = 0.8;
            return IntentType.TIME_LOG;
        }

        // ---- projects (other than create)
        if (projectNoun) {
            boolean plural = isPlural(s, "project");
            if (plural || vl.equals("list")) {
                use(s, "project", "list", "show");
                f.conf = 0.93;
                return IntentType.PROJECT_LIST;
            }
            use(s, "project", "show", "details", "status", "budget");
            useLow(s, "going", "doing", "progress", "left", "against", "remaining");
            f.conf = vl.equals("show") || question || s.has("details") || s.has("status") || s.has("budget")
                    ? 0.92
                    : 0.75;
            if (!s.has("project") && !anyCapitalized(s)) {
                f.conf = Math.min(
                        f.conf, 0.75); // "budget left on annual report?": which words name the project is a guess
            }
            return IntentType.PROJECT_SHOW;
        }

        // ---- clients
        boolean clientNoun = s.has("client");
        boolean field = s.hasLow("email", "e-mail", "phone", "contact", "name", "address", "number");
        boolean createV =
                Set.of("add", "create", "new", "register", "make").contains(vl) || setUp || s.has("new") && clientNoun;
        if (clientNoun && createV && !question) {
            use(s, "client", "add", "create", "new", "register", "make");
            useLow(s, "set", "up", "setup");
            f.conf = 0.93;
            return IntentType.CLIENT_CREATE;
        }
        if (vl.equals("update")
                || vl.equals("rename")
                || field
                        && (s.hasLow("is") || s.hasLow("to"))
                        && (s.has("new") || clientNoun)
                        && !s.all(Tok.Kind.EMAIL).isEmpty()
                                | !s.all(Tok.Kind.PHONE).isEmpty()) {
            if (vl.equals("rename") || field || clientNoun) {
                use(s, "update", "rename", "client");
                f.conf = 0.92;
                return IntentType.CLIENT_UPDATE;
            }
            return null;
        }
        if ((s.has("balance") || s.has("outstanding")) && clientPlural) {
            use(s, "client", "balance", "outstanding", "show", "list");
            f.put("has_outstanding", Boolean.TRUE);
            f.conf = 0.9;
            return IntentType.CLIENT_LIST;
        }
        if (field
                && (question || vl.equals("show"))
                && !s.has("project")
                && s.all(Tok.Kind.EMAIL).isEmpty()
                && s.all(Tok.Kind.PHONE).isEmpty()) {
            useLow(s, "email", "e-mail", "phone", "contact", "address", "number", "details");
            use(s, "show");
            f.conf = 0.8;
            return IntentType.CLIENT_SHOW;
        }
        if (s.has("balance") || s.has("outstanding")) {
            use(s, "balance", "outstanding", "show", "details");
            useLow(s, "amount");
            f.conf = 0.88;
            return IntentType.CLIENT_SHOW;
        }
        int acct = s.findLow("account");
        if (acct > 0 && s.get(acct - 1).kind == Tok.Kind.POSS && (vl.equals("show") || question)) {
            s.get(acct).used = true;
            use(s, "show", "details");
            f.conf = 0.85;
            return IntentType.CLIENT_SHOW;
        }
        if (clientNoun) {
            if (clientPlural || vl.equals("list")) {
                use(s, "client", "list", "show");
                f.conf = 0.93;
                return IntentType.CLIENT_LIST;
            }
            use(s, "client", "show", "details");
            useLow(s, "look", "up");
            f.conf = vl.equals("show") || s.has("details") || vlow.equals("look") ? 0.92 : 0.75;
            return IntentType.CLIENT_SHOW;
        }
        return null;
    }

    static void use(Sentence s, String... lemmas) {
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.kind == Tok.Kind.WORD && !endsName(s, i)) {
                for (String l : lemmas) {
                    if (t.lemma.equals(l)) {
                        t.used = true;
                    }
                }
            }
        }
    }

    /**
     * True when token {@code i} is a capitalised cue word that continues a capitalised name inside
     * the phrase ("Maple Mill Works", "Acme Time Co"): part of the name, not the cue.
     */
    private static boolean endsName(Sentence s, int i) {
        Tok t = s.get(i);
        Tok p = s.get(i - 1);
        return i > 1
                && t.capitalized()
                && !s.titleCase()
                && !t.corrected
                && p != null
                && p.kind == Tok.Kind.WORD
                && p.capitalized()
                && !p.used
                && !Sentence.STOP.contains(p.low)
                && !KEYWORDS.contains(p.lemma);
    }

    static void useLow(Sentence s, String... lows) {
        for (Tok t : s.toks) {
            for (String l : lows) {
                if (t.isLow(l)) {
                    t.used = true;
                }
            }
        }
    }

    // =====================================================================================
    // shared slot helpers

    /** Strips quotes, a leading article, a trailing possessive and punctuation. */
    static String clean(String name) {
        String n = name.strip();
        n = n.replaceAll("^[\"'“‘(\\[]+|[\"'”’)\\].,;:!?]+$", "").strip();
        n = n.replaceFirst("(?i)^(the|a|an)\\s+", "");
        n = n.replaceFirst("(?i)'s$", "");
        return n.strip();
    }

    /** The invoice number said ("0042", "#117" → "117", "invoice 57"), optionally marking its tokens. */
    static String invoiceNumber(Sentence s, boolean take) {
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            boolean zeroPadded = t.kind == Tok.Kind.NUMBER && t.text.length() > 1 && t.text.startsWith("0");
            Tok before = s.get(i - 1);
            boolean afterMark = t.kind == Tok.Kind.NUMBER && before != null && before.is("mark");
            if (zeroPadded || afterMark) {
                if (take) {
                    t.used = true;
                }
                return t.text;
            }
            if (t.kind == Tok.Kind.NUMBER && t.text.startsWith("#")) {
                if (take) {
                    t.used = true;
                }
                return t.text.substring(1);
            }
            if (t.is("invoice")) {
                int j = i + 1;
                Tok n = s.get(j);
                while (n != null
                        && (n.isLow("number")
                                || n.isLow("no")
                                || n.isLow("num")
                                || n.isLow("nr")
                                || n.text.equals("#")
                                || n.text.equals(".")
                                || n.isLow("#"))) {
                    n = s.get(++j);
                }
                if (n != null && n.kind == Tok.Kind.NUMBER) {
                    if (take) {
                        for (int k = i + 1; k <= j; k++) {
                            s.get(k).used = true;
                        }
                    }
                    return n.text.startsWith("#") ? n.text.substring(1) : n.text;
                }
            }
        }
        return null;
    }

    /** "not paid", "never paid", "nobody has paid": a negation within three words before {@code i}. */
    /** Words that turn the status after them around: "not paid", "nothing paid yet", "haven't been sent". */
    private static final Set<String> NEGATIONS = Set.of(
            "not", "never", "nobody", "no", "nothing", "none", "isn't", "aren't", "hasn't", "haven't", "wasn't",
            "weren't", "don't", "doesn't", "didn't", "isnt", "arent", "hasnt", "havent", "wasnt", "werent", "dont",
            "doesnt", "didnt", "yet");

    private static boolean negated(Sentence s, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            Tok t = s.get(k);
            if (NEGATIONS.contains(t.low.replace('\u2019', '\''))) {
                return true; // the negation stays unexplained: a reading through it is not sure
            }
        }
        return false;
    }

    static String statusWord(Sentence s, int verbIdx) {
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (i == verbIdx || t.kind != Tok.Kind.WORD) {
                continue;
            }
            if (t.lemma.equals("partial")
                    || (t.is("paid") && s.get(i - 1) != null && s.get(i - 1).is("partial"))) {
                return "partial";
            }
            if (t.lemma.equals("unpaid")
                    || t.lemma.equals("outstanding")
                    || t.isLow("open")
                    || t.isLow("owing")
                    || t.isLow("pending")) {
                return "unpaid";
            }
            if (t.lemma.equals("overdue")
                    || t.isLow("past") && s.get(i + 1) != null && s.get(i + 1).isLow("due")) {
                return "overdue";
            }
            if (t.is("paid")) {
                return negated(s, i) ? "unpaid" : "paid";
            }
            if (t.lemma.equals("draft")) {
                return "draft";
            }
            if (t.is("sent")) {
                return negated(s, i) ? "draft" : "sent"; // "invoices that haven't been sent": drafts
            }
            if (t.isLow("unsent")) {
                return "draft";
            }
        }
        return null;
    }

    /** The first date mention, as a single day (null when none or when it is a range). */
    static LocalDate day(Fill f, boolean due) {
        for (Tok t : f.s.toks) {
            if (t.kind == Tok.Kind.DATE && !t.used) {
                DateExtractor.DateMention d = (DateExtractor.DateMention) t.value;
                t.used = true;
                if (d.range()) {
                    f.conf -= 0.15;
                    return d.from();
                }
                return due ? d.upcoming() : d.from();
            }
        }
        return null;
    }

    static void range(Fill f) {
        for (Tok t : f.s.toks) {
            if (t.kind == Tok.Kind.DATE && !t.used) {
                DateExtractor.DateMention d = (DateExtractor.DateMention) t.value;
                t.used = true;
                f.put("date_from", d.from());
                f.put("date_to", d.to());
                return;
            }
        }
    }

    /** "note: ...", "with note ...", "notes ...", "saying ...": the rest of the phrase. */
    private static void note(Fill f) {
        note(f, "note");
    }

    private static void note(Fill f, String slot) {
        Sentence s = f.s;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.used
                    || !(t.isLow("note")
                            || t.isLow("notes")
                            || t.isLow("memo")
                            || t.isLow("comment")
                            || t.isLow("description")
                            || t.isLow("saying"))) {
                continue;
            }
            Tok prev = s.get(i - 1);
            Tok next = s.get(i + 1);
            Tok prev2 = s.get(i - 2);
            boolean marked = next != null && (next.text.equals(":") || next.text.equals("-") || next.text.equals("="))
                    || prev != null
                            && (prev.isLow("the") || prev.isLow("a"))
                            && prev2 != null
                            && (prev2.isLow("with")
                                    || prev2.isLow("add")
                                    || prev2.isLow("and")
                                    || prev2.text.equals(","))
                    || prev != null
                            && (prev.isLow("with")
                                    || prev.isLow("add")
                                    || prev.text.equals(",")
                                    || prev.isLow("and")
                                    || prev.isLow("a"))
                    || i == 0
                    || t.isLow("saying")
                    || trailingLabel(s, i);
            if (!marked || next == null) {
                continue;
            }
            int from = i + 1;
            while (from < s.size()
                    && (s.get(from).kind == Tok.Kind.PUNCT
                            || s.get(from).isLow("that")
                            || s.get(from).isLow("saying"))) {
                from++;
            }
            if (from >= s.size()) {
                continue;
            }
            String text = clean(s.slice(from, s.size()));
            for (int k = i; k < s.size(); k++) {
                s.get(k).used = true;
            }
            f.put(slot, text);
            return;
        }
    }

    /** Words before "note" that make it a noun of the phrase ("the note", "on note taking") rather than a label. */
    private static final Set<String> NOT_A_LABEL = Set.of(
            "the", "my", "this", "that", "its", "his", "her", "our", "their", "your", "which", "what", "whose", "on",
            "for", "to", "of", "in", "about", "edit", "change", "update", "show", "delete", "remove", "clear");

    /** Words after "note" that make it a noun of the phrase ("note to self", "note on the invoice"). */
    private static final Set<String> NOT_A_NOTE_START =
            Set.of("to", "on", "in", "of", "for", "from", "at", "is", "was", "and", "or", "with");

    /**
     * "... for hosting note draft review", "... 3 days ago note kickoff call": a label word after the
     * frame's values, not after a determiner or a preposition, starts the note, which runs to the end.
     */
    private static boolean trailingLabel(Sentence s, int i) {
        Tok t = s.get(i);
        Tok prev = s.get(i - 1);
        if (!(t.isLow("note") || t.isLow("notes") || t.isLow("memo")) || prev == null || i + 1 >= s.size()) {
            return false;
        }
        if (prev.kind == Tok.Kind.WORD && NOT_A_LABEL.contains(prev.low)) {
            return false;
        }
        Tok next = s.get(i + 1);
        return next.kind == Tok.Kind.WORD && !NOT_A_NOTE_START.contains(next.low) || next.kind == Tok.Kind.NUMBER;
    }

    private static Boolean billable(Fill f) {
        Sentence s = f.s;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.isLow("non-billable")
                    || t.isLow("nonbillable")
                    || t.isLow("unbillable")
                    || t.isLow("billable")
                            && s.get(i - 1) != null
                            && (s.get(i - 1).isLow("non") || s.get(i - 1).isLow("not"))) {
                t.used = true;
                if (s.get(i - 1) != null
                        && (s.get(i - 1).isLow("non") || s.get(i - 1).isLow("not"))) {
                    s.get(i - 1).used = true;
                }
                useAround(s, i);
                return Boolean.FALSE;
            }
            if (t.isLow("billable")) {
                t.used = true;
                useAround(s, i);
                // "billable yes", "billable: no": the flag said as a field and its value
                int v = s.get(i + 1) != null && s.get(i + 1).text.equals(":") ? i + 2 : i + 1;
                Tok said = s.get(v);
                if (said != null && said.kind == Tok.Kind.WORD && YES_NO.containsKey(said.low)) {
                    said.used = true;
                    if (v == i + 2) {
                        s.get(i + 1).used = true;
                    }
                    return YES_NO.get(said.low);
                }
                return Boolean.TRUE;
            }
        }
        return null;
    }

    private static final Map<String, Boolean> YES_NO =
            Map.of("yes", true, "y", true, "true", true, "no", false, "n", false, "false", false);

    private static void useAround(Sentence s, int i) {
        Tok p = s.get(i - 1);
        if (p != null && (p.isLow("as") || p.isLow("is"))) {
            p.used = true;
        }
    }

    private static NameRef.Kind explicitKind(Sentence s, Sentence.Chunk c) {
        Tok b = s.before(c);
        Tok a = s.after(c);
        if (b != null && b.is("client") && !isPluralTok(b)) {
            b.used = true;
            return NameRef.Kind.CLIENT;
        }
        if (b != null && b.is("project") && !isPluralTok(b)) {
            b.used = true;
            return NameRef.Kind.PROJECT;
        }
        if (a != null && a.is("project")) {
            a.used = true;
            return NameRef.Kind.PROJECT;
        }
        if (a != null && a.is("client")) {
            a.used = true;
            return NameRef.Kind.CLIENT;
        }
        return null;
    }

    private static boolean isPluralTok(Tok t) {
        return t.low.endsWith("s");
    }

    static String lowOf(Tok t) {
        if (t == null) {
            return "";
        }
        return t.kind == Tok.Kind.WORD || t.kind == Tok.Kind.NUMBER ? t.low : t.kind.name();
    }

    /** Splits a chunk into its capitalised part and its lower-case part when it is one of each. */
    private static Sentence.Chunk[] caseSplit(Sentence s, Sentence.Chunk c) {
        int i = c.from();
        boolean cap0 = s.get(i).capitalized();
        while (i < c.to() && s.get(i).capitalized() == cap0) {
            i++;
        }
        int j = i;
        while (j < c.to() && s.get(j).capitalized() != cap0) {
            j++;
        }
        if (i == c.to() || j != c.to()) {
            return null;
        }
        Sentence.Chunk first = new Sentence.Chunk(c.from(), i);
        Sentence.Chunk second = new Sentence.Chunk(i, c.to());
        return cap0 ? new Sentence.Chunk[] {first, second} : new Sentence.Chunk[] {second, first};
    }

    private static boolean serviceWords(Sentence s, Sentence.Chunk c) {
        for (int i = c.from(); i < c.to(); i++) {
            if (SERVICES.contains(s.get(i).low)) {
                return true;
            }
        }
        return false;
    }

    /** Nothing for a known kind of work; more the longer an unknown one runs ("blorp zing wibble"). */
    private static double unknownServicePenalty(Sentence s, Sentence.Chunk c) {
        if (serviceWords(s, c)) {
            return 0.0;
        }
        return Math.min(0.3, 0.08 + 0.06 * (c.size() - 1));
    }

    /** The service after "N hours of": any lower-case word, even one the grammar keys on ("email"). */
    private static void serviceAfterOf(Fill f) {
        Sentence s = f.s;
        for (int i = 0; i + 1 < s.size(); i++) {
            if (s.get(i).kind == Tok.Kind.DURATION && s.get(i + 1).isLow("of")) {
                int j = s.skipArticles(i + 2);
                Tok t = s.get(j);
                if (t == null
                        || t.used
                        || t.kind != Tok.Kind.WORD
                        || Sentence.STOP.contains(t.low) && !t.low.equals("time")) {
                    return;
                }
                int e = j + 1;
                while (s.nameable(e) && !s.get(e).capitalized()) {
                    e++;
                }
                Sentence.Chunk c = new Sentence.Chunk(j, e);
                s.get(i + 1).used = true;
                f.put("service", clean(s.text(c)));
                s.use(c);
                if (s.get(e) != null && s.get(e).is("work")) {
                    s.get(e).used = true;
                }
                return;
            }
        }
    }

    /** Names for time entries and timers: target / client / project and the service. */
    static void workNames(Fill f) {
        Sentence s = f.s;
        for (Sentence.Chunk c : s.chunks()) {
            if (s.get(c.from()).used) {
                continue;
            }
            NameRef.Kind k = explicitKind(s, c);
            Tok b = s.before(c);
            Tok a = s.after(c);
            String bl = lowOf(b);
            s.use(c);
            if (k != null) {
                f.ref(k, s.text(c));
                continue;
            }
            Tok label = s.get(c.from());
            if (c.size() > 1 && (label.isLow("service") || label.isLow("task") || label.isLow("activity"))) {
                f.put("service", clean(s.slice(c.from() + 1, c.to())));
                continue;
            }
            if (a != null && a.is("hour")) {
                f.put("service", clean(s.text(c)));
                a.used = true;
                continue;
            }
            if (bl.equals("of") && !f.slots.containsKey("service")) {
                f.put("service", clean(s.text(c)));
                continue;
            }
            boolean lower = s.allLower(c);
            Sentence.Chunk[] split = caseSplit(s, c);
            if (split != null) {
                f.ref(NameRef.Kind.TARGET, s.text(split[0]));
                f.put("service", clean(s.text(split[1])));
                f.conf -= 0.03 + unknownServicePenalty(s, split[1]);
                continue;
            }
            if (Sentence.isPrep(bl)) {
                if (lower && !f.slots.containsKey("service") && (serviceWords(s, c) || f.hasRef())) {
                    f.put("service", clean(s.text(c)));
                    continue;
                }
                if (lower) {
                    f.conf -= 0.12;
                }
                if (f.hasRef() && lower && !f.slots.containsKey("service")) {
                    f.put("service", clean(s.text(c)));
                } else {
                    f.ref(NameRef.Kind.TARGET, s.text(c));
                }
                continue;
            }
            // right after the verb, the duration, or nothing: terse "log 3h design Acme"
            if (lower) {
                if (!f.slots.containsKey("service")) {
                    f.put("service", clean(s.text(c)));
                    f.conf -= unknownServicePenalty(s, c);
                } else {
                    f.conf -= 0.1;
                }
            } else {
                f.ref(NameRef.Kind.TARGET, s.text(c));
                f.conf -= 0.05;
            }
        }
    }

    // =====================================================================================
    // time and timers

    private static void timeLog(Fill f) {
        Sentence s = f.s;
        Tok d = s.first(Tok.Kind.DURATION);
        if (d != null && ((DurationExtractor.DurationMention) d.value).start() == null) {
            // "log 2h design from 9 to 11": the length said, then the stretch it filled; when the stretch is as long,
            // it is the same time, read once with its start
            for (Tok other : s.all(Tok.Kind.DURATION)) {
                if (other != d
                        && other.value instanceof DurationExtractor.DurationMention range
                        && range.start() != null
                        && range.minutes() == ((DurationExtractor.DurationMention) d.value).minutes()) {
                    d.used = true;
                    d = other;
                    break;
                }
            }
        }
        if (d != null) {
            DurationExtractor.DurationMention dm = (DurationExtractor.DurationMention) d.value;
            f.put("duration_minutes", dm.minutes());
            if (dm.minutes() > 16 * 60) {
                f.conf -= 0.4; // more than a working day in one entry: surely misread
            }
            if (dm.start() != null) {
                f.put("start_time", dm.start());
            }
            d.used = true;
        }
        if (!f.slots.containsKey("start_time")) {
            f.put("start_time", StartTimes.read(s));
        }
        if (d != null && !f.slots.containsKey("start_time") && !d.text.contains(":")) {
            // "log 45m meetings initech 16:45": the length said with its unit, then a clock time, which is when it
            // started (a second length is never said as a clock)
            for (Tok t : s.all(Tok.Kind.DURATION)) {
                if (!t.used && t.text.matches("(?:[01]?\\d|2[0-3]):[0-5]\\d")) {
                    java.time.LocalTime at = java.time.LocalTime.parse(t.text.length() == 4 ? "0" + t.text : t.text);
                    // "1:30" with no am or pm in a working day is the afternoon, as a bare "from 1" is
                    f.put(
                            "start_time",
                            at.getHour() >= 1 && at.getHour() < 7 && t.text.matches("\\d:.*") ? at.plusHours(12) : at);
                    t.used = true;
                    break;
                }
            }
        }
        if (d != null && s.all(Tok.Kind.DURATION).stream().anyMatch(t -> !t.used)) {
            f.conf -= 0.15; // a second length, not the start time: which one is meant?
        }
        note(f);
        if (!f.slots.containsKey("note") && d != null) {
            int di = s.toks.indexOf(d);
            for (int i = di + 1; i + 1 < s.size(); i++) {
                Tok t = s.get(i);
                if (t.kind == Tok.Kind.PUNCT && !t.used && (t.text.equals("-") || t.text.equals(":")) && i > di + 1) {
                    int from = i + 1;
                    f.put("note", clean(s.slice(from, s.size())));
                    for (int k = i; k < s.size(); k++) {
                        s.get(k).used = true;
                    }
                    break;
                }
            }
        }
        Boolean b = billable(f);
        if (b != null) {
            f.put("billable", b);
        }
        LocalDate day = day(f, false);
        f.put("date", day == null ? f.today : day);
        serviceAfterOf(f);
        workNames(f);
    }

    static void timeList(Fill f) {
        BillingGrammar.timeListExtras(f);
        range(f);
        workNames(f);
    }

    private static void timerStart(Fill f) {
        note(f);
        workNames(f);
    }

    // =====================================================================================
    // expenses

    /**
     * A bare number said right after a word that is about money changing hands ("spent 64 at
     * staples", "payment 300 on invoice 0002", "paid 1250"): the amount, though it has no sign.
     */
    static boolean bareAmountAfterMoneyWord(Sentence s) {
        return bareAmountIndex(s) >= 0;
    }

    static int bareAmountIndex(Sentence s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            Tok t = s.get(i);
            Tok n = s.get(i + 1);
            if (t.kind == Tok.Kind.WORD
                    && (t.is("spend") || t.is("payment") || t.isLow("paid") || t.isLow("received") || t.isLow("spent"))
                    && (n.kind == Tok.Kind.NUMBER || n.kind == Tok.Kind.WORD && n.text.matches("\\d{1,7}\\.\\d"))
                    && !n.text.startsWith("#")
                    && !n.text.startsWith("0")
                    && n.text.matches("\\d{1,7}(?:\\.\\d{1,2})?")
                    && (s.get(i + 2) == null
                            || !Set.of("hours", "hrs", "h", "minutes", "mins", "days", "percent")
                                    .contains(s.get(i + 2).low))) {
                return i + 1;
            }
        }
        return -1;
    }

    /** True when a word after the first is capitalised (a name said as one). */
    private static boolean anyCapitalized(Sentence s) {
        for (int i = 1; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.kind == Tok.Kind.WORD && t.capitalized()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SENT_MONEY = Set.of(
            "cheque", "check", "payment", "transfer", "e-transfer", "etransfer", "wire", "deposit", "remittance");

    /** Verbs that ask for something other than a new expense, said first. */
    private static final Set<String> OTHER_VERBS = Set.of(
            "show",
            "list",
            "find",
            "delete",
            "remove",
            "change",
            "edit",
            "update",
            "set",
            "move",
            "invoice",
            "bill",
            "send",
            "pay",
            "charge",
            "refund",
            "mark",
            "archive",
            "create",
            "make",
            "estimate",
            "quote",
            "rename");

    private static boolean verbNotAsked(Tok verb) {
        return verb == null || verb.kind != Tok.Kind.WORD || !OTHER_VERBS.contains(verb.low);
    }

    /** Whether a stretch between commas (or after the last one) is only an expense category: "…, meals, …". */
    private static boolean categoryField(Sentence s) {
        StringBuilder run = new StringBuilder();
        boolean afterComma = false;
        for (int i = 0; i <= s.size(); i++) {
            Tok t = s.get(i);
            boolean stop = t == null || t.kind == Tok.Kind.PUNCT && (t.text.equals(",") || t.text.equals(";"));
            if (stop) {
                String words = run.toString().strip();
                if (afterComma
                        && !words.isEmpty()
                        && (ExpenseCategories.isCategory(words) || words.matches("quotedtext[a-z]"))) {
                    // a category whose name holds "and" or "&" is in quotes by now ("Education and Training")
                    return true;
                }
                run.setLength(0);
                afterComma = t != null;
                continue;
            }
            run.append(' ').append(t.low);
        }
        return false;
    }

    /** Whether the amount that opens the phrase is said "for" a purchase: "£12 for parking", "$300 for the hotel". */
    private static boolean paidFor(Sentence s) {
        Tok first = s.get(0);
        if (first == null
                || first.kind != Tok.Kind.MONEY
                || s.get(1) == null
                || !s.get(1).isLow("for")) {
            return false;
        }
        int i = 2;
        while (s.get(i) != null && Set.of("the", "a", "an", "my", "our", "some").contains(s.get(i).low)) {
            i++;
        }
        // "for a new monitor", "for two office chairs": what was bought, after at most two words that describe it
        for (int j = i; j < i + 3 && s.get(j) != null && s.get(j).kind == Tok.Kind.WORD; j++) {
            Tok next = s.get(j + 1);
            if (ExpenseCategories.isSpending(s.get(j).low)
                    || next != null
                            && next.kind == Tok.Kind.WORD
                            && ExpenseCategories.isSpending(s.get(j).low + " " + next.low)) {
                return true;
            }
        }
        return false;
    }

    /** The index of "sent" in "X sent (us) a cheque / payment / transfer …", or -1. */
    private static int sentPayment(Sentence s) {
        for (int i = 1; i < s.size(); i++) {
            Tok t = s.get(i);
            if (!(t.isLow("sent") || t.isLow("sends") || t.isLow("wired") || t.isLow("mailed"))) {
                continue;
            }
            for (int j = i + 1; j < s.size() && j <= i + 3; j++) {
                Tok n = s.get(j);
                if (n.kind == Tok.Kind.WORD && SENT_MONEY.contains(n.low)) {
                    return i;
                }
                if (!(n.isLow("a")
                        || n.isLow("the")
                        || n.isLow("us")
                        || n.isLow("me")
                        || n.isLow("their")
                        || n.isLow("over")
                        || n.kind == Tok.Kind.MONEY)) {
                    break;
                }
            }
        }
        return -1;
    }

    static Money firstMoney(Fill f, boolean take) {
        for (Tok t : f.s.toks) {
            if (t.kind == Tok.Kind.MONEY && !t.used) {
                if (take) {
                    t.used = true;
                }
                return ((MoneyExtractor.MoneyMention) t.value).money();
            }
        }
        return null;
    }

    /** Verbs that only say an expense goes with a project or client ("attach it to Apollo", "charge to Acme"). */
    private static final java.util.Set<String> LINKING_VERBS = java.util.Set.of(
            "attach",
            "attached",
            "attach it",
            "link",
            "linked",
            "link it",
            "assign",
            "assigned",
            "assign it",
            "charge",
            "charged",
            "charge it",
            "file",
            "filed",
            "file it",
            "put",
            "put it",
            "book",
            "booked",
            "book it",
            "bill",
            "bill it",
            "allocate",
            "allocated",
            "tag",
            "tagged",
            "tag it");

    /** True when the words from {@code i} on are "(it) to/on/under/against/with ...". */
    private static boolean linksForward(Sentence s, int i) {
        while (i < s.size()
                && (s.get(i).isLow("it") || s.get(i).isLow("this") || s.get(i).isLow("them"))) {
            i++;
        }
        Tok p = i < s.size() ? s.get(i) : null;
        return p != null
                && (p.isLow("to") || p.isLow("on") || p.isLow("under") || p.isLow("against") || p.isLow("with"));
    }

    /** True when the preposition before {@code from} follows a linking verb ("charge it to Acme"). */
    private static boolean afterLinkingVerb(Sentence s, int from) {
        int i = from - 2;
        while (i >= 0
                && (s.get(i).isLow("it") || s.get(i).isLow("this") || s.get(i).isLow("them"))) {
            i--;
        }
        return i >= 0 && LINKING_VERBS.contains(s.get(i).text.toLowerCase(java.util.Locale.ROOT));
    }

    private static void expenseCreate(Fill f) {
        Sentence s = f.s;
        Money amount = firstMoney(f, true);
        if (amount == null) {
            for (int i = 0; i < s.size(); i++) {
                Tok t = s.get(i);
                if (t.kind == Tok.Kind.NUMBER && !t.text.startsWith("#")
                        || t.kind == Tok.Kind.WORD
                                && !t.used
                                && t.text.matches("\\d{1,7}\\.\\d")) { // "exp 12.5 parking"
                    amount = new Money(new BigDecimal(t.text), null);
                    t.used = true;
                    f.conf -= 0.1;
                    break;
                }
            }
        }
        f.put("amount", amount);
        note(f);
        Tok path = s.first(Tok.Kind.PATH);
        if (path != null) {
            path.used = true;
            f.put("receipt", (String) path.value);
            Tok p = s.get(s.toks.indexOf(path) - 1);
            if (p != null && (p.isLow("at") || p.isLow("in") || p.is("receipt"))) {
                p.used = true;
            }
        }
        LocalDate day = day(f, false);
        f.put("date", day == null ? f.today : day);
        Tok opening = s.get(0);
        if (opening != null && opening.kind == Tok.Kind.WORD && SPENT.contains(opening.low)) {
            opening.used = true; // "Bought a monitor at Best Buy …": the verb, never a vendor's name
        }
        for (Sentence.Chunk c : s.chunks()) {
            if (s.get(c.from()).used) {
                continue;
            }
            NameRef.Kind k = explicitKind(s, c);
            Tok b = s.before(c);
            Tok a = s.after(c);
            String bl = lowOf(b);
            String text = s.text(c);
            boolean lower = s.allLower(c);
            s.use(c);
            if (k != null) {
                f.ref(k, text);
                continue;
            }
            if (a != null && a.is("expense")) {
                // "a $64 Staples expense for office supplies": a name that is no category is the vendor
                f.put(
                        !lower && !ExpenseCategories.isCategory(text) && !ExpenseCategories.isPurchase(text)
                                ? "vendor"
                                : "category",
                        clean(text));
                continue;
            }
            if (LINKING_VERBS.contains(text.toLowerCase(java.util.Locale.ROOT)) && linksForward(s, c.to())) {
                continue; // "attach to the Admin project": the verb only links the expense to what follows
            }
            Tok label = s.get(c.from());
            if (c.size() > 1 && (label.isLow("category") || label.isLow("vendor") || label.isLow("merchant"))) {
                String key = label.isLow("category") ? "category" : "vendor";
                String said = clean(s.slice(c.from() + 1, c.to()));
                if (f.slots.get(key) instanceof String before && !said.isBlank() && !before.equalsIgnoreCase(said)) {
                    // "…for the conference ticket, category Education and Training": the field said by its name
                    // wins over what was bought, which is the note
                    f.slots.remove(key);
                    f.put("note", before);
                }
                f.put(key, said);
                continue;
            }
            switch (bl) {
                case "at", "from" -> {
                    int from = rideTo(s, c);
                    if (from > 0 && bl.equals("from") && (from + 1 < c.from() || f.slots.containsKey("vendor"))) {
                        // "cab from the airport": a place said with its article (or once the vendor is read);
                        // "a ride from Lyft", "taxi from checker cabs" name who gave the ride, the vendor
                        rideNote(f, from, c);
                    } else if (!f.slots.containsKey("vendor")) {
                        f.put("vendor", clean(text));
                    } else {
                        extraNote(f, text);
                    }
                }
                case "to" -> {
                    int to = rideTo(s, c);
                    if (afterLinkingVerb(s, c.from())) {
                        f.ref(NameRef.Kind.TARGET, text); // "charge it to Acme"
                    } else if (to > 0) {
                        rideNote(f, to, c); // "train to London", "cab to the airport": where it went, not who was paid
                    } else if (!lower && !f.slots.containsKey("vendor")) {
                        f.put("vendor", clean(text));
                    } else {
                        f.ref(NameRef.Kind.TARGET, text);
                    }
                }
                case "via", "through" -> {
                    if (PaymentMethod.fromSaid(clean(text)) == PaymentMethod.OTHER && !f.slots.containsKey("vendor")) {
                        f.put("vendor", clean(text)); // "shipping 42.80 via fedex": who carried it was paid
                    } else {
                        extraNote(f, text);
                    }
                }
                case "with" -> {
                    if (lower) {
                        extraNote(f, text);
                    } else if (!f.slots.containsKey("vendor") && !mealWith(f)) {
                        f.put("vendor", clean(text)); // "airfare with Air Canada", "advertising with Meta"
                    } else {
                        f.ref(NameRef.Kind.TARGET, text); // "lunch with Acme": who it was with
                    }
                }
                case "against" -> {
                    if (!lower && !f.hasRef()) {
                        f.ref(NameRef.Kind.TARGET, text); // "…, against Tyrell Corporation": who it is for
                    } else {
                        extraNote(f, text);
                    }
                }
                case "for", "on", "of", "in" -> {
                    if (a != null && a.isLow("category") && !f.slots.containsKey("category")) {
                        a.used = true;
                        f.put("category", clean(text)); // "in the Airfare category"
                    } else if (lower && !f.slots.containsKey("category")) {
                        f.put("category", clean(text));
                        guessedCategory(f, text);
                    } else if (!lower && !f.hasRef() && !bl.equals("of")) {
                        f.ref(NameRef.Kind.TARGET, text);
                        f.conf -= 0.05;
                    } else {
                        extraNote(f, text);
                    }
                }
                default -> {
                    int merchantEnd = lower && opensPurchase(s, c) ? boughtAfterMerchant(s, c) : -1;
                    if (merchantEnd > 0 && !f.slots.containsKey("vendor") && !f.slots.containsKey("category")) {
                        // "air canada flight $612", "uber ride 30": a merchant's name typed lower case, then what
                        // was bought
                        f.put("vendor", clean(s.slice(c.from(), merchantEnd)));
                        f.put("category", clean(s.slice(merchantEnd, c.to())));
                    } else if ((lower
                                    || ExpenseCategories.isCategory(clean(text))
                                    || ExpenseCategories.isPurchase(clean(text)))
                            && !f.slots.containsKey("category")) {
                        f.put("category", clean(text)); // "Lunch at Blue Bottle …": a category word, whatever its case
                    } else if (ExpenseCategories.isCategory(clean(text))
                            && f.slots.get("category") instanceof String bought
                            && (!ExpenseCategories.isCategory(bought) || inNote(f, bought))) {
                        // "€95 train ticket to Paris, travel", "taxi from Heathrow, travel": the category said
                        // after what was bought; a word that names no purchase is who was paid ("uber …, taxi")
                        f.slots.put("category", clean(text));
                        boolean purchase = ExpenseCategories.isSpending(bought);
                        if (!purchase && !f.slots.containsKey("vendor")) {
                            f.put("vendor", bought);
                        } else if (!f.slots.containsKey("note")) {
                            f.put("note", bought);
                        }
                    } else if (!lower && !f.slots.containsKey("vendor")) {
                        f.put("vendor", clean(text));
                        f.conf -= 0.05;
                    } else {
                        extraNote(f, text);
                    }
                }
            }
        }
    }

    /** Whether the note read holds {@code word} ("taxi from Heathrow" holds "taxi"). */
    private static boolean inNote(Fill f, String word) {
        return f.slots.get("note") instanceof String n
                && (" " + n.toLowerCase(java.util.Locale.ROOT) + " ")
                        .contains(" " + word.toLowerCase(java.util.Locale.ROOT) + " ");
    }

    /**
     * {@code text} as the expense's note; when a note is already read, the phrase has a part no slot
     * holds, so the frame is asked about rather than the part dropped.
     */
    private static void extraNote(Fill f, String text) {
        if (f.slots.containsKey("note")) {
            f.conf -= 0.15;
        } else {
            f.put("note", clean(text));
        }
    }

    /** Records and settings an amount said beside belongs to, rather than to something bought. */
    private static final List<String> NOT_SPENT =
            List.of("invoice", "payment", "estimate", "rate", "budget", "service");

    /**
     * True when the phrase is one amount (not a rate) and at most six plain words, with no length, no question,
     * no verb of another request and no record that is not spent: a bare "what or where, and how much".
     */
    private static boolean spentSaidBare(Sentence s) {
        int money = 0;
        int words = 0;
        for (Tok t : s.toks) {
            switch (t.kind) {
                case MONEY -> {
                    if (((MoneyExtractor.MoneyMention) t.value).rate()) {
                        return false;
                    }
                    money++;
                }
                case WORD -> {
                    if (QUESTION.contains(t.low) || OTHER_VERBS.contains(t.low) || KEYWORDS.contains(t.low)) {
                        return false;
                    }
                    words++;
                }
                case DATE, PUNCT, POSS, PATH -> {}
                default -> {
                    return false;
                }
            }
        }
        return money == 1 && words >= 1 && words <= 6 && !namesNotSpent(s) && !s.has("client") && !s.has("project");
    }

    /** True when the phrase names one of {@link #NOT_SPENT}: its amount is no expense said without a verb. */
    private static boolean namesNotSpent(Sentence s) {
        for (String lemma : NOT_SPENT) {
            if (s.has(lemma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the phrase opens with what was bought ("Dinner with …", "Phone bill from …"), after
     * a merchant's capitalised name at most ("Air Canada flight …"), or with "Expensing".
     */
    private static boolean opensWithPurchase(Sentence s) {
        // "$612 air canada flight": the amount may come first
        int first = s.get(0) != null && s.get(0).kind == Tok.Kind.MONEY ? 1 : 0;
        for (int i = first; i < Math.min(first + 4, s.size()); i++) {
            Tok t = s.get(i);
            if (t.kind != Tok.Kind.WORD) {
                return false;
            }
            Tok next = s.get(i + 1);
            String two = next != null && next.kind == Tok.Kind.WORD ? t.low + " " + next.low : null;
            if (ExpenseCategories.isSpending(t.low)
                    || two != null && ExpenseCategories.isSpending(two)
                    || i > first && RIDES.contains(t.low)
                    || i == 0 && (t.low.equals("expensing") || t.low.equals("expensed"))) {
                return true;
            }
            // a merchant's name before what was bought: "Air Canada flight", typed "air canada flight"
            if (!t.capitalized() && (i > first + 1 || !merchantWord(t))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where what was bought starts in chunk {@code c} when the words before it can only be a merchant's
     * name ("air canada | flight", "uber | ride"), or -1. A chunk that is itself a kind of spending ("office
     * supplies") has no merchant.
     */
    private static int boughtAfterMerchant(Sentence s, Sentence.Chunk c) {
        if (c.size() < 2 || ExpenseCategories.isSpending(clean(s.text(c)))) {
            return -1;
        }
        for (int i = c.from() + 1; i < c.to() && i <= c.from() + 2; i++) {
            String rest = clean(s.slice(i, c.to())).toLowerCase(java.util.Locale.ROOT);
            // one unknown word before one kind of spending may be a compound ("stationery supplies"): only a ride,
            // a kind said in two words or a two-word name is read as a merchant's
            boolean sure = RIDES.contains(rest) || i > c.from() + 1 || i + 1 < c.to();
            if (sure && (ExpenseCategories.isSpending(rest) || RIDES.contains(rest))) {
                for (int j = c.from(); j < i; j++) {
                    if (!merchantWord(s.get(j))) {
                        return -1;
                    }
                }
                return i;
            }
        }
        return -1;
    }

    /** Whether only the amount and the verb "expense" come before chunk {@code c}. */
    private static boolean opensPurchase(Sentence s, Sentence.Chunk c) {
        for (int j = 0; j < c.from(); j++) {
            if (s.get(j).kind != Tok.Kind.MONEY && !s.get(j).is("expense")) {
                return false;
            }
        }
        return true;
    }

    /** A lower-case word that can open a merchant's name: not a verb, a pronoun or a grammar word. */
    private static boolean merchantWord(Tok t) {
        return t.low.length() > 2
                && !ExpenseCategories.isSpending(t.low)
                && (!RIDES.contains(t.low) || t.low.equals("uber") || t.low.equals("lyft"))
                && !Sentence.STOP.contains(t.low)
                && !Sentence.isPrep(t.low)
                && !Lexicon.isKnown(t.low)
                && !KEYWORDS.contains(t.low);
    }

    /** Ways of paying that only a payer uses ("cash" and cards are paid by me as often as to me). */
    private static final Set<String> RECEIVED_BY =
            Set.of("cheque", "check", "e-transfer", "etransfer", "wire", "ach", "interac", "remittance", "deposit");

    /** True when a cheque, a wire or a transfer is said with "from" after it: money someone sent. */
    private static boolean chequeFrom(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.kind == Tok.Kind.WORD && RECEIVED_BY.contains(t.low)) {
                for (int j = i + 1; j < Math.min(s.size(), i + 5); j++) {
                    if (s.get(j).isLow("from")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Verbs that open a phrase about money spent. */
    private static final Set<String> SPENT =
            Set.of("bought", "purchased", "paid", "spent", "grabbed", "ordered", "expensing", "expensed", "picked");

    /** Rides and trips: "to X" after one says where it went. */
    private static final Set<String> RIDES = Set.of(
            "train", "trains", "flight", "flights", "taxi", "cab", "uber", "lyft", "bus", "ride", "trip", "drive",
            "ticket", "tickets", "fare", "airfare", "ferry", "shuttle");

    /**
     * The ride's words to or from the place of {@code c} ("train ticket to Paris") as the note, or
     * added to the note read before them.
     */
    private static void rideNote(Fill f, int to, Sentence.Chunk c) {
        Sentence s = f.s;
        int k = to - 1;
        while (k > 0) {
            Tok w = s.get(k - 1);
            if (w.kind != Tok.Kind.WORD
                    || w.capitalized()
                    || !(RIDES.contains(w.low) || ExpenseCategories.isPurchase(w.low))) {
                break;
            }
            k--;
        }
        String said = s.slice(k, c.to());
        Object note = f.slots.get("note");
        String low = said.toLowerCase(java.util.Locale.ROOT);
        if (note == null) {
            f.put("note", said);
        } else if (low.startsWith(String.valueOf(note).toLowerCase(java.util.Locale.ROOT))
                || low.contains(" " + String.valueOf(note).toLowerCase(java.util.Locale.ROOT) + " ")) {
            f.slots.put("note", said);
        } else {
            f.slots.put("note", note + ", " + s.slice(to, c.to()));
        }
    }

    /** Where "to" or "from" is when a ride word comes right before it in front of {@code c} ("train to London"), or -1. */
    private static int rideTo(Sentence s, Sentence.Chunk c) {
        int i = c.from() - 1;
        while (i >= 0 && Sentence.ARTICLES.contains(s.get(i).low)) {
            i--;
        }
        Tok to = s.get(i);
        Tok ride = s.get(i - 1);
        return to != null
                        && (to.low.equals("to") || to.low.equals("from"))
                        && ride != null
                        && ride.kind == Tok.Kind.WORD
                        && RIDES.contains(ride.low)
                ? i
                : -1;
    }

    private static final Set<String> MEALS =
            Set.of("meal", "meals", "lunch", "dinner", "breakfast", "coffee", "drinks", "entertainment");

    /** True when the expense is a meal, where "with X" says who it was with, not who was paid. */
    private static boolean mealWith(Fill f) {
        for (Tok t : f.s.toks) {
            if (t.kind == Tok.Kind.WORD && MEALS.contains(t.low)) {
                return true;
            }
        }
        return false;
    }

    /** Words before an amount that make it an invoice list's least amount ("over", "of", "worth" …). */
    private static final Set<String> INVOICE_OVER =
            Set.of("over", "above", "than", "least", "exceeding", ">", "from", "of", "worth");

    /** Words before an amount that make it an expense list's least amount. */
    private static final Set<String> EXPENSE_OVER = Set.of("over", "above", "exceeding", "than", "least");

    /**
     * The least amount a list asks for: an amount said after one of {@code cues} ("over $1,000", "at
     * least $50"), its words marked used; {@code usedToo} reads an amount another slot read already.
     */
    private static void minAmount(Fill f, Set<String> cues, boolean usedToo) {
        Sentence s = f.s;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            Tok p = s.get(i - 1);
            if (t.kind == Tok.Kind.MONEY && (usedToo || !t.used) && p != null && cues.contains(p.low)) {
                f.put("min_amount", ((MoneyExtractor.MoneyMention) t.value).money());
                t.used = true;
                p.used = true;
                useLow(s, "more", "greater", "bigger", "larger", "at");
            }
        }
    }

    private static void expenseList(Fill f) {
        Sentence s = f.s;
        range(f);
        // "which expenses over $100 were there …", "expenses above 250.00": the least amount asked for
        minAmount(f, EXPENSE_OVER, false);
        for (Sentence.Chunk c : s.chunks()) {
            if (s.get(c.from()).used) {
                continue;
            }
            NameRef.Kind k = explicitKind(s, c);
            Tok b = s.before(c);
            Tok a = s.after(c);
            String bl = lowOf(b);
            String text = s.text(c);
            boolean lower = s.allLower(c);
            s.use(c);
            if (k != null) {
                f.ref(k, text);
            } else if (a != null && a.is("expense")) {
                f.put("category", clean(text));
            } else if (bl.equals("at") || bl.equals("from")) {
                f.put("vendor", clean(text));
            } else if (lower) {
                f.put("category", clean(text));
                guessedCategory(f, text);
            } else {
                f.ref(NameRef.Kind.TARGET, text);
            }
        }
    }

    /**
     * A lower-case phrase read as the category only because it is lower case ("for zephyr
     * robotics" may be a client): unless it is a category word, the frame is asked about.
     */
    private static void guessedCategory(Fill f, String text) {
        if (!ExpenseCategories.isCategory(clean(text))) {
            f.conf = Math.min(f.conf, Confidence.ACT - 0.05);
        }
    }

    // =====================================================================================
    // invoices

    private static final Pattern NUMERIC = Pattern.compile("\\d{1,6}");
    private static final Set<String> UNITS = Set.of(
            "days",
            "day",
            "units",
            "unit",
            "items",
            "item",
            "pages",
            "page",
            "sessions",
            "session",
            "licenses",
            "licences",
            "seats",
            "articles",
            "posts",
            "videos",
            "weeks");

    /** "net30", "n30", "net-45": payment terms in one word. */
    private static final Pattern NET_TERMS = Pattern.compile("n(?:et)?-?(\\d{1,3})");

    private static Integer dueInDays(Fill f) {
        Sentence s = f.s;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            java.util.regex.Matcher net = NET_TERMS.matcher(t.low);
            if ((t.kind == Tok.Kind.WORD || t.kind == Tok.Kind.NUMBER) && net.matches()) {
                t.used = true;
                return Integer.parseInt(net.group(1));
            }
            if (t.isLow("net")
                    && s.get(i + 1) != null
                    && s.get(i + 1).kind == Tok.Kind.NUMBER
                    && NUMERIC.matcher(s.get(i + 1).text).matches()) {
                t.used = true;
                s.get(i + 1).used = true;
                return Integer.parseInt(s.get(i + 1).text);
            }
            if ((t.isLow("in") || t.isLow("within"))
                    && s.get(i + 1) != null
                    && s.get(i + 1).kind == Tok.Kind.NUMBER
                    && NUMERIC.matcher(s.get(i + 1).text).matches()
                    && s.get(i + 2) != null
                    && (s.get(i + 2).isLow("days")
                            || s.get(i + 2).isLow("day")
                            || s.get(i + 2).isLow("weeks"))) {
                Tok prev = s.get(i - 1);
                int n = Integer.parseInt(s.get(i + 1).text);
                if (s.get(i + 2).isLow("weeks")) {
                    n *= 7;
                }
                t.used = true;
                s.get(i + 1).used = true;
                s.get(i + 2).used = true;
                if (prev != null && (prev.isLow("due") || prev.isLow("payable"))) {
                    prev.used = true;
                }
                return n;
            }
        }
        return null;
    }

    private static LocalDate dueDate(Fill f) {
        Sentence s = f.s;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.kind == Tok.Kind.DATE && !t.used) {
                Tok p = s.get(i - 1);
                Tok pp = s.get(i - 2);
                boolean due = p != null
                        && (p.isLow("due")
                                || p.isLow("by")
                                || p.isLow("on") && pp != null && pp.isLow("due")
                                || p.isLow("before")
                                || p.isLow("deadline"));
                if (due) {
                    p.used = true;
                    if (pp != null && pp.isLow("due")) {
                        pp.used = true;
                    }
                    t.used = true;
                    return ((DateExtractor.DateMention) t.value).upcoming();
                }
            }
        }
        return null;
    }

    static void invoiceCreate(Fill f) {
        Sentence s = f.s;
        Integer dueIn = dueInDays(f);
        LocalDate dueDate = dueDate(f);
        if (dueIn != null) {
            f.put("due_in_days", dueIn);
        } else if (dueDate != null) {
            f.put("due_date", dueDate);
        }
        note(f, "notes");
        // send it
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if ((t.is("send") || t.is("email")) && !t.used) {
                f.put("send", Boolean.TRUE);
                t.used = true;
                for (int k = i + 1; k < Math.min(s.size(), i + 4); k++) {
                    Tok n = s.get(k);
                    if (n.isLow("it")
                            || n.isLow("to")
                            || n.isLow("them")
                            || n.isLow("over")
                            || n.isLow("him")
                            || n.isLow("her")
                            || n.is("client")) {
                        n.used = true;
                    }
                }
            }
        }
        String desc = null;
        List<InvoiceLine> several = InvoiceLines.read(s);
        if (several != null) {
            f.put("lines", several);
        }
        // money: a rate ("$120/hour", "at $150" or "@ $150" after hours) and a total
        Tok durTok = several != null ? null : s.first(Tok.Kind.DURATION);
        Money rate = null;
        Money total = null;
        Money dayRate = null;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.kind != Tok.Kind.MONEY || t.used) {
                continue;
            }
            MoneyExtractor.MoneyMention mm = (MoneyExtractor.MoneyMention) t.value;
            Tok p = s.get(i - 1);
            boolean afterDur = durTok != null && s.toks.indexOf(durTok) < i;
            boolean at = p != null && (p.isLow("at") || p.text.equals("@"));
            if (mm.perDay() && dayRate == null) {
                dayRate = mm.money();
                t.used = true;
                if (at) {
                    p.used = true;
                }
            } else if (rate == null && (mm.perHour() || at && afterDur)) {
                rate = mm.money();
                t.used = true;
                if (at) {
                    p.used = true;
                }
            } else if (total == null) {
                total = mm.money();
                t.used = true;
            }
        }
        if (rate == null && durTok != null) {
            rate = bareRate(s);
        }
        // the client
        String client = null;
        for (Sentence.Chunk c : s.chunks()) {
            Tok b = s.before(c);
            if (b != null && b.is("client")) {
                client = s.text(c);
                b.used = true;
                s.use(c);
                break;
            }
        }
        if (client == null && f.verb >= 0) {
            Tok vt = s.get(f.verb);
            if (vt.lemma.equals("invoice") || vt.lemma.equals("bill")) {
                Sentence.Chunk c = beforeQuantity(s, s.chunkAt(f.verb + 1));
                if (c != null) {
                    client = s.text(c);
                    s.use(c);
                    if (s.allLower(c)) {
                        f.conf -= 0.1;
                    }
                }
            }
        }
        if (client == null) {
            for (int i = 0; i < s.size() && client == null; i++) {
                if (s.get(i).kind == Tok.Kind.POSS) {
                    Sentence.Chunk c = s.chunkBefore(i);
                    if (c != null) {
                        client = s.text(c);
                        s.use(c);
                        s.get(i).used = true;
                    }
                }
            }
        }
        if (client == null) {
            for (Sentence.Chunk c : s.chunks()) {
                String bl = lowOf(s.before(c));
                if ((bl.equals("for") || bl.equals("to")) && !s.allLower(c)) {
                    client = s.text(c);
                    s.use(c);
                    break;
                }
            }
        }
        if (client == null) {
            for (Sentence.Chunk c : s.chunks()) {
                Tok b = s.before(c);
                if (!s.allLower(c) && (b == null || b.kind == Tok.Kind.PUNCT || b.used)) {
                    client = s.text(c);
                    s.use(c);
                    f.conf -= 0.1;
                    break;
                }
            }
        }
        if (client != null) {
            f.put("client", clean(client));
        }
        Tok bareTotal = null;
        if (total == null && rate == null) {
            for (Tok t : s.toks) {
                Tok unit = s.get(s.toks.indexOf(t) + 1);
                if (t.kind == Tok.Kind.NUMBER
                        && !t.used
                        && t.text.length() >= 2
                        && NUMERIC.matcher(t.text).matches()
                        && (unit == null || !UNITS.contains(unit.low))) { // "10 days of …" is a count, not $10
                    total = new Money(new BigDecimal(t.text), null);
                    t.used = true;
                    bareTotal = t;
                    f.conf -= 0.1;
                    break;
                }
            }
        }
        // "2 days of training at $800 per day": a quantity of units
        Money unitRate = null;
        BigDecimal units = null;
        if (durTok == null && several == null) {
            int[] each = eachPrice(s);
            if (each != null) {
                // "4 website banners at $125 each": a count of things at a price each
                Tok n = s.get(each[0]);
                Tok m = s.get(each[2]);
                units = new BigDecimal(n.text);
                unitRate = m.kind == Tok.Kind.MONEY
                        ? ((MoneyExtractor.MoneyMention) m.value).money()
                        : new Money(new BigDecimal(m.text), null);
                if (each[1] < 0) { // "8 x 150 consulting": the words after the price
                    if (-each[1] > each[2] + 1) {
                        desc = s.slice(each[2] + 1, -each[1]);
                    }
                    for (int k = each[0]; k < Math.max(-each[1], each[2] + 1); k++) {
                        s.get(k).used = true;
                    }
                } else {
                    desc = s.slice(each[0] + 1, each[1]);
                    for (int k = each[0]; k <= each[3]; k++) {
                        s.get(k).used = true;
                    }
                }
                if (total != null && total.amount().compareTo(unitRate.amount()) == 0) {
                    total = null; // the price each was taken as the total above
                    f.slots.remove("total");
                }
                rate = unitRate;
            }
        }
        if (durTok == null) {
            for (int i = 0; i + 2 < s.size(); i++) {
                Tok n = s.get(i);
                Tok u = s.get(i + 1);
                boolean of = s.get(i + 2).isLow("of");
                if (n.kind == Tok.Kind.NUMBER
                        && !n.used
                        && NUMERIC.matcher(n.text).matches()
                        && UNITS.contains(u.low)
                        && (of || dayRate != null && (u.low.startsWith("day")))) {
                    // "3 days of training at 1,200/day"; with a day's rate said, "2 days training 1,200/day" and
                    // "3 days @ 1200/day security audit" (what was done after the rate)
                    units = new BigDecimal(n.text);
                    n.used = true;
                    u.used = true;
                    int j = of ? s.skipArticles(i + 3) : i + 2;
                    while (!of && j < s.size() && s.get(j).used) {
                        j++;
                    }
                    int e = j;
                    while (s.nameable(e)) {
                        e++;
                    }
                    if (e > j) {
                        desc = s.slice(j, e);
                        s.use(new Sentence.Chunk(j, e));
                        if (of) {
                            s.get(i + 2).used = true;
                        }
                    }
                    break;
                }
            }
            if (units != null && dayRate != null) {
                unitRate = dayRate;
            } else if (units != null && total != null) {
                int mi = -1;
                for (int i = 0; i < s.size(); i++) {
                    Tok t = s.get(i);
                    if (t.kind == Tok.Kind.MONEY && ((MoneyExtractor.MoneyMention) t.value).money() == total) {
                        mi = i;
                    }
                }
                Tok per = s.get(mi + 1);
                Tok unitWord = s.get(mi + 2);
                if (per != null
                        && (per.isLow("per") || per.isLow("a") || per.isLow("each") || per.text.equals("/"))
                        && (unitWord == null || UNITS.contains(unitWord.low) || unitWord.low.endsWith("day"))) {
                    unitRate = total;
                    total = null;
                    per.used = true;
                    if (unitWord != null) {
                        unitWord.used = true;
                    }
                }
            }
        }
        if (durTok != null) {
            int di = s.toks.indexOf(durTok);
            durTok.used = true;
            if (s.get(di + 1) != null && s.get(di + 1).isLow("of")) {
                int j = s.skipArticles(di + 2);
                int e = j;
                while (e < s.size()
                        && (s.nameable(e)
                                || e == j
                                        && s.get(e).kind == Tok.Kind.WORD
                                        && !s.get(e).used
                                        && !Sentence.STOP.contains(s.get(e).low))) {
                    e++;
                }
                if (e > j) {
                    e = InvoiceLines.overAnd(s, e);
                    desc = s.slice(j, e);
                    s.use(new Sentence.Chunk(j, e));
                    s.get(di + 1).used = true;
                }
            }
        }
        if (desc == null) {
            for (Sentence.Chunk c : s.chunks()) {
                if (s.get(c.from()).used) {
                    continue;
                }
                String bl = lowOf(s.before(c));
                if (bl.equals("for")
                        || bl.equals("of")
                        || bareTotal != null && s.before(c) == bareTotal // "inv acme 2000 logo design"
                        || bl.equals("MONEY")
                        || bl.equals("DURATION")
                        || bl.equals("on")) {
                    Sentence.Chunk whole = new Sentence.Chunk(c.from(), InvoiceLines.overAnd(s, c.to()));
                    desc = s.slice(whole.from(), whole.to());
                    s.use(whole);
                    break;
                }
            }
        }
        if (desc != null && s.hasLow("work")) {
            useLow(s, "work");
        }
        if (total != null) {
            f.put("total", total);
        }
        BigDecimal qty = null;
        if (durTok != null) {
            qty = Decimals.plain(BigDecimal.valueOf(((DurationExtractor.DurationMention) durTok.value).minutes())
                    .divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP));
        }
        if (units != null) {
            qty = units;
            rate = unitRate;
        }
        Money unit = rate;
        if (unit == null && total != null) {
            unit = qty == null
                    ? total
                    : new Money(total.amount().divide(qty, 2, RoundingMode.HALF_UP), total.currencyOrNull());
        }
        if (desc != null || qty != null) {
            f.put("lines", List.of(new InvoiceLine(desc == null ? null : clean(desc), qty, unit)));
        }
        if (desc == null && qty == null && total == null) {
            f.conf -= 0.05;
        }
    }

    /**
     * "N things at PRICE each": the count's index, the end of the things' words, the price's index
     * and the last index ("each", "apiece", "a piece", "per unit"); or null.
     */
    private static int[] eachPrice(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            Tok n = s.get(i);
            if (n.kind != Tok.Kind.NUMBER || n.used || !n.text.matches("[1-9]\\d{0,2}")) {
                continue;
            }
            Tok x = s.get(i + 1);
            Tok p = s.get(i + 2);
            if (x != null
                    && (x.isLow("x") || x.text.equals("×") || x.text.equals("*"))
                    && p != null
                    && (p.kind == Tok.Kind.MONEY
                            || p.kind == Tok.Kind.NUMBER
                                    && NUMERIC.matcher(p.text).matches())) {
                // "8 x 150 consulting": a count times a price, then what it is
                int e = i + 3;
                while (e < s.size()
                        && e - (i + 3) < 4
                        && s.get(e).kind == Tok.Kind.WORD
                        && !s.get(e).used
                        && !InvoiceLinesEnds.contains(s.get(e).low)
                        && !Sentence.STOP.contains(s.get(e).low)) {
                    e++;
                }
                return new int[] {i, -e, i + 2, i + 2};
            }
            int e = i + 1;
            while (e < s.size()
                    && e - i <= 4
                    && s.get(e).kind == Tok.Kind.WORD
                    && !s.get(e).used
                    && !s.get(e).isLow("at")
                    && !Sentence.STOP.contains(s.get(e).low)) {
                e++;
            }
            if (e == i + 1
                    || s.get(e) == null
                    || !(s.get(e).isLow("at") || s.get(e).text.equals("@"))) {
                continue;
            }
            Tok m = s.get(e + 1);
            if (m == null
                    || !(m.kind == Tok.Kind.MONEY
                            || m.kind == Tok.Kind.NUMBER
                                    && NUMERIC.matcher(m.text).matches())) {
                continue;
            }
            Tok a = s.get(e + 2);
            if (a != null && (a.isLow("each") || a.isLow("apiece"))) {
                return new int[] {i, e, e + 1, e + 2};
            }
            Tok b = s.get(e + 3);
            if (a != null
                    && b != null
                    && (a.isLow("a") && b.isLow("piece") || a.isLow("per") && (b.isLow("unit") || b.isLow("item")))) {
                return new int[] {i, e, e + 1, e + 3};
            }
        }
        return null;
    }

    /** Words that end a line's description (due terms, sending, a rate). */
    private static final Set<String> InvoiceLinesEnds = Set.of(
            "due", "net", "send", "email", "e-mail", "payable", "by", "on", "to", "with", "at", "per", "and", "plus",
            "for", "in");

    /** A name chunk cut before a quantity of units: "Acme 2 days of training" is "Acme". */
    private static Sentence.Chunk beforeQuantity(Sentence s, Sentence.Chunk c) {
        if (c == null) {
            return null;
        }
        int[] each = eachPrice(s);
        for (int i = c.from() + 1; i < c.to(); i++) {
            Tok t = s.get(i);
            Tok u = s.get(i + 1);
            if (t.kind == Tok.Kind.NUMBER && (u != null && UNITS.contains(u.low) || each != null && each[0] == i)) {
                return new Sentence.Chunk(
                        c.from(), i); // "Acme 2 days of training", "northgate 3 landing pages at 400 each"
            }
        }
        return c;
    }

    /** Words after which "at 150" still ends as a rate: "4 hrs consulting at 150 due in 15 days". */
    private static final Set<String> RATE_FOLLOWERS = Set.of(
            "due", "net", "and", "plus", "send", "email", "e-mail", "please", "then", "payable", "by", "on", "for",
            "an", "a", "per", "hourly", "dated", "date", "from", "with", "to");

    /** "at 95 per hour", "95/h" without a currency sign. */
    private static Money bareRate(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.kind == Tok.Kind.NUMBER && !t.used && NUMERIC.matcher(t.text).matches()) {
                Tok n = s.get(i + 1);
                Tok nn = s.get(i + 2);
                Tok p = s.get(i - 1);
                if (p != null
                        && (p.isLow("at") || p.text.equals("@"))
                        && (n == null
                                || n.kind == Tok.Kind.PUNCT
                                || n.kind == Tok.Kind.DATE
                                || n.kind == Tok.Kind.WORD
                                        && (RATE_FOLLOWERS.contains(n.low)
                                                || NET_TERMS.matcher(n.low).matches()))) {
                    t.used = true;
                    p.used = true;
                    return new Money(new BigDecimal(t.text), null);
                }
                if (n == null) {
                    continue;
                }
                if (n.isLow("per") && nn != null && nn.is("hour")
                        || n.isLow("an") && nn != null && nn.is("hour")
                        || n.isLow("hourly")) {
                    t.used = true;
                    n.used = true;
                    if (nn != null) {
                        nn.used = true;
                    }
                    return new Money(new BigDecimal(t.text), null);
                }
            }
        }
        return null;
    }

    private static void invoiceList(Fill f) {
        Sentence s = f.s;
        String status = statusWord(s, -1);
        if (status == null && s.has("send")) {
            status = "sent";
            use(s, "send");
        }
        if (status != null) {
            f.put("status", status);
            use(s, "unpaid", "outstanding", "overdue", "paid", "draft", "sent", "partial");
            useLow(s, "open", "owing", "pending");
        }
        // older than N days
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.kind == Tok.Kind.NUMBER && NUMERIC.matcher(t.text).matches() && s.get(i + 1) != null) {
                Tok unit = s.get(i + 1);
                int mult = unit.isLow("days") || unit.isLow("day")
                        ? 1
                        : unit.isLow("weeks") || unit.isLow("week")
                                ? 7
                                : unit.isLow("months") || unit.isLow("month") ? 30 : 0;
                if (mult == 0) {
                    continue;
                }
                Tok after = s.get(i + 2);
                Tok before = s.get(i - 1);
                boolean old = after != null
                                && (after.isLow("old") || after.lemma.equals("overdue") || after.isLow("ago"))
                        || before != null && (before.isLow("than") || before.isLow("over") || before.isLow("least"));
                if (old) {
                    f.put("older_than_days", Integer.parseInt(t.text) * mult);
                    t.used = true;
                    unit.used = true;
                    if (after != null && (after.isLow("old") || after.isLow("ago"))) {
                        after.used = true;
                    }
                    useLow(s, "older", "than", "over", "more", "at", "least");
                }
            }
        }
        // over $1,000
        minAmount(f, INVOICE_OVER, true);
        range(f);
        String client = refName(f);
        if (client != null) {
            f.put("client", client);
        }
    }

    /** A client named in the phrase: "client X", "X's", "for/to/from/of X", or a capitalised name. */
    static String refName(Fill f) {
        Sentence s = f.s;
        for (Sentence.Chunk c : s.chunks()) {
            Tok b = s.before(c);
            if (b != null && b.is("client") && !s.get(c.from()).used) {
                b.used = true;
                s.use(c);
                return clean(s.text(c));
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).kind == Tok.Kind.POSS) {
                Sentence.Chunk c = s.chunkBefore(i);
                if (c != null) {
                    s.use(c);
                    s.get(i).used = true;
                    return clean(s.text(c));
                }
            }
        }
        for (Sentence.Chunk c : s.chunks()) {
            String bl = lowOf(s.before(c));
            if (Set.of("for", "to", "from", "of", "on", "by", "with", "does", "about")
                            .contains(bl)
                    && !s.allLower(c)) {
                s.use(c);
                return clean(s.text(c));
            }
        }
        for (Sentence.Chunk c : s.chunks()) {
            if (!s.allLower(c)) {
                s.use(c);
                f.conf -= 0.05;
                return clean(s.text(c));
            }
        }
        for (Sentence.Chunk c : s.chunks()) {
            s.use(c);
            f.conf -= 0.2;
            return clean(s.text(c));
        }
        return null;
    }

    private static void invoiceRef(Fill f, IntentType type) {
        Sentence s = f.s;
        String number = invoiceNumber(s, true);
        if (number != null) {
            f.put("invoice", number);
        }
        Tok email = s.first(Tok.Kind.EMAIL);
        if (email != null && type == IntentType.INVOICE_SEND) {
            email.used = true;
            f.put("email", (String) email.value);
            Tok p = s.get(s.toks.indexOf(email) - 1);
            if (p != null && p.isLow("to")) {
                p.used = true;
            }
        }
        useLow(s, "latest", "last", "recent", "newest", "current", "most", "please");
        if (number == null) {
            String client = refName(f);
            if (client != null) {
                f.put("client", client);
                f.put("which", "latest");
            }
        }
        useLow(s, "to", "them", "him", "her", "client", "in");
        use(s, "client");
    }

    private static void payment(Fill f) {
        Sentence s = f.s;
        String number = invoiceNumber(s, true);
        if (number != null) {
            f.put("invoice", number);
        }
        Money amount = firstMoney(f, true);
        int bare = amount == null ? bareAmountIndex(s) : -1;
        if (bare >= 0) {
            amount = new Money(new BigDecimal(s.get(bare).text), null);
            s.get(bare).used = true;
            f.conf -= 0.05;
        }
        if (amount == null) {
            int pi = s.find("paid");
            if (pi >= 0
                    && s.get(pi + 1) != null
                    && s.get(pi + 1).kind == Tok.Kind.NUMBER
                    && NUMERIC.matcher(s.get(pi + 1).text).matches()) {
                amount = new Money(new BigDecimal(s.get(pi + 1).text), null);
                s.get(pi + 1).used = true;
                f.conf -= 0.05;
            }
        }
        f.put("amount", amount);
        // the method, as said
        String low = MoneyExtractor.lowerSameLength(s.text);
        for (String m : METHODS.keySet()) {
            int at = indexOfWord(low, m);
            if (at >= 0) {
                f.put("method", s.text.substring(at, at + m.length()));
                for (Tok t : s.toks) {
                    if (t.start >= at && t.end <= at + m.length()) {
                        t.used = true;
                        Tok p = s.get(s.toks.indexOf(t) - 1);
                        if (p != null && (p.isLow("by") || p.isLow("via") || p.isLow("with") || p.isLow("in"))) {
                            p.used = true;
                        }
                    }
                }
                break;
            }
        }
        LocalDate day = day(f, false);
        if (day != null) {
            f.put("date", day);
        }
        useLow(s, "in", "full", "as", "on", "for", "of", "was", "latest", "last", "recent", "most");
        String client = null;
        // the subject of "paid": "Globex paid ..."
        int pi = s.find("paid");
        if (pi > 0) {
            Sentence.Chunk c = s.chunkBefore(pi);
            if (c != null && !s.allLower(c)) {
                client = s.text(c);
                s.use(c);
            }
        }
        if (client == null) {
            String r = refName(f);
            client = r;
        }
        if (client != null) {
            f.put("client", clean(client));
        }
    }

    private static int indexOfWord(String low, String w) {
        int from = 0;
        while (true) {
            int at = low.indexOf(w, from);
            if (at < 0) {
                return -1;
            }
            boolean left = at == 0 || !Character.isLetterOrDigit(low.charAt(at - 1));
            int end = at + w.length();
            boolean right = end >= low.length() || !Character.isLetterOrDigit(low.charAt(end));
            if (left && right) {
                return at;
            }
            from = at + 1;
        }
    }

    // =====================================================================================
    // clients

    private static String currency(Sentence s) {
        String low = MoneyExtractor.lowerSameLength(s.text);
        for (Map.Entry<String, String> e : CURRENCY_WORDS.entrySet()) {
            int at = indexOfWord(low, e.getKey());
            if (at >= 0) {
                for (Tok t : s.toks) {
                    if (t.start >= at && t.end <= at + e.getKey().length()) {
                        t.used = true;
                    }
                }
                useLow(s, "pays", "pay", "billed", "bills", "currency", "dollars", "in");
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean personName(Sentence s, Sentence.Chunk c, String email) {
        int words = c.size();
        if (words < 2 || words > 3) {
            return false;
        }
        boolean lower = s.allLower(c); // typed all in lower case ("new client jane smith"): the same evidence decides
        for (int i = c.from(); i < c.to(); i++) {
            Tok t = s.get(i);
            if (t.kind != Tok.Kind.WORD || !(t.capitalized() || lower) || CORP.contains(t.low)) {
                return false;
            }
        }
        String first = s.get(c.from()).low;
        if (FIRST_NAMES.contains(first)) {
            return true;
        }
        return email != null && email.toLowerCase(java.util.Locale.ROOT).startsWith(first);
    }

    private static void personInto(Fill f, Sentence s, Sentence.Chunk c) {
        f.put("first_name", s.get(c.from()).text);
        f.put("last_name", s.slice(c.from() + 1, c.to()));
        s.use(c);
    }

    private static void clientCreate(Fill f) {
        Sentence s = f.s;
        Tok email = s.first(Tok.Kind.EMAIL);
        Tok phone = s.first(Tok.Kind.PHONE);
        if (email != null) {
            email.used = true;
            f.put("email", (String) email.value);
        }
        if (phone != null) {
            phone.used = true;
            f.put("phone", (String) phone.value);
        }
        useLow(s, "email", "e-mail", "phone", "tel", "mobile", "cell", "number");
        String cur = currency(s);
        if (cur != null) {
            f.put("currency", cur);
        }
        String mail = email == null ? null : (String) email.value;
        // "contact First Last"
        int ci = s.findLow("contact");
        if (ci < 0) {
            ci = s.findLow("contacts");
        }
        if (ci >= 0) {
            s.get(ci).used = true;
            Tok p = s.get(ci - 1);
            if (p != null && (p.isLow("with") || p.isLow("main"))) {
                p.used = true;
            }
            Sentence.Chunk c = s.chunkAt(ci + 1);
            if (c != null) {
                if (c.size() >= 2) {
                    personInto(f, s, c);
                } else {
                    f.put("first_name", s.text(c));
                    s.use(c);
                }
            }
        }
        Sentence.Chunk name = null;
        for (Sentence.Chunk c : s.chunks()) {
            Tok b = s.before(c);
            Tok a = s.after(c);
            if (b != null && (b.is("client") || b.isLow("called") || b.isLow("named") || b.is("new"))) {
                name = c;
                break;
            }
            if (a != null && (a.isLow("as") && s.get(c.to() + 1) != null) && s.find("client") > c.to()) {
                name = c;
                break;
            }
        }
        if (name == null) {
            for (Sentence.Chunk c : s.chunks()) {
                if (!s.allLower(c)) {
                    name = c;
                    f.conf -= 0.1;
                    break;
                }
            }
        }
        if (name != null) {
            useLow(s, "called", "named", "as", "who", "they");
            if (personName(s, name, mail) && !f.slots.containsKey("first_name")) {
                personInto(f, s, name);
            } else {
                f.put("organization", clean(s.text(name)));
                s.use(name);
            }
        }
    }

    private static void clientUpdate(Fill f) {
        Sentence s = f.s;
        Tok email = s.first(Tok.Kind.EMAIL);
        Tok phone = s.first(Tok.Kind.PHONE);
        if (email != null) {
            email.used = true;
            f.put("email", (String) email.value);
        }
        if (phone != null) {
            phone.used = true;
            f.put("phone", (String) phone.value);
        }
        boolean rename = s.has("rename") || s.hasLow("name") && !s.hasLow("contact");
        boolean contact = s.hasLow("contact") || s.hasSeq("contact", "name") || s.hasLow("person");
        useLow(
                s, "email", "e-mail", "address", "phone", "number", "contact", "name", "person", "of", "for", "to",
                "is", "new", "mobile", "cell");
        String client = null;
        Sentence.Chunk newValue = null;
        int to = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).isLow("to") || s.get(i).isLow("is")) {
                to = i;
            }
        }
        if (to >= 0 && email == null && phone == null) {
            Sentence.Chunk c = s.chunkAt(to + 1);
            if (c != null) {
                newValue = c;
                s.use(c);
            }
        }
        client = refName(f);
        if (client != null) {
            f.put("client", client);
        }
        if (newValue != null) {
            if (contact && personLike(s, newValue)) {
                personInto(f, s, newValue);
            } else if (rename || !contact) {
                f.put("organization", clean(s.text(newValue)));
            } else {
                f.put("first_name", s.text(newValue));
            }
        }
    }

    private static boolean personLike(Sentence s, Sentence.Chunk c) {
        return c.size() >= 2 && c.size() <= 3 && s.allCapitalized(c);
    }

    private static void clientShow(Fill f) {
        useLow(f.s, "me", "details", "show", "look", "up");
        String c = refName(f);
        if (c != null) {
            f.put("client", c);
        }
    }

    private static void clientList(Fill f) {
        Sentence s = f.s;
        if (s.has("unpaid") || s.has("outstanding") || s.has("balance") || s.has("overdue")) {
            f.put("has_outstanding", Boolean.TRUE);
            use(s, "unpaid", "outstanding", "balance", "overdue", "invoice");
        }
    }

    // =====================================================================================
    // projects

    private static void projectCreate(Fill f) {
        Sentence s = f.s;
        LocalDate due = dueDate(f);
        f.put("due_date", due);
        // budget
        int bi = s.find("budget");
        if (bi >= 0) {
            s.get(bi).used = true;
            for (int i = Math.max(0, bi - 3); i < Math.min(s.size(), bi + 4); i++) {
                Tok t = s.get(i);
                if (t.kind == Tok.Kind.DURATION && !t.used) {
                    int min = ((DurationExtractor.DurationMention) t.value).minutes();
                    f.put(
                            "budget_hours",
                            Decimals.plain(
                                    BigDecimal.valueOf(min).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)));
                    t.used = true;
                } else if (t.kind == Tok.Kind.MONEY
                        && !t.used
                        && !((MoneyExtractor.MoneyMention) t.value).perHour()
                        && !f.slots.containsKey("budget_amount")
                        && (i > bi || !s.hasBetween(i, bi, "and", ",", "price", "rate", "fee"))) {
                    // "a $5,000 budget", not "a fixed price of $8,500 and a budget of 50 hours"
                    f.put(
                            "budget_amount",
                            ((MoneyExtractor.MoneyMention) t.value).money()); // "$140 per hour" is the rate
                    t.used = true;
                }
            }
            useLow(s, "with", "of");
        }
        boolean fixed = s.hasSeq("fixed", "price") || s.hasLow("fixed-price", "flat", "fixed");
        boolean hourly = s.hasLow("hourly") || s.hasSeq("per", "hour") || s.hasSeq("by", "the", "hour");
        for (Tok t : s.toks) {
            if (t.kind == Tok.Kind.MONEY && !t.used) {
                MoneyExtractor.MoneyMention mm = (MoneyExtractor.MoneyMention) t.value;
                if (mm.perHour() || hourly && !fixed) {
                    hourly = true;
                    f.put("rate", mm.money());
                } else {
                    f.put("fixed_price", mm.money());
                    fixed = true;
                }
                t.used = true;
            }
        }
        if (fixed) {
            f.put("billing_method", "fixed_price");
        } else if (hourly) {
            f.put("billing_method", "hourly");
        }
        useLow(
                s,
                "fixed",
                "price",
                "fixed-price",
                "flat",
                "fee",
                "hourly",
                "at",
                "rate",
                "billed",
                "billing",
                "a",
                "an");
        // title
        Sentence.Chunk title = null;
        for (Sentence.Chunk c : s.chunks()) {
            Tok b = s.before(c);
            if (b != null && (b.isLow("called") || b.isLow("named") || b.isLow("titled"))) {
                title = c;
                break;
            }
        }
        if (title == null) {
            for (Sentence.Chunk c : s.chunks()) {
                Tok b = s.before(c);
                Tok a = s.after(c);
                if (b != null && b.is("project") || a != null && a.is("project")) {
                    title = c;
                    break;
                }
            }
        }
        if (title != null) {
            f.put("title", clean(s.text(title)));
            s.use(title);
            useLow(s, "called", "named", "titled");
        }
        for (Sentence.Chunk c : s.chunks()) {
            Tok b = s.before(c);
            String bl = lowOf(b);
            if (bl.equals("for") || bl.equals("client") || bl.equals("with")) {
                f.put("client", clean(s.text(c)));
                s.use(c);
                if (b.is("client")) {
                    b.used = true;
                }
                break;
            }
        }
    }

    private static void projectShow(Fill f) {
        Sentence s = f.s;
        String name = null;
        for (Sentence.Chunk c : s.chunks()) {
            Tok b = s.before(c);
            Tok a = s.after(c);
            if (b != null && b.is("project") || a != null && a.is("project")) {
                name = s.text(c);
                s.use(c);
                break;
            }
        }
        if (name == null) {
            name = refName(f);
        }
        if (name != null) {
            f.put("project", clean(name));
        }
        useLow(s, "going", "doing", "progress", "left", "against", "remaining", "how", "how's");
    }

    private static void projectList(Fill f) {
        String c = refName(f);
        if (c != null) {
            f.put("client", c);
        }
        useLow(f.s, "active", "open", "current", "have");
    }

    private static void projectAssign(Fill f) {
        Sentence s = f.s;
        String project = null;
        for (Sentence.Chunk c : s.chunks()) {
            Tok b = s.before(c);
            Tok a = s.after(c);
            if (b != null && b.is("project") || a != null && a.is("project")) {
                project = s.text(c);
                s.use(c);
                use(s, "project");
                break;
            }
        }
        if (project != null) {
            f.put("project", clean(project));
        }
        useLow(s, "team", "member", "teammate", "access", "to", "on", "onto", "into");
        use(s, "member");
        Tok email = s.first(Tok.Kind.EMAIL);
        if (email != null) {
            email.used = true;
            f.put("member", (String) email.value);
            return;
        }
        Sentence.Chunk m = s.chunkAt(f.verb + 1);
        if (m == null) {
            for (Sentence.Chunk c : s.chunks()) {
                m = c;
                break;
            }
        }
        if (m != null) {
            f.put("member", clean(s.text(m)));
            s.use(m);
        }
    }
}
