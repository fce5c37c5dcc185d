package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.Money;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Services (service.list / create / rate), project budgets and names (project.edit) and the list
 * of payments (payment.list): the added intents about settings rather than records.
 */
final class ServiceGrammar {
    private static final Set<String> SET = Set.of(
            "set", "make", "change", "update", "raise", "increase", "lower", "decrease", "bump", "adjust", "put");
    private static final Set<String> RECORD =
            Set.of("record", "log", "add", "mark", "got", "received", "apply", "enter");

    private ServiceGrammar() {}

    static IntentType read(Grammar.Fill f, String low, String v) {
        Sentence s = f.s;
        boolean question = low.startsWith("what")
                || low.startsWith("which")
                || low.endsWith("?")
                || v.equals("list")
                || v.equals("show");
        if (s.hasLow("services") && question && s.first(Tok.Kind.MONEY) == null && !s.has("invoice")) {
            BillingGrammar.useCues(
                    s,
                    "services",
                    "what",
                    "which",
                    "do",
                    "i",
                    "have",
                    "offer",
                    "are",
                    "there",
                    "list",
                    "show",
                    "my",
                    "all",
                    "me",
                    "the",
                    "is",
                    "of");
            f.conf = 0.9;
            return IntentType.SERVICE_LIST;
        }
        if (s.hasLow("service")
                && (v.equals("add") || v.equals("create") || v.equals("new") || low.startsWith("new "))
                && s.first(Tok.Kind.DURATION) == null) {
            BillingGrammar.useCues(
                    s, "add", "create", "new", "a", "service", "called", "named", "at", "@", "billable", "the");
            Money rate = money(s);
            f.put("rate", rate);
            if (s.hasLow("non-billable", "unbillable", "nonbillable")) {
                f.put("billable", Boolean.FALSE);
                BillingGrammar.useCues(s, "non-billable", "unbillable", "nonbillable");
            }
            Sentence.Chunk c = firstChunk(s);
            if (c != null) {
                s.use(c);
                f.put("name", Slots.clean(s.text(c)));
            }
            f.conf = c != null ? 0.9 : 0.7;
            return IntentType.SERVICE_CREATE;
        }
        Tok next = s.get(f.verb + 1);
        boolean setVerb = (SET.contains(v) || low.contains("from now"))
                && !(next != null && next.isLow("up"))
                && !s.hasLow("named", "called", "new", "create");
        if (s.hasLow("rate", "price") && setVerb && !s.has("project") && !s.has("invoice")) {
            Money rate = money(s);
            if (rate == null) {
                return null;
            }
            BillingGrammar.useCues(
                    s, "rate", "price", "service", "the", "my", "for", "of", "to", "is", "now", "from", "hourly", "per",
                    "hour");
            if (s.get(f.verb) != null) {
                s.get(f.verb).used = true;
            }
            f.put("rate", rate);
            Sentence.Chunk c = firstChunk(s);
            if (c != null) {
                s.use(c);
                f.put("service", Slots.clean(s.text(c)));
            }
            f.conf = c != null ? 0.9 : 0.7;
            return IntentType.SERVICE_RATE;
        }
        if (s.hasLow("budget") && setVerb && !s.has("expense")) {
            BillingGrammar.useCues(s, "budget", "project", "the", "of", "to", "for", "its", "hours", "hrs");
            s.get(f.verb).used = true;
            Tok d = s.first(Tok.Kind.DURATION);
            if (d != null) {
                d.used = true;
                f.put(
                        "budget_hours",
                        Decimals.plain(BigDecimal.valueOf(((DurationExtractor.DurationMention) d.value).minutes())
                                .divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)));
            } else {
                Tok m = s.first(Tok.Kind.MONEY);
                if (m == null) {
                    return null;
                }
                m.used = true;
                f.put("budget_amount", ((MoneyExtractor.MoneyMention) m.value).money());
            }
            Sentence.Chunk c = firstChunk(s);
            if (c != null) {
                s.use(c);
                f.put("project", Slots.clean(s.text(c)));
            }
            f.conf = c != null ? 0.9 : 0.7;
            return IntentType.PROJECT_EDIT;
        }
        if ((s.hasLow("payments") || s.hasLow("payment") && question && !s.hasLow("record"))
                && !s.hasLow("report")
                && !RECORD.contains(v)
                && s.first(Tok.Kind.MONEY) == null) {
            BillingGrammar.useCues(
                    s,
                    "payments",
                    "payment",
                    "what",
                    "which",
                    "have",
                    "been",
                    "made",
                    "list",
                    "show",
                    "all",
                    "my",
                    "on",
                    "for",
                    "from",
                    "the",
                    "me",
                    "received",
                    "got",
                    "i",
                    "did",
                    "were",
                    "was");
            String n = Slots.invoiceNumber(s, true);
            f.put("invoice", n);
            if (n == null) {
                Sentence.Chunk c = firstChunk(s);
                if (c != null) {
                    s.use(c);
                    f.put("client", Slots.clean(s.text(c)));
                }
            }
            Slots.range(f);
            f.conf = 0.9;
            return IntentType.PAYMENT_LIST;
        }
        return null;
    }

    private static Sentence.Chunk firstChunk(Sentence s) {
        for (Sentence.Chunk c : s.chunks()) {
            if (!s.get(c.from()).used) {
                return c;
            }
        }
        return null;
    }

    /** The first amount, or a bare number after "to" / "at" / "is" (a rate said without a sign). */
    private static Money money(Sentence s) {
        for (Tok t : s.toks) {
            if (t.kind == Tok.Kind.MONEY && !t.used) {
                t.used = true;
                return ((MoneyExtractor.MoneyMention) t.value).money();
            }
        }
        for (int i = 1; i < s.size(); i++) {
            Tok t = s.get(i);
            Tok p = s.get(i - 1);
            if (t.kind == Tok.Kind.NUMBER
                    && !t.used
                    && t.text.matches("\\d{1,6}")
                    && (p.isLow("to")
                            || p.isLow("at")
                            || p.isLow("is")
                            || p.text.equals("@")
                            || p.kind == Tok.Kind.WORD)) {
                t.used = true;
                return new Money(new BigDecimal(t.text), null);
            }
        }
        return null;
    }
}
