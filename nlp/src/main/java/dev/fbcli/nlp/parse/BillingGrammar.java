package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.Money;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrasings of the intents fb added (docs/intents.md, second part): billing tracked time,
 * estimates, reports, edits and deletes of what was recorded, archiving, timer status. Runs
 * before the original grammar; returns null to let it read the phrase.
 */
final class BillingGrammar {
    private static final Pattern TIMER_STATUS = Pattern.compile(
            "^(?:what'?s|what\\sis)\\s(?:running|on\\sthe\\sclock|the\\stimer"
                    + "(?:\\sat|\\sdoing)?)\\??$|\\btimer\\sstatus\\b|\\bis\\s(?:the|a|my)\\stimer\\s(?:running|on)\\b|"
                    + "^(?:what\\sam\\si|am\\si)\\s(?:tracking|timing)(?:\\sright\\snow|\\snow)?\\??$|\\bhow\\slong\\shas\\sthe\\stimer\\b");
    private static final Pattern TIMER_DISCARD = Pattern.compile(
            "\\b(?:discard|cancel|scrap|throw\\saway|trash|delete|drop|abandon)\\s(?:the\\s|my\\s|this\\s)?"
                    + "(?:running\\s|current\\s)?timer\\b");
    private static final Pattern PROFIT =
            Pattern.compile("\\bprofit\\s(?:and|&)\\sloss\\b|\\bp\\s?&\\s?l\\b|\\bprofit\\b");
    private static final Pattern REVENUE = Pattern.compile(
            "\\brevenue\\b|\\bhow\\smuch\\s(?:did|have)\\si\\s(?:make|made|earn|earned|bill|billed|invoice|invoiced)\\b"
                    + "|\\b(?:income|sales)\\sreport\\b");
    private static final Pattern TAX =
            Pattern.compile("\\b(?:sales\\s)?tax(?:es)?\\s(?:summary|report)\\b|\\bhow\\smuch\\s(?:sales\\s)?tax\\b");
    private static final Pattern AGING =
            Pattern.compile("\\bwho\\sowes\\sme\\sthe\\smost\\b|\\baging\\b|\\bageing\\b|\\baccounts\\sreceivable\\b");
    private static final Pattern PAYMENTS_REPORT = Pattern.compile(
            "\\bhow\\smuch\\s(?:did|have)\\si\\s(?:get|got|gotten|been)\\spaid\\b|\\bwhat\\sdid\\si\\scollect\\b|\\bpayments?\\sreport\\b");
    /** "has invoice 0007 been paid?", "is invoice 12 paid": a question about one invoice, not a payment. */
    private static final Pattern PAID_QUESTION = Pattern.compile(
            "^(?:has|is|was|did)\\s(?:the\\s)?invoice\\s#?(\\d{1,9})\\s(?:been\\s|get\\s|got\\s)?(?:fully\\s)?paid(?:\\syet)?\\s?\\??$");

    private static final Pattern GROUP =
            Pattern.compile("\\b(?:by|per|for\\seach|each)\\s(project|client|service|day|member|month|person|task)\\b");
    private static final Pattern UNBILLED =
            Pattern.compile("\\b(?:unbilled|uninvoiced|not\\s(?:yet\\s)?(?:billed|invoiced))\\b");

    private BillingGrammar() {}

    static IntentType read(Grammar.Fill f) {
        Sentence s = f.s;
        String low = MoneyExtractor.lowerSameLength(s.text).strip();
        Tok verb = s.get(f.verb);
        String v = verb == null || verb.kind != Tok.Kind.WORD ? "" : verb.lemma;
        Matcher paidQ = PAID_QUESTION.matcher(low);
        if (paidQ.find()) {
            useAll(s);
            f.put("invoice", paidQ.group(1));
            f.conf = 0.9;
            return IntentType.INVOICE_SHOW;
        }
        if (TIMER_STATUS.matcher(low).find()) {
            useAll(s);
            f.conf = 0.93;
            return IntentType.TIMER_STATUS;
        }
        if (TIMER_DISCARD.matcher(low).find()) {
            useAll(s);
            f.conf = 0.93;
            return IntentType.TIMER_DISCARD;
        }
        IntentType other = ServiceGrammar.read(f, low, v);
        if (other != null) {
            return other;
        }
        boolean estimate = s.has("estimate") || s.hasLow("estimates", "quote", "quotes");
        // ---- reports
        String report = PROFIT.matcher(low).find()
                ? "profit_loss"
                : TAX.matcher(low).find()
                        ? "tax"
                        : AGING.matcher(low).find()
                                ? "aging"
                                : PAYMENTS_REPORT.matcher(low).find()
                                        ? "payments"
                                        : REVENUE.matcher(low).find() ? "revenue" : null;
        if (report != null && !estimate) {
            f.put("report", report);
            useCues(
                    s,
                    "profit",
                    "and",
                    "&",
                    "loss",
                    "p",
                    "l",
                    "p&l",
                    "revenue",
                    "tax",
                    "taxes",
                    "sales",
                    "summary",
                    "report",
                    "aging",
                    "ageing",
                    "who",
                    "owes",
                    "owe",
                    "me",
                    "most",
                    "how",
                    "much",
                    "did",
                    "have",
                    "i",
                    "make",
                    "made",
                    "earn",
                    "earned",
                    "bill",
                    "billed",
                    "invoice",
                    "invoiced",
                    "get",
                    "got",
                    "gotten",
                    "been",
                    "paid",
                    "what",
                    "collect",
                    "income",
                    "payments",
                    "payment",
                    "show",
                    "run",
                    "give",
                    "accounts",
                    "receivable",
                    "statement",
                    "for",
                    "in",
                    "the",
                    "my",
                    "by");
            Matcher g = GROUP.matcher(low);
            if (g.find() && (g.group(1).equals("month") || g.group(1).equals("client"))) {
                f.put("group_by", g.group(1));
                useCues(s, "month", "client", "per", "each", "monthly");
            }
            Slots.range(f);
            f.conf = 0.92;
            return IntentType.REPORT_SHOW;
        }
        // ---- estimates
        if (estimate) {
            return estimate(f, s, low, v);
        }
        // ---- billing tracked time
        boolean billVerb = v.equals("invoice")
                || v.equals("bill")
                || v.equals("charge")
                || (v.equals("make") || v.equals("create") || v.equals("generate"))
                        && s.has("invoice")
                        && UNBILLED.matcher(low).find();
        if (billVerb
                && s.first(Tok.Kind.DURATION) == null
                && (UNBILLED.matcher(low).find() || s.hasLow("time", "hours", "tracked", "logged", "entries"))
                && (s.first(Tok.Kind.MONEY) == null || hasRate(s))) {
            verb.used = true;
            useCues(
                    s,
                    "invoice",
                    "an",
                    "unbilled",
                    "uninvoiced",
                    "not",
                    "yet",
                    "billed",
                    "invoiced",
                    "time",
                    "hours",
                    "tracked",
                    "logged",
                    "entries",
                    "for",
                    "all",
                    "my",
                    "the",
                    "of",
                    "from",
                    "on",
                    "at");
            Money rate = rate(s);
            if (rate != null) {
                f.put("rate", rate);
            }
            Matcher g = GROUP.matcher(low);
            if (g.find() && (g.group(1).equals("service") || g.group(1).equals("day"))) {
                f.put("group_by", g.group(1));
                useCues(s, "service", "day", "per", "by", "each");
            }
            if (s.has("send") || s.has("email")) {
                f.put("send", Boolean.TRUE);
                useCues(s, "send", "email", "it", "and");
            }
            Slots.range(f);
            Slots.workNames(f);
            f.conf = 0.9;
            return IntentType.INVOICE_FROM_TIME;
        }
        return null;
    }

    /** time.list's added slots: "unbilled" and "per project" / "by client" / "by day". */
    static void timeListExtras(Grammar.Fill f) {
        Sentence s = f.s;
        String low = MoneyExtractor.lowerSameLength(s.text);
        if (UNBILLED.matcher(low).find()) {
            f.put("unbilled", Boolean.TRUE);
            useCues(s, "unbilled", "uninvoiced", "billed", "invoiced", "not", "yet");
        }
        Matcher g = GROUP.matcher(low);
        if (g.find()) {
            String by = g.group(1);
            by = by.equals("person") ? "member" : by.equals("task") ? "service" : by;
            if (!by.equals("month")) {
                f.put("group_by", by);
                useCues(s, g.group(1), "per", "by", "each", "for");
            }
        }
    }

    private static IntentType estimate(Grammar.Fill f, Sentence s, String low, String v) {
        useCues(s, "estimate", "estimates", "quote", "quotes");
        String number = null;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            Tok p = s.get(i - 1);
            if (t.kind == Tok.Kind.NUMBER
                    && p != null
                    && (p.is("estimate") || p.isLow("quote") || p.isLow("#") || p.isLow("no") || p.isLow("number"))) {
                number = t.text.replace("#", "");
                t.used = true;
            } else if (t.kind == Tok.Kind.WORD && t.low.matches("#\\d{1,9}")) {
                number = t.low.substring(1);
                t.used = true;
            }
        }
        IntentType type;
        boolean listing = s.hasLow("which", "list", "what", "estimates", "quotes", "all") && number == null;
        if (!listing && (s.has("accept") || s.hasLow("accepted", "approved", "approve", "signed"))) {
            useCues(s, "accept", "accepted", "approved", "approve", "signed", "mark", "as", "the", "has", "off", "on");
            type = IntentType.ESTIMATE_ACCEPT;
        } else if (s.hasLow("convert", "turn", "into", "make") && s.has("invoice")) {
            useCues(s, "convert", "turn", "into", "make", "an", "invoice", "to", "from", "the");
            type = IntentType.ESTIMATE_CONVERT;
        } else if (v.equals("send") || v.equals("email")) {
            useCues(s, "send", "email", "to", "the");
            type = IntentType.ESTIMATE_SEND;
            ContactCue.email(f);
        } else if (number != null || s.hasLow("latest", "last", "recent", "newest")) {
            useCues(s, "show", "open", "view", "see", "display", "the", "latest", "last", "me");
            type = IntentType.ESTIMATE_SHOW;
        } else if (!listing && s.first(Tok.Kind.MONEY) != null
                || !listing && s.first(Tok.Kind.DURATION) != null
                || !listing && v.equals("quote")
                || !listing && s.hasLow("create", "new", "draft", "make", "write", "prepare")) {
            useCues(s, "create", "new", "draft", "make", "write", "prepare", "an", "a");
            f.conf = 0.9; // the invoice rules lower it where they guess
            InvoiceSlots.invoiceCreate(f);
            f.slots.remove("due_in_days");
            f.slots.remove("due_date");
            return IntentType.ESTIMATE_CREATE;
        } else {
            useCues(s, "list", "show", "my", "all", "which", "what", "has", "have", "the", "open", "me", "see");
            String status = null;
            if (s.has("accept") || s.hasLow("approved")) {
                status = "accepted";
                useCues(s, "accept", "approved");
            }
            for (String w : new String[] {"draft", "sent", "viewed", "accepted", "invoiced"}) {
                if (s.hasLow(w)) {
                    status = w;
                    useCues(s, w);
                }
            }
            f.put("status", status);
            String client = InvoiceSlots.refName(f);
            f.put("client", client);
            f.conf = 0.9;
            return IntentType.ESTIMATE_LIST;
        }
        if (number != null) {
            f.put("estimate", number);
        } else {
            if (s.hasLow("latest", "last", "recent", "newest")) {
                f.put("which", "latest");
                useCues(s, "latest", "last", "most", "recent", "newest");
            }
            String client = InvoiceSlots.refName(f);
            f.put("client", client);
            if (client != null) {
                f.put("which", "latest");
            }
        }
        f.conf = 0.9;
        return type;
    }

    private static boolean hasRate(Sentence s) {
        for (Tok t : s.all(Tok.Kind.MONEY)) {
            if (((MoneyExtractor.MoneyMention) t.value).perHour()) {
                return true;
            }
        }
        return false;
    }

    private static Money rate(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.kind == Tok.Kind.MONEY && !t.used) {
                t.used = true;
                Tok p = s.get(i - 1);
                if (p != null && (p.isLow("at") || p.text.equals("@"))) {
                    p.used = true;
                }
                return ((MoneyExtractor.MoneyMention) t.value).money();
            }
        }
        return null;
    }

    /** Marks every word token among {@code lows} used: they are cues the intent explained. */
    static void useCues(Sentence s, String... lows) {
        for (Tok t : s.toks) {
            if (t.kind != Tok.Kind.WORD && t.kind != Tok.Kind.PUNCT) {
                continue;
            }
            for (String w : lows) {
                if (t.low.equals(w) || t.lemma.equals(w)) {
                    t.used = true;
                    break;
                }
            }
        }
    }

    private static void useAll(Sentence s) {
        for (Tok t : s.toks) {
            t.used = true;
        }
    }

    /** An e-mail address in the phrase, for the "email" slot. */
    private static final class ContactCue {
        static void email(Grammar.Fill f) {
            Tok e = f.s.first(Tok.Kind.EMAIL);
            if (e != null) {
                e.used = true;
                f.put("email", e.value);
            }
        }
    }
}
