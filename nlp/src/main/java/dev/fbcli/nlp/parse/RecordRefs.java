package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.IntentType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slots of a request that only points at a record — show, delete, archive, restore or complete
 * one, discard or check the timer, list the services — read by what points at it, for an intent the
 * intent model chose ({@link IntentReview#reread}) where the rules read another: a record's number
 * after its noun ("invoice 0005", "pmt 8002", "time entry 6001"), "the last/most recent" one, or one
 * of the account's clients or projects named anywhere in the phrase. A slot is read only from what
 * is said, never guessed; an intent whose required slots are not all said gets no frame, so the
 * rules' reading stands.
 */
final class RecordRefs {
    private RecordRefs() {}

    /** The intents read here: each takes a record's number, "the last one" or an account's name, nothing else. */
    static final Set<IntentType> READ = java.util.EnumSet.of(
            IntentType.TIME_SHOW,
            IntentType.TIMER_STATUS,
            IntentType.TIMER_DISCARD,
            IntentType.EXPENSE_SHOW,
            IntentType.CLIENT_ARCHIVE,
            IntentType.CLIENT_UNARCHIVE,
            IntentType.PROJECT_COMPLETE,
            IntentType.PROJECT_ARCHIVE,
            IntentType.SERVICE_LIST,
            IntentType.INVOICE_DELETE,
            IntentType.INVOICE_ARCHIVE,
            IntentType.ESTIMATE_SHOW,
            IntentType.ESTIMATE_SEND,
            IntentType.ESTIMATE_ACCEPT,
            IntentType.ESTIMATE_CONVERT,
            IntentType.PAYMENT_DELETE,
            IntentType.PAYMENT_LIST,
            IntentType.REPORT_SHOW,
            IntentType.INVOICE_FROM_TIME);

    private static final String NO = "\\s*(?:#|no\\.?|number|id)?\\s*#?";

    private static final Pattern INVOICE = Pattern.compile("(?i)\\b(?:invoice|inv)\\.?" + NO + "(\\d{1,7})\\b");
    private static final Pattern ESTIMATE = Pattern.compile("(?i)\\b(?:estimate|est|quote)\\.?" + NO + "(\\d{1,7})\\b");
    private static final Pattern ENTRY = Pattern.compile("(?i)\\b(?:entry|time entry)" + NO + "(\\d{3,9})\\b");
    private static final Pattern EXPENSE = Pattern.compile("(?i)\\b(?:expense|exp)" + NO + "(\\d{3,9})\\b");
    private static final Pattern PAYMENT = Pattern.compile("(?i)\\b(?:payment|pmt|pymt)" + NO + "(\\d{3,9})\\b");
    private static final Pattern LAST =
            Pattern.compile("(?i)\\b(?:last|latest|newest|most recent(?:ly)?|just (?:made|created|added|logged))\\b");

    /** Whether the slots of {@code type} are read here ({@link #READ}, or a delete read as its record, {@link #READ_AS}). */
    static boolean reads(IntentType type) {
        return READ.contains(type) || READ_AS.containsKey(type);
    }

    /**
     * {@code input} read as {@code type}, one of {@link #reads}; a delete by the grammar's reading
     * of its record ({@code asIntent} of the record's own intent). Null when what points at the
     * record is not said.
     */
    static Frame read(
            String input, IntentType type, ParseContext ctx, java.util.function.Function<IntentType, Frame> asIntent) {
        IntentType record = READ_AS.get(type);
        return record != null ? delete(input, type, asIntent.apply(record), ctx) : read(input, type, ctx);
    }

    static Frame read(String input, IntentType type, ParseContext ctx) {
        if (!READ.contains(type) || input == null) {
            return null;
        }
        Map<String, Object> slots = new LinkedHashMap<>();
        AccountNames names = ctx == null ? null : ctx.names();
        List<String> clients = names == null ? null : names.clients();
        List<String> projects = names == null ? null : names.projects();
        LocalDate today = ctx == null ? LocalDate.now() : ctx.today();
        switch (type) {
            case TIME_SHOW -> put(slots, "entry", number(ENTRY, input, true));
            case EXPENSE_SHOW -> put(slots, "expense", number(EXPENSE, input, true));
            case CLIENT_ARCHIVE, CLIENT_UNARCHIVE -> put(slots, "client", named(input, clients));
            case PROJECT_COMPLETE, PROJECT_ARCHIVE -> put(slots, "project", named(input, projects));
            case INVOICE_DELETE, INVOICE_ARCHIVE -> put(slots, "invoice", number(INVOICE, input, false));
            case ESTIMATE_SHOW, ESTIMATE_SEND, ESTIMATE_ACCEPT, ESTIMATE_CONVERT -> put(
                    slots, "estimate", number(ESTIMATE, input, false));
            case PAYMENT_DELETE -> {
                put(slots, "payment", number(PAYMENT, input, false));
                put(slots, "invoice", number(INVOICE, input, false));
            }
            case PAYMENT_LIST -> {
                put(slots, "client", named(input, clients));
                put(slots, "invoice", number(INVOICE, input, false));
                slots.putAll(AddedGrammar.periodOf(input, today));
            }
            case REPORT_SHOW -> {
                String low = input.toLowerCase(Locale.ROOT);
                String kind = AddedGrammar.reportKind(low);
                put(slots, "report", kind != null ? kind : looseKind(low));
                slots.putAll(AddedGrammar.periodOf(input, today));
                Matcher g = GROUP.matcher(low);
                if (g.find()) {
                    slots.put("group_by", g.group(1) != null ? "client" : "month");
                }
            }
            case INVOICE_FROM_TIME -> {
                if (MONEY.matcher(input).find()) {
                    return null; // a rate said: the billing rules' reading, not this one
                }
                String client = named(input, clients);
                String project = named(input, projects);
                if (client != null) {
                    slots.put("client", client);
                } else if (project != null) {
                    slots.put("project", project);
                }
                slots.putAll(AddedGrammar.periodOf(input, today));
                Matcher g = BILL_GROUP.matcher(input.toLowerCase(Locale.ROOT));
                if (g.find()) {
                    slots.put(
                            "group_by",
                            g.group(1).startsWith("serv") || g.group(1).equals("svc")
                                    ? "service"
                                    : g.group(1).startsWith("day") ? "day" : "entry");
                }
            }
            default -> {}
        }
        Frame f = Frame.of(input, type, slots, Confidence.ACT - 0.01, "rules");
        return f.missing().isEmpty() ? f : null;
    }

    /** An amount or a rate said. */
    private static final Pattern MONEY = Pattern.compile(
            "[$€£@]\\s?\\d|\\d\\s?(?:/h|/hr|/hour|an hour|per hour|/day)|\\b(?:usd|cad|eur|gbp)\\b",
            Pattern.CASE_INSENSITIVE);

    /** How billed time is grouped into lines: by service, by day, one line per entry. */
    private static final Pattern BILL_GROUP = Pattern.compile(
            "\\b(?:by|per|grouped by|group by|one line per|a line per) (service|svc|day|entry|entries)\\b");

    /** Grouping said with a report: by client, or by month. */
    private static final Pattern GROUP =
            Pattern.compile("\\b(?:(?:by|per|for each|each|broken down by|split by|grouped by) (client|customer)s?"
                    + "|month[- ]by[- ]month|monthly|(?:by|per|each) month)\\b");

    /** The report named by looser words, once the model is sure a report is asked for. */
    private static final List<Map.Entry<String, Pattern>> LOOSE = List.of(
            Map.entry(
                    "aging",
                    Pattern.compile("\\b(?:owe|owes|owed|overdue|behind on pay\\w*|late pay\\w*|outstanding)\\b")),
            Map.entry("tax", Pattern.compile("\\b(?:tax|taxes|hst|gst|vat|pst)\\b")),
            Map.entry(
                    "profit_loss",
                    Pattern.compile(
                            "\\b(?:profit\\w*|p&l|pnl|income statement|clear(?:ed)? after|net income|in the black)\\b")),
            Map.entry(
                    "payments",
                    Pattern.compile(
                            "\\b(?:payments?|collected|collections|landed|received|came in|got paid|paid me)\\b")),
            Map.entry(
                    "revenue",
                    Pattern.compile("\\b(?:revenue|sales|earn\\w*|make|made|billed|invoiced|income|turnover)\\b")));

    private static String looseKind(String low) {
        for (Map.Entry<String, Pattern> e : LOOSE) {
            if (e.getValue().matcher(low).find()) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The deletes read from the record's own reading: a time entry's as logged, an expense's as created. */
    static final Map<IntentType, IntentType> READ_AS = Map.of(
            IntentType.TIME_DELETE, IntentType.TIME_LOG,
            IntentType.EXPENSE_DELETE, IntentType.EXPENSE_CREATE);

    /**
     * "There's a 1.5 hour Globex entry on Sunday that shouldn't exist, please remove it": which
     * entry (or expense) to delete, read as the grammar reads one being logged ({@code asRecord}) —
     * its length or amount, who it is for, its kind, its day when one is said (a day never said is
     * not today's) — or "the last one"; null when nothing says which.
     */
    static Frame delete(String input, IntentType type, Frame asRecord, ParseContext ctx) {
        if (!READ_AS.containsKey(type)
                || asRecord == null
                || !asRecord.intent().equals(READ_AS.get(type).wire())) {
            return null;
        }
        Map<String, Object> slots = new LinkedHashMap<>();
        boolean daySaid = Sentence.of(input, ctx == null ? LocalDate.now() : ctx.today()).toks.stream()
                .anyMatch(t -> t.kind == Tok.Kind.DATE);
        for (String k : type.slots().keySet()) {
            if (asRecord.slots().get(k) != null && !(k.equals("date") && !daySaid)) {
                slots.put(k, asRecord.slots().get(k));
            }
        }
        String key = type == IntentType.TIME_DELETE ? "entry" : "expense";
        String id = number(type == IntentType.TIME_DELETE ? ENTRY : EXPENSE, input, true);
        if (id != null && !id.equals("last")) {
            slots.clear(); // "exp 7005 (the blue bottle lunch)": the number says which, the rest describes it
        }
        if (id != null) {
            slots.put(key, id);
        }
        Frame f = Frame.of(input, type, slots, Confidence.ACT - 0.01, "rules");
        return f.missing().isEmpty() ? f : null;
    }

    private static void put(Map<String, Object> slots, String key, String value) {
        if (value != null) {
            slots.put(key, value);
        }
    }

    /** The record's number said after its noun ("entry 6001"), or "last" when only the most recent is meant. */
    private static String number(Pattern noun, String input, boolean orLast) {
        Matcher m = noun.matcher(input);
        if (m.find()) {
            return m.group(1);
        }
        return orLast && LAST.matcher(input).find() ? "last" : null;
    }

    /** The longest of {@code names} said in {@code input} (whole words, any case, a company's suffix optional), as typed. */
    static String named(String input, List<String> names) {
        if (names == null) {
            return null;
        }
        String low = input.toLowerCase(Locale.ROOT);
        String best = null;
        for (String name : names) {
            for (String form : forms(name)) {
                int at = wordAt(low, form);
                if (at >= 0 && (best == null || form.length() > best.length())) {
                    best = input.substring(at, at + form.length());
                }
            }
        }
        return best;
    }

    private static List<String> forms(String name) {
        String low = name.toLowerCase(Locale.ROOT).strip();
        String bare = low.replaceFirst(
                "\\s+(?:inc|corp|corporation|llc|ltd|co|company|industries|enterprises|group)\\.?$", "");
        return bare.equals(low) || bare.isBlank() ? List.of(low) : List.of(low, bare);
    }

    private static int wordAt(String low, String form) {
        int from = 0;
        while (true) {
            int at = low.indexOf(form, from);
            if (at < 0) {
                return -1;
            }
            int end = at + form.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(low.charAt(at - 1));
            boolean endOk = end == low.length() || !Character.isLetterOrDigit(low.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            from = at + 1;
        }
    }
}
