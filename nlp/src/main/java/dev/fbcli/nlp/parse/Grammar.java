package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.ClientSlots.*;
import static dev.fbcli.nlp.parse.ExpenseSlots.*;
import static dev.fbcli.nlp.parse.InvoiceSlots.*;
import static dev.fbcli.nlp.parse.ProjectSlots.*;
import static dev.fbcli.nlp.parse.Slots.*;
import static dev.fbcli.nlp.parse.TimeSlots.*;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.Money;
import dev.fbcli.nlp.intent.NameRef;
import dev.fbcli.nlp.intent.PaymentMethod;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The intent grammar: decides the intent from the verbs, nouns and values of a {@link Sentence},
 * then fills that intent's slots from the values and the name chunks around the keywords, through
 * its family's slot logic ({@link TimeSlots}, {@link ExpenseSlots}, {@link InvoiceSlots}, {@link
 * ClientSlots}, {@link ProjectSlots}, sharing {@link Slots}). Its word lists are the resource files
 * {@code words/grammar-*.txt}.
 * Pure: no state between calls.
 */
final class Grammar {

    /** Lemmas that carry the grammar; they are not part of names unless capitalised inside one. */
    static final Set<String> KEYWORDS = Set.copyOf(Speller.read("grammar-keywords.txt"));

    static final Set<String> FILLERS = Set.copyOf(Speller.read("grammar-fillers.txt"));
    static final Set<String> QUESTION = Set.copyOf(Speller.read("grammar-question-words.txt"));
    static final Set<String> ALIEN = Set.copyOf(Speller.read("grammar-alien.txt"));
    static final Set<String> SERVICES = Set.copyOf(Speller.read("grammar-services.txt"));
    static final Set<String> CORP = Set.copyOf(Speller.read("grammar-company-words.txt"));
    static final Set<String> FIRST_NAMES = Set.copyOf(Speller.read("grammar-first-names.txt"));
    /** Why a time entry longer than a day is refused, however it was said. */
    static final String OVER_A_DAY = "one time entry cannot be longer than 24 hours";

    static final Map<String, String> METHODS = new LinkedHashMap<>();
    static final Map<String, String> CURRENCY_WORDS = new LinkedHashMap<>();

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
    static final String SECRETS =
            "(?:system\\s?prompt|api[\\s_-]?keys?|access[\\s_-]?tokens?|refresh[\\s_-]?tokens?|bearer|"
                    + "passwords?|passwd|credentials?|secrets?|private\\s?keys?|client[\\s_-]?secret|"
                    + "tokens?|env\\s?vars?|environment\\s?variables?)";

    static final Pattern INJECTION = Pattern.compile(
            "\\b(?:ignore|disregard|forget|override|bypass)\\b.{0,60}\\b(?:instructions?|prompts?|rules|above|guidelines)\\b"
                    + "|\\bjailbreak\\b|\\bsystem\\s?prompt\\b"
                    // asked for: "show me the api key", "what's the password", "print your tokens", or the secret alone
                    + "|\\b(?:show|reveal|give|tell|print|list|display|output|send|dump|get|read|leak|share|what(?:'s|\\sis|\\sare)"
                    + "|where(?:'s|\\sis|\\sare))\\b[^'\"]{0,40}\\b" + SECRETS
                    + "\\b(?!\\s(?:reset|change|update)s?\\b)"
                    + "|^\\W*(?:(?:my|the|your|our)\\s)?" + SECRETS + "\\W*$");
    static final Pattern SQL = Pattern.compile(
            "^\\s*(?:select\\s.{0,200}\\sfrom\\s|insert\\s+into\\s|update\\s+\\w{1,60}\\s+set\\s|delete\\s+from\\s|"
                    + "drop\\s+(?:table|database|schema)\\b|create\\s+(?:table|database|index)\\b|alter\\s+table\\b|"
                    + "truncate\\s+table\\b)|;\\s*(?:drop|delete|select|insert|update|truncate)\\b|\\bunion\\s+select\\b"
                    + "|'\\s*or\\s+'?1'?\\s*=\\s*'?1|\\bwhere\\s+\\w{1,40}\\s*=");
    static final Pattern SHELL = Pattern.compile(
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

    /**
     * The intent the grammar reads a phrase as, when the intent model chose it ({@link
     * IntentReview#reread}): set around one parse on the parsing thread, never otherwise. The
     * grammar then skips its own decision and fills that intent's slots.
     */
    static final ThreadLocal<IntentType> FORCED = new ThreadLocal<>();

    /** The intents whose slots {@link #fill} reads, which the intent model may choose. */
    static final java.util.Set<IntentType> FILLABLE = java.util.EnumSet.of(
            IntentType.TIME_LOG,
            IntentType.TIME_LIST,
            IntentType.TIMER_START,
            IntentType.TIMER_STOP,
            IntentType.TIMER_STATUS,
            IntentType.EXPENSE_CREATE,
            IntentType.EXPENSE_LIST,
            IntentType.INVOICE_CREATE,
            IntentType.INVOICE_LIST,
            IntentType.INVOICE_SHOW,
            IntentType.INVOICE_SEND,
            IntentType.PAYMENT_RECORD,
            IntentType.CLIENT_CREATE,
            IntentType.CLIENT_UPDATE,
            IntentType.CLIENT_SHOW,
            IntentType.CLIENT_LIST,
            IntentType.PROJECT_CREATE,
            IntentType.PROJECT_SHOW,
            IntentType.PROJECT_LIST,
            IntentType.PROJECT_ASSIGN);

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
        IntentType forced = FORCED.get();
        Frame shaped = forced != null ? null : AddedGrammar.parse(input, text, s, today);
        if (shaped != null) {
            return shaped;
        }
        Fill f = new Fill(s, today);
        f.verb = verbIndex(s);
        IntentType added = forced != null ? null : ChangeGrammar.read(f);
        if (added == null && forced == null) {
            added = BillingGrammar.read(f);
        }
        IntentType type = added != null ? added : forced != null ? forced : classify(s, f);
        if (forced != null) {
            f.conf = 0.75; // the intent is the model's, not a cue the rules read: never acted on unasked
        }
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
            if (type == IntentType.TIME_LOG || type == IntentType.TIMER_START) {
                wholeService(f);
            }
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
     * "start a timer draft review", "log 2h draft review on apollo": a word that begins a kind of work
     * but is a cue of another request ("draft" an invoice), so no step read it and the confidence
     * did not count it as left over, right before the service read, is the service's first word.
     */
    static void wholeService(Fill f) {
        if (!(f.slots.get("service") instanceof String svc)) {
            return;
        }
        Sentence s = f.s;
        String head = svc.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
        for (int i = 1; i < s.size(); i++) {
            if (!s.get(i).low.equals(head)) {
                continue;
            }
            Tok before = s.get(i - 1);
            if (before.kind == Tok.Kind.WORD && !before.used && WORK_TOO.contains(before.low)) {
                before.used = true;
                f.slots.put("service", before.text + " " + svc);
            }
            return;
        }
    }

    /** Cue words of other requests that also begin a kind of work ("draft review", "invoice cleanup"). */
    private static final java.util.Set<String> WORK_TOO = java.util.Set.of(
            "draft",
            "invoice",
            "invoicing",
            "expense",
            "expenses",
            "payment",
            "payments",
            "budget",
            "status",
            "email",
            "receipt",
            "receipts");

    /**
     * "6 hours for Research on the Data Migration project", "$420 for Airfare … to the Apollo
     * project": the name said after "for" was taken as whom the work is for until the phrase named
     * the project; when it is a kind of work (or an expense category) and the frame has none, it is
     * that. Otherwise it stays put aside, and {@link Confidence} counts it as a word not explained.
     */
    static void placeDisplaced(IntentType type, Fill f) {
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
    static void fill(Fill f, IntentType type) {
        switch (type) {
            case TIME_LOG -> timeLog(f);
            case TIME_LIST -> {
                timeList(f);
                AddedGrammar.timeListExtras(f.s, f.slots);
            }
            case TIMER_START -> timerStart(f);
            case TIMER_STOP -> {
                note(f);
                TimeSlots.stopNote(f);
            }
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

    static boolean domainWords(Sentence s) {
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
    static final Pattern AS_CREDIT = Pattern.compile(
            "\\b(?:as|to|in|into) (?:a |the |their |his |her |its )?(?:client'?s? |account )?credit\\b|\\boverpa(?:id|yment)\\b"
                    + "|\\bcredit (?:the |any )?(?:rest|extra|excess|overpayment|remainder|difference)\\b");

    /** "have I paid X", "did we pay X", "I've paid X" — and not "have I been paid" or "paid by". */
    static final java.util.regex.Pattern I_PAID = java.util.regex.Pattern.compile(
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
        /** Names said for whom that no slot holds, besides {@link #displaced}: words the frame does not explain. */
        int dropped;

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
                    } else if (!low.equalsIgnoreCase(String.valueOf(slots.get(kind.slot())))) {
                        dropped++; // "log 2h with Marco on Apollo": a second name, never dropped unasked
                    }
                    return;
                }
            }
            put(kind.slot(), clean(name));
        }
    }

    // =====================================================================================
    // classification

    static int verbIndex(Sentence s) {
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

    static boolean isPlural(Sentence s, String lemma) {
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

    static IntentType classify(Sentence s, Fill f) {
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
    static boolean endsName(Sentence s, int i) {
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
}
