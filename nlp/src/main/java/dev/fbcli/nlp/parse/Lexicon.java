package dev.fbcli.nlp.parse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the grammar keys on, their lemmas ("invoices" → invoice, "logged" → log), and
 * correction of small typos in them ("lgo", "invocie", "udpate"): one edit (insert, delete,
 * substitute, or swap of neighbours) away from a keyword of 4 letters or more, or a swap in a
 * 3-letter one, with the same first letter; never for a word that is itself a known word.
 */
final class Lexicon {
    private static final Map<String, String> LEMMA = new HashMap<>();
    private static final Set<String> KNOWN = new HashSet<>();
    private static final Map<Integer, List<String>> TARGETS_BY_LENGTH = new HashMap<>();

    private static void lemma(String lemma, String... forms) {
        LEMMA.put(lemma, lemma);
        for (String f : forms) {
            LEMMA.put(f, lemma);
        }
    }

    static {
        lemma("log", "logs", "logged", "logging", "clocked");
        lemma("track", "tracks", "tracked", "tracking");
        lemma("record", "records", "recorded", "recording");
        lemma("add", "adds", "added", "adding");
        lemma("put", "puts", "putting");
        lemma("enter", "enters", "entered");
        lemma("book", "booked");
        lemma("work", "worked", "working", "works");
        lemma("spend", "spent", "spending", "spends");
        lemma("invoice", "invoices", "invoiced", "invoicing", "invoce", "inv");
        lemma("bill", "bills", "billed", "billing", "charge");
        lemma("expense", "expenses", "expensed", "purchase", "purchases");
        lemma("receipt", "receipts");
        lemma("client", "clients", "customer", "customers");
        lemma("project", "projects");
        lemma("timer", "timers", "stopwatch");
        lemma("clock");
        lemma("time", "timing", "timesheet", "timesheets");
        lemma("entry", "entries");
        lemma("hour", "hours", "hrs", "hr");
        lemma("create", "creates", "created", "creating");
        lemma("make", "makes", "made");
        lemma("new");
        lemma("draft", "drafts", "drafted");
        lemma("prepare", "prepared");
        lemma("generate", "generated");
        lemma("raise", "issue");
        lemma("register", "registered");
        lemma("show", "shows", "showing", "shown", "display", "view", "see", "open");
        lemma("list", "lists", "listing");
        lemma("send", "sends", "sending", "resend", "forward", "deliver");
        lemma("sent");
        lemma("email", "emails", "emailed", "e-mail", "mail", "mailed");
        lemma("payment", "payments");
        lemma("paid", "settled");
        lemma("pay", "paying", "pays");
        lemma("received", "receive", "got");
        lemma("mark", "marks", "marked");
        lemma("start", "starts", "started", "begin", "resume", "launch");
        lemma("stop", "stops", "stopped", "end", "finish", "pause", "halt");
        lemma("update", "updates", "updated", "change", "changes", "edit", "modify", "correct", "set");
        lemma("rename", "renamed");
        lemma("assign", "assigns", "assigned", "invite");
        lemma("owe", "owes", "owed", "owing");
        lemma("balance", "balances");
        lemma("outstanding");
        lemma("budget", "budgets");
        lemma("unpaid");
        lemma("overdue", "late");
        lemma("partial", "partially", "partly");
        lemma(
                "delete", "remove", "erase", "void", "archive", "destroy", "cancel", "drop", "discard", "bin", "trash",
                "scrap", "ditch", "nuke", "toss");
        lemma("minute", "minutes", "mins", "min");
        lemma("member", "members", "teammate");
        lemma("status");
        lemma("details", "detail", "info", "information", "summary", "report");

        String[] common = {
            "the",
            "a",
            "an",
            "and",
            "or",
            "of",
            "to",
            "for",
            "on",
            "at",
            "in",
            "by",
            "with",
            "from",
            "about",
            "as",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "it",
            "its",
            "this",
            "that",
            "these",
            "those",
            "my",
            "our",
            "your",
            "their",
            "his",
            "her",
            "me",
            "us",
            "them",
            "i",
            "we",
            "you",
            "he",
            "she",
            "they",
            "what",
            "which",
            "who",
            "how",
            "when",
            "where",
            "why",
            "all",
            "any",
            "some",
            "last",
            "past",
            "next",
            "lost",
            "list",
            "lint",
            "test",
            "post",
            "cost",
            "most",
            "best",
            "fast",
            "host",
            "till",
            "will",
            "fill",
            "kill",
            "lend",
            "tend",
            "step",
            "shop",
            "shot",
            "slow",
            "shoe",
            "lot",
            "dog",
            "fog",
            "leg",
            "lag",
            "long",
            "loss",
            "lose",
            "tim",
            "tie",
            "time",
            "times",
            "tme",
            "line",
            "lines",
            "fine",
            "mine",
            "wine",
            "dine",
            "nine",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "ten",
            "day",
            "days",
            "week",
            "weeks",
            "month",
            "months",
            "year",
            "years",
            "today",
            "yesterday",
            "please",
            "thanks",
            "thank",
            "hello",
            "hi",
            "hey",
            "yes",
            "no",
            "not",
            "do",
            "does",
            "did",
            "done",
            "have",
            "has",
            "had",
            "can",
            "could",
            "would",
            "should",
            "may",
            "might",
            "must",
            "need",
            "want",
            "like",
            "just",
            "only",
            "also",
            "then",
            "than",
            "over",
            "under",
            "more",
            "less",
            "much",
            "many",
            "old",
            "older",
            "due",
            "net",
            "per",
            "each",
            "every",
            "note",
            "notes",
            "call",
            "calls",
            "meeting",
            "meetings",
            "design",
            "development",
            "research",
            "support",
            "admin",
            "travel",
            "lunch",
            "dinner",
            "hotel",
            "taxi",
            "software",
            "hardware",
            "office",
            "supplies",
            "training",
            "consulting",
            "coding",
            "writing",
            "testing",
            "review",
            "audit",
            "logo",
            "website",
            "data",
            "team",
            "access",
            "give",
            "gave",
            "take",
            "took",
            "get",
            "gets",
            "go",
            "going",
            "doing",
            "does",
            "left",
            "right",
            "same",
            "other",
            "another",
            "first",
            "latest",
            "recent",
            "newest",
            "stark",
            "sam",
            "max",
            "mike",
            "art",
            "bob",
            "bill",
            "jan",
            "mark",
            "page",
            "case",
            "cast",
            "card",
            "cash",
            "check",
            "cheque",
            "wire",
            "transfer",
            "bank",
            "phone",
            "number",
            "name",
            "contact",
            "address",
            "tell",
            "print",
            "write",
            "read",
            "play",
            "order",
            "buy",
            "sell",
            "book",
            "flight",
            "weather",
            "joke",
            "token",
            "key",
            "secret",
            "password",
            "sent",
            "send",
            "sand",
            "seed",
            "lead",
            "load",
            "lock",
            "look",
            "took",
            "stock",
            "stuck",
            "store",
            "story",
            "start",
            "stare",
            "state",
            "star",
            "starts",
            "stat",
            "chart",
            "smart",
            "clients",
            "client",
            "lists",
            "lost",
            "logo",
            "logs",
            "loop",
            "made",
            "mail",
            "main",
            "male",
            "sale",
            "rate",
            "date",
            "late",
            "later",
            "plan",
            "open",
            "opens",
            "even",
            "event",
            "expenses",
            "expense",
            "invoices",
            "invoice",
            "paid",
            "pain",
            "pair",
            "said",
            "raid",
            "laid",
            "hour",
            "hours",
            "our",
            "your",
            "four",
            "tour",
            "pour",
            "sour",
            "timer",
            "tiger",
            "liner",
            "miner",
        };
        KNOWN.addAll(List.of(common));
        KNOWN.addAll(LEMMA.keySet());

        Set<String> targets = new HashSet<>(List.of(
                "log",
                "logged",
                "track",
                "tracking",
                "record",
                "invoice",
                "invoices",
                "expense",
                "expenses",
                "client",
                "clients",
                "customer",
                "customers",
                "project",
                "projects",
                "timer",
                "create",
                "show",
                "list",
                "send",
                "email",
                "payment",
                "paid",
                "start",
                "stop",
                "update",
                "change",
                "rename",
                "assign",
                "delete",
                "remove",
                "hours",
                "minutes",
                "receipt",
                "spent",
                "worked",
                "overdue",
                "unpaid",
                "balance",
                "budget",
                "display",
                "outstanding",
                "register",
                "timesheet",
                "entries"));
        for (String t : targets) {
            List<String> l = TARGETS_BY_LENGTH.get(t.length());
            if (l == null) {
                l = new java.util.ArrayList<>();
                TARGETS_BY_LENGTH.put(t.length(), l);
            }
            l.add(t);
        }
    }

    private Lexicon() {}

    /** The lemma of a lower-case word, or the word itself. */
    static String lemma(String word) {
        String l = LEMMA.get(word);
        return l == null ? word : l;
    }

    static boolean isKnown(String word) {
        return KNOWN.contains(word);
    }

    /** The keyword {@code word} is a small typo of, or null. */
    static String correct(String word) {
        int n = word.length();
        if (n < 3 || n > 14 || KNOWN.contains(word)) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return null;
            }
        }
        for (int len = n - 1; len <= n + 1; len++) {
            List<String> cands = TARGETS_BY_LENGTH.get(len);
            if (cands == null) {
                continue;
            }
            for (String t : cands) {
                if (t.charAt(0) != word.charAt(0)) {
                    continue;
                }
                if (t.length() == 3 || n == 3) {
                    if (n == t.length() && isSwap(word, t)) {
                        return t;
                    }
                    continue;
                }
                if (oneEdit(word, t)) {
                    return t;
                }
            }
        }
        return null;
    }

    private static boolean isSwap(String a, String b) {
        int diff = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (diff >= 0) {
                    return i == diff + 1
                            && a.charAt(diff) == b.charAt(i)
                            && a.charAt(i) == b.charAt(diff)
                            && a.substring(i + 1).equals(b.substring(i + 1));
                }
                diff = i;
            }
        }
        return false;
    }

    /** Damerau-Levenshtein distance exactly 1 (one insert, delete, substitution or neighbour swap). */
    static boolean oneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (a.equals(b) || Math.abs(la - lb) > 1) {
            return false;
        }
        if (la == lb) {
            int first = -1;
            int count = 0;
            for (int i = 0; i < la; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (first < 0) {
                        first = i;
                    }
                    count++;
                }
            }
            if (count == 1) {
                return true;
            }
            return count == 2 && isSwap(a, b);
        }
        String s = la < lb ? a : b;
        String l = la < lb ? b : a;
        int i = 0;
        while (i < s.length() && s.charAt(i) == l.charAt(i)) {
            i++;
        }
        return s.substring(i).equals(l.substring(i + 1));
    }
}
