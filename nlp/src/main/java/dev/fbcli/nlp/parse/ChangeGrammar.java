package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.IntentType;
import java.time.LocalDate;
import java.util.Set;

/**
 * Changing and removing what was recorded (docs/intents.md): time.edit / time.delete / time.show,
 * expense.edit / expense.delete / expense.show, client.archive / unarchive, project.complete /
 * archive / unassign / rename, invoice.delete / archive, payment.delete. "Change Monday's Acme
 * entry to 5 hours" is an edit, never a new entry. Returns null to let the other rules read the
 * phrase.
 */
final class ChangeGrammar {
    private static final Set<String> DELETE =
            Set.of("delete", "remove", "erase", "trash", "del", "rm", "bin", "scrap", "ditch", "nuke", "toss");
    private static final Set<String> EDIT =
            Set.of("change", "edit", "update", "fix", "correct", "adjust", "modify", "move");
    private static final Set<String> ARCHIVE = Set.of("archive", "deactivate", "hide");
    private static final Set<String> UNARCHIVE = Set.of("unarchive", "restore", "reactivate", "unhide", "reinstate");
    private static final Set<String> SHOW = Set.of("show", "display", "open", "view", "see", "get");
    private static final Set<String> DONE =
            Set.of("complete", "completed", "done", "finished", "finish", "close", "closed");

    private ChangeGrammar() {}

    static IntentType read(Grammar.Fill f) {
        Sentence s = f.s;
        Tok verb = s.get(f.verb);
        if (verb == null || verb.kind != Tok.Kind.WORD) {
            return null;
        }
        String v = verb.low;
        boolean expense = s.has("expense");
        boolean entry = s.hasLow("entry", "entries") || s.has("time") && !s.has("timer");
        boolean invoice = s.has("invoice");
        boolean project = s.has("project");
        if (s.has("timer")) {
            return null;
        }
        if (DELETE.contains(v)) {
            verb.used = true;
            if (s.hasLow("all", "every", "everything")) {
                f.reason = "fb deletes one record at a time";
                return IntentType.UNKNOWN;
            }
            if (v.equals("remove") && project && s.hasLow("from") && !entry && !expense) {
                return unassign(f);
            }
            if (invoice && !s.has("payment")) {
                return ref(f, IntentType.INVOICE_DELETE);
            }
            if (s.has("payment")) {
                BillingGrammar.useCues(s, "payment", "on", "the", "for", "invoice");
                String n = Slots.invoiceNumber(s, true);
                f.put("invoice", n);
                f.conf = n == null ? 0.7 : 0.9;
                return IntentType.PAYMENT_DELETE;
            }
            if (expense) {
                return expenseWhich(f, IntentType.EXPENSE_DELETE);
            }
            if (entry || s.first(Tok.Kind.DURATION) != null) {
                return timeWhich(f, IntentType.TIME_DELETE);
            }
            if (s.has("client") || project) {
                f.reason = "fb does not delete clients or projects; it can archive them";
                return IntentType.UNKNOWN;
            }
            return null;
        }
        if (ARCHIVE.contains(v)) {
            verb.used = true;
            if (invoice) {
                return ref(f, IntentType.INVOICE_ARCHIVE);
            }
            if (project) {
                return name(f, IntentType.PROJECT_ARCHIVE, "project");
            }
            return name(f, IntentType.CLIENT_ARCHIVE, "client");
        }
        if (UNARCHIVE.contains(v) || v.equals("un-archive")) {
            verb.used = true;
            return name(f, IntentType.CLIENT_UNARCHIVE, "client");
        }
        if (project
                && (v.equals("complete")
                        || v.equals("finish")
                        || v.equals("close")
                        || v.equals("mark") && hasAny(s, DONE))) {
            verb.used = true;
            BillingGrammar.useCues(s, "complete", "completed", "done", "finished", "finish", "close", "closed", "as");
            return name(f, IntentType.PROJECT_COMPLETE, "project");
        }
        if (v.equals("rename") && project) {
            verb.used = true;
            return rename(f);
        }
        if (v.equals("mark")
                && (entry || s.hasLow("hours"))
                && s.hasLow("billable", "non-billable", "unbillable", "nonbillable")) {
            verb.used = true;
            boolean billable = !s.hasLow("non-billable", "unbillable", "nonbillable") && !s.hasLow("not");
            BillingGrammar.useCues(s, "as", "billable", "non-billable", "unbillable", "nonbillable", "not");
            IntentType t = timeWhich(f, IntentType.TIME_EDIT);
            f.put("new_billable", billable);
            return t;
        }
        if ((SHOW.contains(v) || v.equals("what")) && !invoice) {
            boolean last = s.hasLow("last", "latest", "previous", "recent");
            String id = idAfter(s, expense ? "expense" : "entry");
            if (expense && (last || id != null) && !isPlural(s, "expense")) {
                verb.used = true;
                BillingGrammar.useCues(
                        s, "expense", "last", "latest", "most", "recent", "my", "me", "the", "what", "was", "is");
                f.put("expense", id != null ? id : "last");
                f.conf = 0.92;
                return IntentType.EXPENSE_SHOW;
            }
            if (s.hasLow("entry") && (last || id != null)) {
                verb.used = true;
                BillingGrammar.useCues(
                        s, "time", "entry", "last", "latest", "most", "recent", "my", "me", "the", "what", "was", "is");
                f.put("entry", id != null ? id : "last");
                f.conf = 0.92;
                return IntentType.TIME_SHOW;
            }
            return null;
        }
        if (EDIT.contains(v) || v.equals("put") && expense || v.equals("make") && entry && !expense) {
            if (s.first(Tok.Kind.EMAIL) != null
                    || s.first(Tok.Kind.PHONE) != null
                    || s.hasLow("address", "email", "phone", "name")) {
                return null; // a client's details: client.update
            }
            if (expense) {
                verb.used = true;
                return expenseEdit(f);
            }
            if (entry || s.first(Tok.Kind.DURATION) != null && !project) {
                verb.used = true;
                return timeEdit(f);
            }
        }
        return null;
    }

    private static boolean hasAny(Sentence s, Set<String> words) {
        for (Tok t : s.toks) {
            if (t.kind == Tok.Kind.WORD && words.contains(t.low)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlural(Sentence s, String lemma) {
        for (Tok t : s.toks) {
            if (t.is(lemma) && t.low.endsWith("s")) {
                return true;
            }
        }
        return false;
    }

    /** The id said after {@code noun} ("expense 7003", "entry 12"), marked used; or null. */
    private static String idAfter(Sentence s, String noun) {
        for (int i = 0; i + 1 < s.size(); i++) {
            Tok t = s.get(i);
            Tok n = s.get(i + 1);
            if ((t.is(noun) || t.isLow(noun)) && n.kind == Tok.Kind.NUMBER) {
                n.used = true;
                t.used = true;
                return n.text.replace("#", "");
            }
        }
        return null;
    }

    private static IntentType ref(Grammar.Fill f, IntentType type) {
        Sentence s = f.s;
        BillingGrammar.useCues(s, "invoice", "the", "my");
        String n = Slots.invoiceNumber(s, true);
        if (n != null) {
            f.put("invoice", n);
        } else {
            String client = InvoiceSlots.refName(f);
            f.put("client", client);
            if (client != null || s.hasLow("latest", "last")) {
                f.put("which", "latest");
                BillingGrammar.useCues(s, "latest", "last", "most", "recent");
            }
        }
        f.conf = n != null ? 0.93 : 0.85;
        return type;
    }

    private static IntentType name(Grammar.Fill f, IntentType type, String slot) {
        Sentence s = f.s;
        BillingGrammar.useCues(s, "client", "project", "the", "my", "as", "mark", "customer");
        Sentence.Chunk c = null;
        for (Sentence.Chunk k : s.chunks()) {
            if (!s.get(k.from()).used) {
                c = k;
                break;
            }
        }
        if (c == null) {
            f.conf = 0.7;
            return type;
        }
        s.use(c);
        f.put(slot, Slots.clean(s.text(c)));
        f.conf = 0.92;
        return type;
    }

    private static IntentType unassign(Grammar.Fill f) {
        Sentence s = f.s;
        int from = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).isLow("from")) {
                from = i;
                s.get(i).used = true;
                break;
            }
        }
        Tok email = s.first(Tok.Kind.EMAIL);
        if (email != null && s.toks.indexOf(email) < from) {
            email.used = true;
            f.put("member", email.value);
        } else {
            Sentence.Chunk m = s.chunkAt(f.verb + 1);
            if (m != null && m.to() <= from) {
                s.use(m);
                f.put("member", Slots.clean(s.text(m)));
            }
        }
        BillingGrammar.useCues(s, "project", "the");
        Sentence.Chunk p = s.chunkAt(from + 1);
        if (p != null) {
            s.use(p);
            f.put("project", Slots.clean(s.text(p)));
        }
        f.conf = 0.9;
        return IntentType.PROJECT_UNASSIGN;
    }

    private static IntentType rename(Grammar.Fill f) {
        Sentence s = f.s;
        BillingGrammar.useCues(s, "project", "the");
        int to = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).isLow("to") || s.get(i).isLow("as")) {
                to = i;
                break;
            }
        }
        if (to < 0) {
            return null;
        }
        s.get(to).used = true;
        String old = s.slice(f.verb + 1, to).strip();
        String neu = s.slice(to + 1, s.size()).strip();
        // "… to Mobile App v2 and set its due date to …": the second change is not part of the name
        neu = neu.replaceFirst("(?i),?\\s+and\\s+(?:set|change|make|mark|move|update|give|put)\\b.*$", "");
        if (old.isEmpty() || neu.isEmpty()) {
            return null;
        }
        for (int i = f.verb + 1; i < s.size(); i++) {
            s.get(i).used = true;
        }
        f.put("project", Slots.clean(old.replaceAll("(?i)\\s+project$", "")));
        f.put("new_title", Slots.clean(neu.replaceAll("(?i)\\s+project$", "")));
        f.conf = 0.9;
        return IntentType.PROJECT_EDIT;
    }

    /** The index of "to" that starts the new values, or the end. */
    private static int splitAtTo(Sentence s, int from) {
        for (int i = from; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.isLow("to") || t.isLow("into")) {
                return i;
            }
        }
        return s.size();
    }

    private static IntentType timeWhich(Grammar.Fill f, IntentType type) {
        Sentence s = f.s;
        BillingGrammar.useCues(s, "time", "entry", "entries", "the", "my", "logged", "hours", "on", "for");
        boolean last = s.hasLow("last", "latest", "previous", "recent");
        String id = idAfter(s, "entry");
        if (id != null || last) {
            f.put("entry", id != null ? id : "last");
            BillingGrammar.useCues(s, "last", "latest", "previous", "most", "recent");
        }
        Tok d = s.first(Tok.Kind.DURATION);
        if (d != null) {
            d.used = true;
            f.put("duration_minutes", ((DurationExtractor.DurationMention) d.value).minutes());
        }
        LocalDate day = Slots.day(f, false);
        f.put("date", day);
        Slots.workNames(f);
        f.conf = 0.9;
        return type;
    }

    private static IntentType timeEdit(Grammar.Fill f) {
        Sentence s = f.s;
        int to = splitAtTo(s, f.verb + 1);
        if (to == s.size()) {
            // "make yesterday's Apollo entry 4 hours (instead)": the length after "entry" is the new one
            int entryAt = s.findLow("entry");
            if (entryAt >= 0
                    && s.get(entryAt + 1) != null
                    && s.get(entryAt + 1).kind == Tok.Kind.DURATION
                    && !s.get(entryAt + 1).used) {
                s.get(entryAt + 1).used = true;
                f.put("new_duration_minutes", ((DurationExtractor.DurationMention) s.get(entryAt + 1).value).minutes());
                BillingGrammar.useCues(s, "instead");
            }
        }
        BillingGrammar.useCues(s, "time", "entry", "the", "my", "logged", "hours", "on", "for");
        // what changes: after "to"
        for (int i = to + 1; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.kind == Tok.Kind.DURATION && !t.used) {
                t.used = true;
                f.put("new_duration_minutes", ((DurationExtractor.DurationMention) t.value).minutes());
            } else if (t.kind == Tok.Kind.DATE && !t.used) {
                t.used = true;
                f.put("new_date", ((DateExtractor.DateMention) t.value).from());
            }
        }
        if (to < s.size()) {
            s.get(to).used = true;
            Sentence.Chunk c = s.chunkAt(to + 1);
            if (c != null && !f.slots.containsKey("new_duration_minutes") && !f.slots.containsKey("new_date")) {
                s.use(c);
                String name = Slots.clean(s.text(c));
                boolean proj = s.after(c) != null && s.after(c).is("project");
                f.put(proj ? "new_project" : "new_target", name.replaceAll("(?i)\\s+project$", ""));
                if (proj) {
                    s.after(c).used = true;
                }
            }
        }
        // which entry: before "to"
        boolean last = s.hasLow("last", "latest", "previous", "recent");
        String id = idAfter(s, "entry");
        if (id != null) {
            f.put("entry", id); // "move entry 6006 to Thursday"
        } else if (last) {
            f.put("entry", "last");
            BillingGrammar.useCues(s, "last", "latest", "previous", "most", "recent");
        }
        for (int i = 0; i < to; i++) {
            Tok t = s.get(i);
            if (t.kind == Tok.Kind.DURATION && !t.used) {
                t.used = true;
                f.put("duration_minutes", ((DurationExtractor.DurationMention) t.value).minutes());
            } else if (t.kind == Tok.Kind.DATE && !t.used) {
                t.used = true;
                f.put("date", ((DateExtractor.DateMention) t.value).from());
            }
        }
        for (int i = 0; i < to; i++) {
            if (s.get(i).isLow("from")) {
                s.get(i).used = true;
            }
        }
        Slots.workNames(f);
        f.conf = f.slots.keySet().stream().anyMatch(k -> k.startsWith("new_")) ? 0.9 : 0.7;
        return IntentType.TIME_EDIT;
    }

    private static IntentType expenseWhich(Grammar.Fill f, IntentType type) {
        Sentence s = f.s;
        BillingGrammar.useCues(s, "expense", "the", "my", "for", "from", "at");
        boolean last = s.hasLow("last", "latest", "previous", "recent");
        String id = idAfter(s, "expense");
        if (id != null || last) {
            f.put("expense", id != null ? id : "last");
            BillingGrammar.useCues(s, "last", "latest", "previous", "most", "recent");
        }
        Tok m = s.first(Tok.Kind.MONEY);
        if (m != null && !m.used) {
            m.used = true;
            f.put("amount", ((MoneyExtractor.MoneyMention) m.value).money());
        }
        f.put("date", Slots.day(f, false));
        vendor(f, s.size());
        f.conf = 0.9;
        return type;
    }

    private static void vendor(Grammar.Fill f, int before) {
        Sentence s = f.s;
        for (Sentence.Chunk c : s.chunks()) {
            if (c.from() < before && !s.get(c.from()).used) {
                s.use(c);
                Tok after = s.after(c);
                if (after != null && after.kind == Tok.Kind.POSS) {
                    after.used = true;
                }
                // "the hosting expense from Friday": the preposition before the day is not the name's
                String name = Slots.clean(s.text(c)).replaceFirst("(?i)\\s+(?:from|on|of|at|for|in)$", "");
                f.put(ExpenseCategories.isCategory(name) ? "category" : "vendor", name);
                return;
            }
        }
    }

    private static IntentType expenseEdit(Grammar.Fill f) {
        Sentence s = f.s;
        int to = splitAtTo(s, f.verb + 1);
        BillingGrammar.useCues(s, "expense", "the", "my");
        for (int i = to + 1; i < s.size(); i++) {
            Tok t = s.get(i);
            if (t.kind == Tok.Kind.MONEY && !t.used) {
                t.used = true;
                f.put("new_amount", ((MoneyExtractor.MoneyMention) t.value).money());
            } else if (t.kind == Tok.Kind.DATE && !t.used) {
                t.used = true;
                f.put("new_date", ((DateExtractor.DateMention) t.value).from());
            }
        }
        int on = -1;
        for (int i = 0; i < s.size(); i++) {
            if ((s.get(i).isLow("on") || s.get(i).isLow("onto"))
                    && s.get(i + 1) != null
                    && s.get(i + 1).kind != Tok.Kind.DATE) {
                on = i;
            }
        }
        if (on >= 0) {
            Sentence.Chunk c = s.chunkAt(on + 1);
            if (c != null) {
                s.use(c);
                s.get(on).used = true;
                Tok after = s.after(c);
                boolean proj = after != null && after.is("project");
                boolean client = after != null && after.is("client");
                if (proj || client) {
                    after.used = true;
                }
                f.put(proj ? "new_project" : client ? "new_client" : "new_target", Slots.clean(s.text(c)));
            }
        }
        if (to < s.size()) {
            s.get(to).used = true;
        }
        boolean last = s.hasLow("last", "latest", "previous", "recent");
        if (last) {
            f.put("expense", "last");
            BillingGrammar.useCues(s, "last", "latest", "previous", "most", "recent");
        }
        for (int i = 0; i < to; i++) {
            Tok t = s.get(i);
            if (t.kind == Tok.Kind.MONEY && !t.used) {
                t.used = true;
                f.put("amount", ((MoneyExtractor.MoneyMention) t.value).money());
            } else if (t.kind == Tok.Kind.DATE && !t.used) {
                t.used = true;
                f.put("date", ((DateExtractor.DateMention) t.value).from());
            }
        }
        vendor(f, to);
        f.conf = f.slots.keySet().stream().anyMatch(k -> k.startsWith("new_")) ? 0.9 : 0.7;
        return IntentType.EXPENSE_EDIT;
    }
}
