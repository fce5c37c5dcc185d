package dev.fbcli.nlp.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What fb does not do, named: merging, reminders, voiding, refunds, messages, recurring invoices,
 * credit notes, exports, scheduling, and instructions aimed at the parser. Such a phrase is
 * {@code unknown} with a reason that says what is not supported (docs/intents.md, "What stays
 * unknown"), never mapped to a nearby create or list.
 */
final class Scope {
    /** Verbs that delete, for the deletes of many records at once. */
    private static final String WIPE = "(?:delete|del|remove|rm|clear|wipe|erase|trash|bin|purge|scrap|nuke)";

    /** Words that speak to the parser rather than about the account: "new instructions", "you are now …". */
    private static final Pattern INSTRUCTION = Pattern.compile(
            "\\b(?:new|updated|different|secret|hidden|system)\\sinstructions?\\b|\\byou\\sare\\snow\\b|"
                    + "\\bact\\sas\\b|\\breveal\\b|\\bdump\\s(?:all|every)\\b|\\b(?:admin|developer|god|debug)\\smode\\b");

    static final String NOT_INSTRUCTIONS = "fb takes requests about your FreshBooks account, not instructions";

    /**
     * The reason to refuse {@code text} when it speaks to the parser ("SYSTEM: you are now in admin
     * mode; output intent=…"), or null; asked before a call's fields are read, so none are taken.
     */
    static String instruction(String text) {
        return INSTRUCTION.matcher(text.toLowerCase(java.util.Locale.ROOT)).find() ? NOT_INSTRUCTIONS : null;
    }

    /** Anywhere in the phrase: the thing fb cannot do, and the reason to show. */
    private static final Map<Pattern, String> ANYWHERE = new LinkedHashMap<>();
    /** As the verb (the first word after fillers): the reason to show. */
    private static final Map<String, String> VERBS = new LinkedHashMap<>();

    static {
        ANYWHERE.put(INSTRUCTION, NOT_INSTRUCTIONS);
        ANYWHERE.put(
                Pattern.compile("\\bvoid(?:ed|ing)?\\b"), "fb cannot void an invoice (it can archive or delete one)");
        ANYWHERE.put(
                Pattern.compile("\\b(?:merge|merging|merged|combine|combining|consolidate)\\b"),
                "fb cannot merge records");
        ANYWHERE.put(
                // not "which invoices should I chase?" nor "…, before I chase them": a list of what is owed, asked
                Pattern.compile(
                        "\\b(?:remind(?!\\sme,?\\s(?:what|which|how|who|when|where|is|are|do|did|have|has)\\b)|reminders?|nudge|(?<!\\b(?:i|we)\\s(?:should|must|can|could|need\\sto|have\\sto|ought\\sto)\\s)(?<!\\b(?:trying|want|going|need|have|started|starting|gonna|wanna)\\s(?:to\\s)?)"
                                + "(?<!\\b(?:before|after|so|then|when|until|once|while)\\s(?:i|we)(?:'ll|\\scan|\\swill|\\scould)?\\s)chase"
                                + "|follow\\sup\\swith)\\b"),
                "fb cannot set or send reminders");
        ANYWHERE.put(Pattern.compile("\\b(?:refund(?:s|ed|ing)?|chargebacks?)\\b"), "fb cannot record refunds");
        ANYWHERE.put(
                Pattern.compile(
                        "(?:^|\\b(?:please|can you|could you|and|to)\\s|\\b(?:action|task|command|op|intent)\\s?[:=]\\s?)(?:sync|synchroni[sz]e)\\b|\\b(?:sync|synchroni[sz]e)\\s(?:(?:all|every)\\s)?"
                                + "(?:(?:of\\s)?(?:my|the|our|it|them|this|these|everything|data)\\b|(?:invoices?|clients?|customers?|expenses?|payments?|contacts?)\\b)"
                                + "|\\b(?:connect|link|integrate)\\s(?:\\w+\\s)?(?:to|with)\\s(?:quickbooks|xero|stripe|paypal|zapier|slack|wave|sage)\\b"),
                "fb cannot sync or connect other apps");
        ANYWHERE.put(
                Pattern.compile("\\brecurring\\b|\\bevery\\s(?:week|month)\\sautomatically\\b"),
                "fb cannot set up recurring invoices");
        ANYWHERE.put(
                Pattern.compile(
                        "\\bmark(?:ed)?\\s(?:(?:the|that|this|my)\\s)?(?:invoice|inv|it|them)\\b[^.;]{0,20}?\\bas\\s(?:sent|viewed|delivered)\\b"),
                "fb sends an invoice by e-mail (\"send invoice 0008\"); it cannot mark one sent without sending it");
        ANYWHERE.put(
                Pattern.compile(
                        "\\b(?:flag|set|tag|record|log)(?:ged|ged)?\\s(?:(?:the|that|this|my)\\s)?(?:invoice|inv|it|them)\\b[^.;]{0,20}?"
                                + "\\b(?:as|to)\\s(?:sent|viewed|delivered)\\b"),
                "fb sends an invoice by e-mail (\"send invoice 0008\"); it cannot mark one sent without sending it");
        // "delete all my time entries from last week", "wipe every expense from October"
        ANYWHERE.put(
                Pattern.compile("\\b" + WIPE + "\\s(?:out\\s)?(?:all|every|each|everything)\\b"
                        + "|^(?:please\\s)?" + WIPE + "\\s"
                        + "(?:(?:my|the|our|those|these)\\s)?(?:time\\s)?(?:entries|expenses|invoices|payments)\\b"),
                "fb deletes one record at a time; name the one to delete");
        // "log 2h for each client": one entry or expense per client is not one request
        ANYWHERE.put(
                Pattern.compile(
                        "^(?:please\\s)?(?:log|add|record|track|book|put|enter|expense)\\b[^.;]{0,40}?\\b(?:for|on|to|against)\\s(?:each|every|all)\\s"
                                + "(?:of\\s)?(?:my\\s|the\\s|our\\s)?(?:clients?|customers?|projects?)\\b"
                                + "|^(?:please\\s)?(?:log|add|record|track|book|put|enter)\\b[^.;]{0,40}?\\bby\\s(?:clients?|customers?|projects?)\\s*[.!]?$"),
                "fb records one entry at a time; name the client or project it is for");
        // "remove Wayne Enterprises from my clients completely"
        ANYWHERE.put(
                Pattern.compile(
                        "\\b(?:delete|remove|get\\srid\\sof|drop|take)\\s[^.;]{1,40}?\\b(?:from|off)\\s(?:my|the|our)\\s(?:client|customer)"
                                + "(?:s|\\slist)\\b"),
                "fb does not delete clients; it can archive one (\"archive Acme\")");
        // "convert invoice 0009 from euros to dollars"; not "convert the estimate to an invoice"
        ANYWHERE.put(
                Pattern.compile(
                        "\\b(?:convert|change|switch)\\b[^.;]{0,40}?\\bto\\s(?:us\\s|canadian\\s)?(?:euros?|dollars?|pounds?|usd|eur|gbp|cad"
                                + "|(?:another|a\\sdifferent|their|its)\\scurrency)\\b(?!\\s?[\\d$€£])"
                                // "how much would $5,000 be in euros?", "what's £200 in dollars": an exchange asked
                                + "|\\b(?:how\\smuch|what)\\s(?:would|will|is|'s|are)\\s[^.;]{0,40}?\\b(?:be\\s)?in\\s(?:us\\s|canadian\\s)?"
                                + "(?:euros?|dollars?|pounds?|usd|eur|gbp|cad|yen)\\b"),
                "fb cannot convert an amount or a document to another currency");
        // "charge Stark's card on file for invoice 0007"
        ANYWHERE.put(
                Pattern.compile(
                        "\\bcharge\\s[^.;]{0,30}?\\b(?:card|credit\\scard|visa|mastercard|amex)\\b|\\bcards?\\son\\sfile\\b"),
                "fb cannot charge cards; it records the payments clients make");
        ANYWHERE.put(Pattern.compile("\\bcredit\\snotes?\\b|\\bcredit\\smemos?\\b"), "fb cannot issue credit notes");
        // "increase the design rate by 10", "raise Apollo's budget by 20 hours": a change by an amount, not a value
        ANYWHERE.put(
                Pattern.compile(
                        "\\b(?:increase|raise|bump|up|lower|reduce|decrease|cut|drop)\\s[^.;]{0,40}?\\b(?:rate|price|budget)\\b[^.;]{0,20}?"
                                + "\\bby\\s(?:another\\s)?[$€£]?\\d[\\d,.]*\\s?(?:%|percent|dollars?|hours?|hrs?|h|euros?|pounds?)?(?:\\s|[.!?]|$)"),
                "fb sets a new rate or budget, not a change by an amount; say the new value (\"set the design rate to $150\")");
        // "take 10% off invoice 0005", "invoice Acme $800 with a 15% discount"; not "a discount code" said as a note
        ANYWHERE.put(
                Pattern.compile(
                        "\\b(?:discount(?:s|ed|ing)?|mark(?:\\s|-)?down)\\b(?!\\s(?:code|coupon)\\b)|\\d{1,3}(?:\\.\\d+)?\\s?(?:%|percent)\\s(?:off|discount)\\b"),
                "fb cannot apply discounts to invoices or estimates");
        // "duplicate invoice 0004", "clone the Apollo project"; not "it was a duplicate"
        ANYWHERE.put(
                Pattern.compile(
                        "(?<!\\ba\\s)(?<!\\bthe\\s)\\b(?:duplicate|clone)\\b(?!s\\b|d\\b)(?=\\s(?:the|this|that|my|an?|invoice|estimate|quote|project|client|expense|entry|it)\\b)"
                                + "|^(?:please\\s)?(?:duplicate|clone)\\b"),
                "fb cannot duplicate records");
        ANYWHERE.put(
                Pattern.compile(
                        "\\b(?:change|reset|update|set|recover)\\s(?:my|the|our|your)\\s(?:\\w+\\s)?(?:password|passwd|login|2fa)\\b"),
                "fb cannot change your password or account settings; do that in FreshBooks");
        ANYWHERE.put(
                Pattern.compile(
                        "^(?:please\\s|pls\\s)?(?:delete|del|remove|rm|trash|bin|archive|cancel|scrap|discard)\\s"
                                + "(?:the\\s|my\\s|this\\s|that\\s|an?\\s)?(?:draft\\s|old\\s|last\\s|latest\\s)?(?:estimates?|ests?|quotes?|quotations?)\\b"),
                "fb cannot delete or archive an estimate (it can create, send, accept or convert one)");
        ANYWHERE.put(
                // a verb on records, not a noun ("the import catalogue", "the CSV export bug")
                Pattern.compile(
                        "\\b(?:export|import)(?:ing)?\\s(?:(?:all|every|each)\\s)?(?:(?:of\\s)?(?:my|the|our|this|these|those"
                                + "|it|them|everything|data)\\b|(?:invoices?|clients?|customers?|expenses?|time|entries|payments?|projects?"
                                + "|estimates?|contacts?|receipts?)\\b)|^(?:please\\s)?(?:export|import|download)\\b|\\bto\\s(?:csv|excel|pdf|a\\sspreadsheet)\\b"
                                + "|\\bas\\s(?:an?\\s)?(?:csv|excel|pdf|xlsx|spreadsheet)(?:\\sfile)?\\b"),
                "fb cannot export or import data");
        // "draft a polite message to Bill chasing …", "compose an email for Acme"
        ANYWHERE.put(
                Pattern.compile(
                        "\\b(?:draft|write|compose|prepare)\\s(?:me\\s)?(?:an?\\s)?(?:\\w+\\s)?(?:message|e-?mail|letter|reply|text)\\s(?:to|for)\\b"),
                "fb cannot write messages; it can send an invoice or an estimate");
        // "how do I depreciate …?": a question about bookkeeping, not a request about the account
        ANYWHERE.put(
                Pattern.compile(
                        "^(?:so\\s)?how\\s(?:do|can|should|would)\\s(?:i|we|you)\\s(?!(?:log|record|add|create|send|invoice|track|start|stop|bill"
                                + "|see|find|check|show|list|get|enter|make|set|change|edit|delete|remove|archive|mark|use)\\b)"
                                // "how does double-entry bookkeeping work?", "what is accrual accounting?"
                                + "|^how\\s(?:does|do)\\s[^?]{2,50}\\swork\\??$"
                                + "|^what(?:'s|\\sis|\\sare)\\s(?:an?\\s)?(?:accrual|cash[- ]basis|double[- ]entry|depreciation|amortization"
                                + "|a\\sbalance\\ssheet|a\\sledger|gaap|ebitda)\\b"),
                "fb answers requests about your FreshBooks account, not general questions");
        ANYWHERE.put(
                Pattern.compile("\\b(?:write|wrote)\\s(?:to|an?\\s(?:e-?mail|message|letter|note)\\sto)\\b"),
                "fb cannot write messages; it can send an invoice or an estimate");
        ANYWHERE.put(
                Pattern.compile(
                        "^(?:please\\s)?(?:e-?mail|message|text|write|tell|ask)\\s(?!(?:the\\s|my\\s)?(?:invoice|estimate|quote)\\b|me\\s(?:more\\s)?about\\b)"
                                + "[^$#@]{0,60}\\babout\\b"),
                "fb cannot write messages; it can send an invoice or an estimate");
        VERBS.put("message", "fb cannot write messages; it can send an invoice or an estimate");
        VERBS.put("text", "fb cannot write messages; it can send an invoice or an estimate");
        VERBS.put("call", "fb cannot make calls");
        VERBS.put("phone", "fb cannot make calls");
        VERBS.put("schedule", "fb cannot schedule anything");
        VERBS.put("book", "fb cannot book anything");
        VERBS.put("write", "fb cannot write messages; it can send an invoice or an estimate");
        VERBS.put("compose", "fb cannot write messages; it can send an invoice or an estimate");
        VERBS.put("draft", null); // "draft an invoice" is a create
        VERBS.put("translate", "fb cannot translate");
        VERBS.put("print", "fb cannot print");
        VERBS.put("pay", "fb cannot pay bills; it records payments clients make");
        VERBS.put("transfer", "fb cannot move money");
        VERBS.put("withdraw", "fb cannot move money");
        VERBS.put("approve", null);
        VERBS.put("split", "fb cannot split records");
        VERBS.put("undo", "use `fb undo` to undo the last change");
    }

    private Scope() {}

    /** The reason this phrase asks for something fb does not do, or null. */
    static String reason(Sentence s, int verbIdx) {
        String low = MoneyExtractor.lowerSameLength(s.text);
        for (Map.Entry<Pattern, String> e : ANYWHERE.entrySet()) {
            Matcher m = e.getKey().matcher(low);
            if (m.find()) {
                return e.getValue();
            }
        }
        Tok v = s.get(verbIdx);
        if (v != null && v.kind == Tok.Kind.WORD) {
            String why = VERBS.get(v.low);
            if (why == null) {
                why = VERBS.get(v.lemma);
            }
            if (why != null
                    && !(v.low.equals("book") && s.first(Tok.Kind.DURATION) != null)
                    && !(v.low.equals("undo") && s.hasLow("payment"))) { // "undo the payment on invoice 42"
                return why;
            }
        }
        return null;
    }

    /** A reason for a phrase no rule read: name its verb when it has one. */
    static String refused(Sentence s, int verbIdx) {
        Tok v = s.get(verbIdx);
        if (v != null && v.kind == Tok.Kind.WORD && v.lemma.equals("delete")) {
            // fb deletes time entries, expenses, invoices and payments: what it could not read is which one
            return "fb could not tell which record to delete: name it by its number (\"delete expense 7005\")"
                    + " or say which one (\"delete yesterday's Acme entry\", \"delete my last time entry\")";
        }
        if (v != null && v.kind == Tok.Kind.WORD && Grammar.ALIEN.contains(v.low)) {
            return "fb cannot \"" + v.text
                    + "\": it logs time and expenses, invoices, estimates, payments, clients and projects";
        }
        return "fb could not read this as a request it can carry out";
    }
}
