package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The comparison of ../shared/tools/nlp-eval, in Java: a frame is an exact match when the intent
 * is equal and every expected slot is there and equal under the scorer's rules (text without
 * case, punctuation, a leading article or a trailing "project"/"client"; money by amount and by
 * currency where expected; target met by client or project; lines by the first line; total by
 * the stated total or the sum of the lines; invoice numbers without '#' and leading zeros).
 */
final class Scorer {
    record Case(String text, String intent, Map<String, Object> slots) {}

    record Failure(Case c, Frame got, List<String> wrong) {
        @Override
        public String toString() {
            return "- " + c.text() + "\n  expected " + c.intent() + " " + c.slots() + "\n  got      " + got.toJson()
                    + "\n  wrong: " + wrong;
        }
    }

    record Result(
            int n,
            int exact,
            int unknownExpected,
            int unknownRefused,
            int wronglyRefused,
            int confidentWrong,
            List<Failure> failures) {
        double accuracy() {
            return n == 0 ? 0 : (double) exact / n;
        }

        String summary() {
            return String.format(
                    Locale.ROOT,
                    "frame accuracy %.3f (%d/%d); out-of-scope refused %d/%d; in-scope wrongly refused %d;"
                            + " wrong frames with confidence >= 0.8: %d",
                    accuracy(),
                    exact,
                    n,
                    unknownRefused,
                    unknownExpected,
                    wronglyRefused,
                    confidentWrong);
        }
    }

    private static final Pattern NOISE_TAIL = Pattern.compile("\\s+(project|client)$");
    private static final Set<String> EXACT_KEYS = Set.of(
            "date",
            "date_from",
            "date_to",
            "due_date",
            "start_time",
            "currency",
            "status",
            "billing_method",
            "which",
            "email",
            "invoice");
    private static final Set<String> MONEY_KEYS =
            Set.of("amount", "min_amount", "rate", "fixed_price", "budget_amount");

    private Scorer() {}

    @SuppressWarnings("unchecked")
    static List<Case> load(String resource) {
        try (InputStream in = Scorer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            List<Case> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> m = (Map<String, Object>) Json.parse(line);
                out.add(new Case(
                        ((String) m.get("text")).replace("\n", " "), (String) m.get("intent"), (Map<String, Object>)
                                m.getOrDefault("slots", Map.of())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result run(IntentParser parser, List<Case> cases, LocalDate today) {
        return run(parser, cases, today, AccountNames.none());
    }

    /**
     * Scores with the account's {@code names} in the parse context: the corpus is written against
     * the demo account, and `fb parse` on a machine with no account of the user's reads with its names.
     */
    static Result run(IntentParser parser, List<Case> cases, LocalDate today, AccountNames names) {
        ParseContext ctx = new ParseContext(today, ZoneId.of("UTC"), names);
        int exact = 0;
        int unknownExp = 0;
        int unknownHit = 0;
        int falseUnknown = 0;
        int confidentWrong = 0;
        List<Failure> fails = new ArrayList<>();
        for (Case c : cases) {
            Frame f = parser.parse(c.text(), ctx);
            // compare through the JSON, as the scorer sees it
            @SuppressWarnings("unchecked")
            Map<String, Object> got = (Map<String, Object>) Json.parse(f.toJson());
            @SuppressWarnings("unchecked")
            Map<String, Object> slots = (Map<String, Object>) got.get("slots");
            String gi = (String) got.get("intent");
            if (c.intent().equals("unknown")) {
                unknownExp++;
                if (gi.equals("unknown")) {
                    unknownHit++;
                }
            } else if (gi.equals("unknown")) {
                falseUnknown++;
            }
            List<String> bad = new ArrayList<>();
            if (!c.intent().equals(gi)) {
                bad.add("intent=" + gi);
            } else {
                for (Map.Entry<String, Object> e : c.slots().entrySet()) {
                    if (!slotEq(e.getKey(), e.getValue(), slots)) {
                        bad.add(e.getKey());
                    }
                }
            }
            if (bad.isEmpty()) {
                exact++;
            } else {
                fails.add(new Failure(c, f, bad));
                if (f.confidence() >= 0.8) {
                    confidentWrong++;
                }
            }
        }
        return new Result(cases.size(), exact, unknownExp, unknownHit, falseUnknown, confidentWrong, fails);
    }

    static String normText(Object v) {
        if (!(v instanceof String str)) {
            return null;
        }
        String s = str.toLowerCase(Locale.ROOT).strip();
        s = s.replace('\u2019', '\'');
        s = s.replaceAll("'s\\b", "");
        s = s.replaceAll("[^\\w\\s@.+-]", " ");
        s = s.replaceAll("^[ .]+|[ .]+$", "");
        s = s.replaceAll("\\s+", " ");
        s = s.replaceAll("^(the|a|an) ", "");
        s = NOISE_TAIL.matcher(s).replaceAll("");
        return s.strip();
    }

    static BigDecimal dec(Object v) {
        try {
            if (v instanceof Map<?, ?> m) {
                v = m.get("amount");
            }
            if (v == null) {
                return null;
            }
            return new BigDecimal(v.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean moneyEq(Object exp, Object got) {
        BigDecimal a = dec(exp);
        BigDecimal b = dec(got);
        if (a == null || b == null || a.subtract(b).abs().compareTo(new BigDecimal("0.005")) > 0) {
            return false;
        }
        if (exp instanceof Map<?, ?> em && em.get("currency") != null) {
            return got instanceof Map<?, ?> gm
                    && gm.get("currency") != null
                    && gm.get("currency")
                            .toString()
                            .equalsIgnoreCase(em.get("currency").toString());
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    static BigDecimal linesTotal(Map<String, Object> slots) {
        if (slots.get("total") != null) {
            return dec(slots.get("total"));
        }
        BigDecimal total = BigDecimal.ZERO;
        Object lines = slots.get("lines");
        if (lines instanceof List<?> l) {
            for (Object o : l) {
                Map<String, Object> line = (Map<String, Object>) o;
                BigDecimal q = line.get("quantity") == null ? BigDecimal.ONE : dec(line.get("quantity"));
                BigDecimal u = dec(line.get("unit_cost"));
                if (q == null || u == null) {
                    return null;
                }
                total = total.add(q.multiply(u));
            }
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    static boolean slotEq(String key, Object exp, Map<String, Object> got) {
        if (key.equals("target")) {
            return textEq(exp, got.get("target")) || textEq(exp, got.get("project")) || textEq(exp, got.get("client"));
        }
        if (key.equals("total")) {
            BigDecimal t = linesTotal(got);
            return t != null && t.subtract(dec(exp)).abs().compareTo(new BigDecimal("0.005")) <= 0;
        }
        if (key.equals("lines")) {
            Object gl = got.get("lines");
            if (!(gl instanceof List<?> g) || g.isEmpty()) {
                return false;
            }
            Map<String, Object> e = (Map<String, Object>) ((List<?>) exp).get(0);
            Map<String, Object> first = (Map<String, Object>) g.get(0);
            if (e.containsKey("description")) {
                String ge = normText(first.get("description"));
                if (!(ge == null ? "" : ge).contains(normText(e.get("description")))) {
                    return false;
                }
            }
            if (e.containsKey("quantity")) {
                BigDecimal q = dec(first.get("quantity"));
                if (q == null || q.compareTo(dec(e.get("quantity"))) != 0) {
                    return false;
                }
            }
            if (e.containsKey("unit_cost") && !moneyEq(e.get("unit_cost"), first.get("unit_cost"))) {
                return false;
            }
            return true;
        }
        Object g = got.get(key);
        if (exp instanceof Map || MONEY_KEYS.contains(key)) {
            return moneyEq(exp, g);
        }
        if (exp instanceof Boolean || g instanceof Boolean) {
            return exp.equals(g);
        }
        if (exp instanceof BigDecimal d) {
            BigDecimal gd = dec(g);
            return gd != null && gd.compareTo(d) == 0;
        }
        if (EXACT_KEYS.contains(key)) {
            if (key.equals("invoice")) {
                return String.valueOf(g)
                        .replaceAll("^[#0]+", "")
                        .equals(String.valueOf(exp).replaceAll("^[#0]+", ""));
            }
            return g instanceof String gs && gs.equalsIgnoreCase(String.valueOf(exp));
        }
        return textEq(exp, g);
    }

    static boolean textEq(Object exp, Object got) {
        String a = normText(exp);
        String b = normText(got);
        return a != null && a.equals(b);
    }

    /** Prints both sets' scores and failures: {@code java ... dev.fbcli.nlp.parse.Scorer}. */
    public static void main(String[] args) {
        RuleBasedIntentParser p = new RuleBasedIntentParser();
        for (String set : args.length > 0 ? args : new String[] {"/nlp/dev.jsonl", "/nlp/heldout.jsonl"}) {
            Result r = run(p, load(set), LocalDate.parse("2026-11-24"));
            System.out.println("== " + set);
            r.failures().forEach(f -> System.out.println(f + "  conf=" + f.got().confidence()));
            System.out.println(r.summary());
        }
    }
}
