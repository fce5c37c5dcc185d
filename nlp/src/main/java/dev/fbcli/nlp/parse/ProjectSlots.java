package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.ClientSlots.*;
import static dev.fbcli.nlp.parse.ExpenseSlots.*;
import static dev.fbcli.nlp.parse.Grammar.*;
import static dev.fbcli.nlp.parse.InvoiceSlots.*;
import static dev.fbcli.nlp.parse.Slots.*;
import static dev.fbcli.nlp.parse.TimeSlots.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Slot logic of projects: a new project with its client, budget and billing, show, list, who works on it. Split out of {@link Grammar}, which decides the intent and calls these to fill its
 * slots; the helpers every family shares stay there.
 */
final class ProjectSlots {
    private ProjectSlots() {}

    static void projectCreate(Fill f) {
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

    static void projectShow(Fill f) {
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

    static void projectList(Fill f) {
        String c = refName(f);
        if (c != null) {
            f.put("client", c);
        }
        useLow(f.s, "active", "open", "current", "have");
    }

    static void projectAssign(Fill f) {
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
