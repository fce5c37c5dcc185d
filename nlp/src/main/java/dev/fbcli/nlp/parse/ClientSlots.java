package dev.fbcli.nlp.parse;

import static dev.fbcli.nlp.parse.ExpenseSlots.*;
import static dev.fbcli.nlp.parse.Grammar.*;
import static dev.fbcli.nlp.parse.InvoiceSlots.*;
import static dev.fbcli.nlp.parse.ProjectSlots.*;
import static dev.fbcli.nlp.parse.Slots.*;
import static dev.fbcli.nlp.parse.TimeSlots.*;

import java.util.Map;

/**
 * Slot logic of clients: a new client with contact details, a change to one, show and list. Split out of {@link Grammar}, which decides the intent and calls these to fill its
 * slots; the helpers every family shares stay there.
 */
final class ClientSlots {
    private ClientSlots() {}

    static String currency(Sentence s) {
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

    static boolean personName(Sentence s, Sentence.Chunk c, String email) {
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

    static void personInto(Fill f, Sentence s, Sentence.Chunk c) {
        f.put("first_name", s.get(c.from()).text);
        f.put("last_name", s.slice(c.from() + 1, c.to()));
        s.use(c);
    }

    static void clientCreate(Fill f) {
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

    static void clientUpdate(Fill f) {
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

    static boolean personLike(Sentence s, Sentence.Chunk c) {
        return c.size() >= 2 && c.size() <= 3 && s.allCapitalized(c);
    }

    static void clientShow(Fill f) {
        useLow(f.s, "me", "details", "show", "look", "up");
        String c = refName(f);
        if (c != null) {
            f.put("client", c);
        }
    }

    static void clientList(Fill f) {
        Sentence s = f.s;
        if (s.has("unpaid") || s.has("outstanding") || s.has("balance") || s.has("overdue")) {
            f.put("has_outstanding", Boolean.TRUE);
            use(s, "unpaid", "outstanding", "balance", "overdue", "invoice");
        }
    }
}
