package dev.fbcli.nlp.llm;

import dev.fbcli.nlp.intent.BillingMethod;
import dev.fbcli.nlp.intent.Frame;
import dev.fbcli.nlp.intent.Intent;
import dev.fbcli.nlp.intent.IntentType;
import dev.fbcli.nlp.intent.InvoiceLine;
import dev.fbcli.nlp.intent.InvoiceStatus;
import dev.fbcli.nlp.intent.Json;
import dev.fbcli.nlp.intent.Money;
import dev.fbcli.nlp.intent.SlotType;
import dev.fbcli.nlp.parse.AccountNames;
import dev.fbcli.nlp.parse.ContactExtractor;
import dev.fbcli.nlp.parse.DateExtractor;
import dev.fbcli.nlp.parse.DateExtractor.DateMention;
import dev.fbcli.nlp.parse.DurationExtractor;
import dev.fbcli.nlp.parse.DurationExtractor.DurationMention;
import dev.fbcli.nlp.parse.IntentMapper;
import dev.fbcli.nlp.parse.MoneyExtractor;
import dev.fbcli.nlp.parse.MoneyExtractor.MoneyMention;
import dev.fbcli.nlp.parse.ParseContext;
import dev.fbcli.nlp.parse.Span;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the model wrote into a {@link Frame}, trusting nothing:
 *
 * <ol>
 *   <li>the JSON object is found (a markdown fence or a sentence around it is tolerated) and read
 *       into an {@link LlmFrame}: an unknown field, an intent or status outside the lists, or a
 *       value of the wrong type is an {@link OffSchemaException};
 *   <li>amounts, durations, dates and times are read from the model's text by the rules parser's
 *       extractors ({@link MoneyExtractor}, {@link DurationExtractor}, {@link DateExtractor});
 *   <li>each value is checked against the phrase itself ("grounding"): names and notes must be
 *       words of the phrase (or an account name that shares a word with it), amounts, durations
 *       and dates must be ones the phrase states. A value the phrase does not support keeps the
 *       frame but caps its confidence at {@link #UNSUPPORTED_CAP}, so a person is asked "is that
 *       right?" and a script refuses; an e-mail address or phone number that is not in the phrase
 *       is dropped (an invoice must never go to an address the user did not type);
 *   <li>the frame is validated exactly like a rules frame: the {@link Frame} constructor, then
 *       {@link IntentMapper#toIntent}: values that break an intent's invariants are off-schema.
 * </ol>
 *
 * Pure: no I/O, no LangChain4j.
 */
public final class ProposalReader {
    /** Highest confidence an LLM frame gets. */
    public static final double MAX_CONFIDENCE = 0.95;
    /**
     * Confidence when the model does not say: below the line a phrase is acted on without asking
     * (0.8), so a person is asked "is that right?" and a script refuses.
     */
    public static final double DEFAULT_CONFIDENCE = 0.7;
    /** Confidence cap when a value is not supported by the phrase. */
    public static final double UNSUPPORTED_CAP = 0.6;
    /** Longest answer read. */
    public static final int MAX_ANSWER = 20_000;

    private static final Pattern FENCE = Pattern.compile("(?s)^```[a-zA-Z]*\\s*\\n?(.*?)\\n?\\s*```$");
    private static final Pattern NUMBER =
            Pattern.compile("(?<![\\w.])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<![\\w.,])\\d+(?:\\.\\d+)?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s?(am|pm|a\\.m\\.|p\\.m\\.)?");
    private static final Set<String> WEAK = Set.of(
            "the", "a", "an", "of", "and", "for", "on", "inc", "llc", "ltd", "corp", "co", "company", "project",
            "client", "s", "my", "to", "at", "in");

    /** Slots whose field in {@link LlmFrame} has another name. */
    private static final Map<String, String> FIELD_OF_SLOT = Map.of("duration_minutes", "duration", "notes", "note");
    /** Slots that hold a name of the account. */
    private static final Set<String> NAME_SLOTS = Set.of("client", "project", "target", "service", "category");

    private static final Map<String, RecordComponent> COMPONENTS = components();

    private final String input;
    private final ParseContext ctx;
    private final AccountNames names;
    private final List<String> inputTokens;
    private double cap = 1.0;
    private final List<String> doubts = new ArrayList<>();

    private ProposalReader(String input, ParseContext ctx, AccountNames names) {
        this.input = input;
        this.ctx = ctx;
        this.names = names == null ? AccountNames.none() : names;
        this.inputTokens = tokens(input);
    }

    /**
     * The frame the model proposed for {@code input}.
     *
     * @throws OffSchemaException when the answer is not a valid frame
     */
    public static Frame read(String answer, String input, ParseContext ctx, AccountNames names) {
        LlmFrame proposal = parse(answer);
        return new ProposalReader(input == null ? "" : input, ctx, names).toFrame(proposal);
    }

    // ------------------------------------------------------------------ JSON → LlmFrame

    /** The {@link LlmFrame} in {@code answer}, read strictly. */
    public static LlmFrame parse(String answer) {
        String json = jsonOf(answer);
        Object root;
        try {
            root = Json.parse(json);
        } catch (IllegalArgumentException e) {
            throw new OffSchemaException("the answer is not valid JSON (" + e.getMessage() + ")");
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new OffSchemaException("the answer must be one JSON object");
        }
        return toRecord(LlmFrame.class, map, "");
    }

    /** The JSON object in an answer: as is, inside a markdown fence, or between the first '{' and the last '}'. */
    static String jsonOf(String answer) {
        if (answer == null || answer.isBlank()) {
            throw new OffSchemaException("the answer is empty");
        }
        if (answer.length() > MAX_ANSWER) {
            throw new OffSchemaException("the answer is too long");
        }
        String s = answer.strip();
        Matcher m = FENCE.matcher(s);
        if (m.matches()) {
            s = m.group(1).strip();
        }
        if (s.startsWith("[")) {
            throw new OffSchemaException("the answer must be one JSON object, not a list");
        }
        if (!s.startsWith("{")) {
            int open = s.indexOf('{');
            int close = s.lastIndexOf('}');
            if (open < 0 || close < open) {
                throw new OffSchemaException("the answer holds no JSON object");
            }
            s = s.substring(open, close + 1);
        }
        return s;
    }

    private static <R extends Record> R toRecord(Class<R> type, Map<?, ?> map, String where) {
        RecordComponent[] rcs = type.getRecordComponents();
        Map<String, RecordComponent> byJson = new LinkedHashMap<>();
        for (RecordComponent rc : rcs) {
            byJson.put(LlmFrame.jsonName(rc.getName()), rc);
        }
        for (Object k : map.keySet()) {
            if (!byJson.containsKey(k)) {
                throw new OffSchemaException("unknown field '" + where + shorten(String.valueOf(k)) + "'");
            }
        }
        Object[] args = new Object[rcs.length];
        Class<?>[] types = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            RecordComponent rc = rcs[i];
            types[i] = rc.getType();
            Object raw = map.get(LlmFrame.jsonName(rc.getName()));
            args[i] = raw == null ? null : convert(rc, raw, where + LlmFrame.jsonName(rc.getName()));
        }
        try {
            Constructor<R> c = type.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static Object convert(RecordComponent rc, Object raw, String where) {
        Class<?> t = rc.getType();
        if (t == String.class) {
            if (raw instanceof String s) {
                return s.isBlank() ? null : s.strip();
            }
            if (raw instanceof BigDecimal d && isMoneyOrText(rc.getName())) {
                return d.toPlainString(); // "amount": 45 means "45"
            }
            throw new OffSchemaException(where + " must be a string");
        }
        if (t == Integer.class) {
            if (raw instanceof BigDecimal d) {
                try {
                    return d.intValueExact();
                } catch (ArithmeticException e) {
                    throw new OffSchemaException(where + " must be a whole number");
                }
            }
            throw new OffSchemaException(where + " must be a number");
        }
        if (t == BigDecimal.class) {
            if (raw instanceof BigDecimal d) {
                return d;
            }
            throw new OffSchemaException(where + " must be a number");
        }
        if (t == Boolean.class) {
            if (raw instanceof Boolean b) {
                return b;
            }
            throw new OffSchemaException(where + " must be true or false");
        }
        if (t == IntentType.class) {
            IntentType it = raw instanceof String s ? IntentType.fromWire(s.strip()) : null;
            if (it == null) {
                throw new OffSchemaException(
                        where + " must be one of the listed intents, not '" + shorten(String.valueOf(raw)) + "'");
            }
            return it;
        }
        if (t == InvoiceStatus.class || t == BillingMethod.class) {
            if (raw instanceof String s) {
                for (Object c : t.getEnumConstants()) {
                    if (((Enum<?>) c).name().equalsIgnoreCase(s.strip())) {
                        return c;
                    }
                }
            }
            throw new OffSchemaException(
                    where + " must be one of " + LlmFrame.words(t) + ", not '" + shorten(String.valueOf(raw)) + "'");
        }
        if (t == List.class) {
            if (!(raw instanceof List<?> list)) {
                throw new OffSchemaException(where + " must be a list");
            }
            Class<?> item = (Class<?>) ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> m)) {
                    throw new OffSchemaException(where + " must hold objects");
                }
                @SuppressWarnings("unchecked")
                Class<? extends Record> rt = (Class<? extends Record>) item;
                out.add(toRecord(rt, m, where + "[]."));
            }
            return out.isEmpty() ? null : List.copyOf(out);
        }
        throw new IllegalStateException("no conversion for " + t);
    }

    private static boolean isMoneyOrText(String component) {
        return Set.of(
                        "amount",
                        "total",
                        "minAmount",
                        "budgetAmount",
                        "rate",
                        "fixedPrice",
                        "unitCost",
                        "invoice",
                        "phone")
                .contains(component);
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 40 ? one : one.substring(0, 37) + "...";
    }

    // ------------------------------------------------------------------ LlmFrame → Frame

    private Frame toFrame(LlmFrame p) {
        if (p.intent() == null) {
            throw new OffSchemaException("intent is required");
        }
        double conf =
                p.confidence() == null ? DEFAULT_CONFIDENCE : p.confidence().doubleValue();
        if (!(conf >= 0.0 && conf <= 1.0)) {
            throw new OffSchemaException("confidence must be between 0 and 1");
        }
        conf = Math.min(conf, MAX_CONFIDENCE);
        IntentType type = p.intent();
        if (type == IntentType.UNKNOWN) {
            return Frame.unknown(input, conf, "llm");
        }
        Map<String, Object> slots = new LinkedHashMap<>();
        for (IntentType.Slot s : type.slots().values()) {
            Object v = slotValue(type, s, p);
            if (v != null) {
                slots.put(s.name(), v);
            }
        }
        defaults(type, p, slots);
        groundAction(type, slots);
        Frame f;
        try {
            f = Frame.of(input, type, slots, Math.min(conf, cap), "llm");
        } catch (IllegalArgumentException e) {
            throw new OffSchemaException(e.getMessage());
        }
        if (f.missing().isEmpty() && IntentMapper.toIntent(f) instanceof Intent.Unsupported u) {
            throw new OffSchemaException("not a valid " + type.wire() + ": " + u.reason());
        }
        return f;
    }

    private static final Pattern SEND_WORDS =
            Pattern.compile("\\b(send|sends|sent|e-?mail(s|ed)?|mail(s|ed)?|resend)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAY_WORDS = Pattern.compile(
            "\\b(paid|pay|pays|payment|received|receive|got|deposit(ed)?|cheque|check|settled)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DELETE_WORDS = Pattern.compile(
            "\\b(delete|deleted|remove|erase|drop|discard|trash|cancel|scrap|get rid)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARCHIVE_WORDS =
            Pattern.compile("\\b(archive|archived|hide|shelve|delete|remove)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPLETE_WORDS = Pattern.compile(
            "\\b(complete|completed|finish|finished|done|close|closed|wrap)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNASSIGN_WORDS =
            Pattern.compile("\\b(unassign|remove|take\\s+\\w+\\s+off|off)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The intent and every flag that changes what is done (emailing, recording a payment,
     * deleting, archiving, completing) must be said in the phrase: a model that reads "acme latest
     * bill thingy" as invoice.send is doubted, so its confidence is capped below the line a
     * script acts on and a person is asked.
     */
    private void groundAction(IntentType type, Map<String, Object> slots) {
        String wire = type.wire();
        Pattern needed = null;
        if (wire.endsWith(".send")) {
            needed = SEND_WORDS;
        } else if (wire.equals("payment.record")) {
            needed = PAY_WORDS;
        } else if (wire.endsWith(".delete") || wire.equals("timer.discard")) {
            needed = DELETE_WORDS;
        } else if (wire.endsWith(".archive")) {
            needed = ARCHIVE_WORDS;
        } else if (wire.equals("project.complete")) {
            needed = COMPLETE_WORDS;
        } else if (wire.equals("project.unassign")) {
            needed = UNASSIGN_WORDS;
        }
        if (needed != null && !needed.matcher(input).find()) {
            doubt("intent");
        }
        if (Boolean.TRUE.equals(slots.get("send")) && !SEND_WORDS.matcher(input).find()) {
            doubt("send");
        }
        if (Boolean.TRUE.equals(slots.get("paid")) && !PAY_WORDS.matcher(input).find()) {
            doubt("paid");
        }
    }

    /** What was doubted, for {@code -v} (field names only). */
    List<String> doubts() {
        return doubts;
    }

    private void doubt(String slot) {
        cap = Math.min(cap, UNSUPPORTED_CAP);
        doubts.add(slot);
    }

    private Object slotValue(IntentType type, IntentType.Slot s, LlmFrame p) {
        String field = FIELD_OF_SLOT.getOrDefault(s.name(), s.name());
        Object raw = field(p, field);
        String name = s.name();
        SlotType st = s.type();
        if (name.equals("date_from") || name.equals("date_to")) {
            return rangeEnd(p, name.equals("date_from"));
        }
        if (raw == null) {
            return null;
        }
        switch (st) {
            case TEXT: {
                String text = (String) raw;
                if (name.equals("email") || name.equals("phone")) {
                    return contact(name, text);
                }
                if (!grounded(text) && !(NAME_SLOTS.contains(name) && isAccountName(text))) {
                    doubt(name);
                }
                return text;
            }
            case WORD: {
                if (raw instanceof InvoiceStatus is) {
                    return is.wire();
                }
                if (raw instanceof BillingMethod bm) {
                    return bm.wire();
                }
                String w = ((String) raw).toLowerCase(Locale.ROOT);
                if (!s.words().contains(w)) {
                    throw new OffSchemaException(field + " must be one of " + s.words());
                }
                return w;
            }
            case CURRENCY:
                return ((String) raw).toUpperCase(Locale.ROOT);
            case INT: {
                if (name.equals("duration_minutes")) {
                    return duration((String) raw);
                }
                Integer n = (Integer) raw;
                if (!numberInInput(BigDecimal.valueOf(n))) {
                    doubt(name);
                }
                return n;
            }
            case NUMBER: {
                BigDecimal n = (BigDecimal) raw;
                if (!numberInInput(n) && !durationHours(n)) {
                    doubt(name);
                }
                return n;
            }
            case BOOL:
                return raw;
            case DATE:
                return day(name, (String) raw, name.equals("due_date"));
            case TIME:
                return time((String) raw);
            case MONEY:
                return money(name, (String) raw);
            case LINES:
                return lines(p);
            default:
                throw new IllegalStateException(st.toString());
        }
    }

    private void defaults(IntentType type, LlmFrame p, Map<String, Object> slots) {
        if ((type == IntentType.TIME_LOG || type == IntentType.EXPENSE_CREATE) && !slots.containsKey("date")) {
            slots.put("date", ctx.today());
        }
        if ((type == IntentType.INVOICE_SHOW || type == IntentType.INVOICE_SEND)
                && !slots.containsKey("invoice")
                && slots.containsKey("client")
                && !slots.containsKey("which")) {
            slots.put("which", "latest");
        }
        if ((type == IntentType.INVOICE_SHOW || type == IntentType.INVOICE_SEND) && slots.containsKey("invoice")) {
            slots.remove("which");
        }
    }

    private static Object field(LlmFrame p, String jsonName) {
        RecordComponent rc = COMPONENTS.get(jsonName);
        if (rc == null) {
            return null;
        }
        try {
            return rc.getAccessor().invoke(p);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, RecordComponent> components() {
        Map<String, RecordComponent> m = new LinkedHashMap<>();
        for (RecordComponent rc : LlmFrame.class.getRecordComponents()) {
            m.put(LlmFrame.jsonName(rc.getName()), rc);
        }
        return m;
    }

    // ------------------------------------------------------------------ values, re-read and checked

    private String contact(String slot, String text) {
        List<Span<String>> said =
                slot.equals("email") ? ContactExtractor.emails(input) : ContactExtractor.phones(input);
        for (Span<String> sp : said) {
            String s = sp.value();
            if (slot.equals("email") ? s.equalsIgnoreCase(text) : digits(s).equals(digits(text))) {
                return s;
            }
        }
        doubts.add(slot + " (dropped: not in the phrase)");
        return null;
    }

    private Integer duration(String text) {
        int minutes = DurationExtractor.parseMinutes(text);
        if (minutes <= 0) {
            List<Span<DurationMention>> found = DurationExtractor.findAll(text);
            minutes = found.size() == 1 ? found.get(0).value().minutes() : -1;
        }
        if (minutes <= 0) {
            doubt("duration_minutes");
            return null;
        }
        boolean said = false;
        for (Span<DurationMention> d : DurationExtractor.findAll(input)) {
            said |= d.value().minutes() == minutes;
        }
        if (!said) {
            doubt("duration_minutes");
        }
        return minutes;
    }

    private LocalTime time(String text) {
        Matcher m = CLOCK.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            doubt("start_time");
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String ap = m.group(3);
        if (ap != null && ap.startsWith("p") && h < 12) {
            h += 12;
        } else if (ap != null && ap.startsWith("a") && h == 12) {
            h = 0;
        }
        if (h > 23 || min > 59) {
            doubt("start_time");
            return null;
        }
        LocalTime t = LocalTime.of(h, min);
        boolean said = false;
        for (Span<DurationMention> d : DurationExtractor.findAll(input)) {
            said |= t.equals(d.value().start());
        }
        if (!said && !inputTokens.contains(m.group(1))) {
            doubt("start_time");
        }
        return t;
    }

    private LocalDate day(String slot, String text, boolean upcoming) {
        DateMention d = mention(text);
        LocalDate day = d == null || d.range() ? null : (upcoming ? d.upcoming() : d.from());
        if (day == null) {
            doubt(slot);
            return null;
        }
        if (!dateSaid(day)) {
            doubt(slot);
        }
        return day;
    }

    private Object rangeEnd(LlmFrame p, boolean from) {
        String own = from ? p.dateFrom() : p.dateTo();
        if (own != null) {
            return day(from ? "date_from" : "date_to", own, false);
        }
        String span = p.period() != null ? p.period() : p.date();
        if (span == null) {
            return null;
        }
        DateMention d = mention(span);
        if (d == null) {
            doubt(from ? "date_from" : "date_to");
            return null;
        }
        LocalDate v = from ? d.from() : d.to();
        if (v != null && !dateSaid(v)) {
            doubt(from ? "date_from" : "date_to");
        }
        return v;
    }

    /** The one date mention that is all of {@code text}, or an ISO date; null otherwise. */
    private DateMention mention(String text) {
        String t = text.strip();
        List<Span<DateMention>> all = new DateExtractor(ctx.today()).findAll(t);
        if (all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == t.length()) {
            return all.get(0).value();
        }
        try {
            LocalDate d = LocalDate.parse(t);
            return new DateMention(d, d, d, false);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private boolean dateSaid(LocalDate day) {
        for (Span<DateMention> s : new DateExtractor(ctx.today()).findAll(input)) {
            DateMention m = s.value();
            if (day.equals(m.from()) || day.equals(m.to()) || day.equals(m.upcoming())) {
                return true;
            }
        }
        return false;
    }

    private Money money(String slot, String text) {
        Money m = MoneyExtractor.parse(text);
        if (m == null) {
            List<Span<MoneyMention>> found = MoneyExtractor.findAll(text);
            m = found.size() == 1 ? found.get(0).value().money() : null;
        }
        if (m == null) {
            doubt(slot);
            return null;
        }
        for (Span<MoneyMention> said : MoneyExtractor.findAll(input)) {
            if (said.value().money().amount().compareTo(m.amount()) == 0) {
                return said.value().money(); // the phrase's currency reading, not the model's
            }
        }
        if (numberInInput(m.amount())) {
            return new Money(m.amount(), null);
        }
        doubt(slot);
        return m;
    }

    private List<InvoiceLine> lines(LlmFrame p) {
        if (p.lines() == null) {
            return null;
        }
        Money total = p.total() == null ? null : MoneyExtractor.parse(p.total());
        List<InvoiceLine> out = new ArrayList<>();
        for (LlmFrame.Line l : p.lines()) {
            BigDecimal q = l.quantity() == null ? BigDecimal.ONE : l.quantity();
            if (q.signum() <= 0) {
                throw new OffSchemaException("a line's quantity must be positive");
            }
            if (l.quantity() != null && !numberInInput(q) && !durationHours(q)) {
                doubt("lines");
            }
            Money unit = null;
            if (l.unitCost() != null) {
                unit = MoneyExtractor.parse(l.unitCost());
                if (unit == null) {
                    doubt("lines");
                } else {
                    boolean fromTotal = total != null
                            && total.amount().divide(q, 2, RoundingMode.HALF_UP).compareTo(unit.amount()) == 0;
                    Money said = null;
                    for (Span<MoneyMention> s : MoneyExtractor.findAll(input)) {
                        if (s.value().money().amount().compareTo(unit.amount()) == 0) {
                            said = s.value().money();
                        }
                    }
                    if (said != null) {
                        unit = said;
                    } else if (!fromTotal && !numberInInput(unit.amount())) {
                        doubt("lines");
                    } else {
                        unit = new Money(unit.amount(), null);
                    }
                }
            }
            if (l.description() != null && !grounded(l.description())) {
                doubt("lines");
            }
            out.add(new InvoiceLine(l.description(), q, unit));
        }
        return out.isEmpty() ? null : out;
    }

    // ------------------------------------------------------------------ grounding

    /** True when the words of {@code value} appear, in order and together, in the phrase. */
    boolean grounded(String value) {
        List<String> v = tokens(value);
        if (v.isEmpty()) {
            return false;
        }
        outer:
        for (int i = 0; i + v.size() <= inputTokens.size(); i++) {
            for (int j = 0; j < v.size(); j++) {
                if (!inputTokens.get(i + j).equals(v.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** An account name (any kind) that shares a significant word with the phrase (one typo allowed). */
    private boolean isAccountName(String value) {
        boolean known = false;
        for (String n : names.all()) {
            known |= n.equalsIgnoreCase(value.strip());
        }
        if (!known) {
            return false;
        }
        for (String t : tokens(value)) {
            if (WEAK.contains(t)) {
                continue;
            }
            for (String in : inputTokens) {
                if (in.equals(t) || (t.length() >= 4 && in.length() >= 4 && oneEdit(in, t))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean numberInInput(BigDecimal n) {
        Matcher m = NUMBER.matcher(input);
        while (m.find()) {
            try {
                if (new BigDecimal(m.group().replace(",", "")).compareTo(n) == 0) {
                    return true;
                }
            } catch (NumberFormatException e) {
                // not a number after all
            }
        }
        for (Span<MoneyMention> s : MoneyExtractor.findAll(input)) {
            if (s.value().money().amount().compareTo(n) == 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code n} hours is a duration the phrase states ("8 hours of consulting" is quantity 8). */
    private boolean durationHours(BigDecimal n) {
        for (Span<DurationMention> d : DurationExtractor.findAll(input)) {
            if (BigDecimal.valueOf(d.value().minutes()).compareTo(n.multiply(BigDecimal.valueOf(60))) == 0) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words and numbers; quotes, possessive 's and punctuation dropped; leading zeros of numbers dropped. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        String t = s.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace("'s ", " ")
                .replaceAll("'s$", "");
        for (String w : t.split("[^\\p{L}\\p{N}@.+-]+")) {
            String x = w.replaceAll("^[.+-]+|[.+-]+$", "");
            if (x.isEmpty()) {
                continue;
            }
            if (x.matches("0+\\d+")) {
                x = x.replaceFirst("^0+", "");
            }
            out.add(x);
        }
        return out;
    }

    private static String digits(String s) {
        return s.replaceAll("\\D", "");
    }

    private static boolean oneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else if (i + 1 < a.length() && a.charAt(i) == b.charAt(j + 1) && a.charAt(i + 1) == b.charAt(j)) {
                i += 2;
                j += 2;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
