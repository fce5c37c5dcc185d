package dev.fbcli.nlp.parse;

import dev.fbcli.nlp.intent.Frame;

/**
 * The offline, rules-first parser. Stateless, so one instance is safe to share between threads
 * and to reuse. Input longer than {@link #MAX_INPUT} characters is refused ({@code unknown}), which
 * with the extractors' bounded patterns keeps every parse fast. Before the grammar, the {@link
 * LexicalFront} corrects typos of the vocabulary and finds the account's names ({@link
 * ParseContext#names()}).
 */
public final class RuleBasedIntentParser implements IntentParser {
    /** Longest phrase the parser reads; longer ones are {@code unknown}. */
    public static final int MAX_INPUT = 500;

    /** "w/ Globex" is "with Globex". */
    /** "the most recent entry": the latest (one word, so that "most" is never left for a name). */
    private static final java.util.regex.Pattern MOST_RECENT =
            java.util.regex.Pattern.compile("(?i)\\bmost recent(?! ?ly)\\b");

    private static final java.util.regex.Pattern W_SLASH = java.util.regex.Pattern.compile("(?i)\\bw/(?=\\s)");

    /** A reading at least this sure is not tried again with capitals on its lower-case names. */
    private static final double NAMED = 0.9;

    /** The most a service split by word order alone is sure of: below 0.8, so the CLI asks. */
    private static final double SPLIT = 0.75;

    private final boolean reviewed;
    private final java.util.function.Supplier<IntentModel> model;
    private final java.util.function.Supplier<IntentModel> tagger;

    public RuleBasedIntentParser() {
        this(true);
    }

    /** With {@code reviewed} false, the rules alone: the intent model does not review their frames. */
    RuleBasedIntentParser(boolean reviewed) {
        this(reviewed, IntentModel::shipped);
    }

    /** The rules reviewed by {@code model} (read on first use), as the evaluation of a fold's model needs. */
    RuleBasedIntentParser(boolean reviewed, java.util.function.Supplier<IntentModel> model) {
        this(reviewed, model, SlotTagger::shipped);
    }

    /** The rules reviewed by an intent {@code model} and a slot {@code tagger} (each read on first use). */
    RuleBasedIntentParser(
            boolean reviewed,
            java.util.function.Supplier<IntentModel> model,
            java.util.function.Supplier<IntentModel> tagger) {
        this.reviewed = reviewed;
        this.model = model;
        this.tagger = tagger;
    }

    @Override
    public Frame parse(String input, ParseContext ctx) {
        try {
            return parseStrict(input, ctx);
        } catch (RuntimeException | AssertionError bug) {
            // Never let a parser bug turn into an action or a crash: refuse with no confidence.
            return Frame.unknown(input == null ? "" : input, 0.0, "rules");
        }
    }

    /** As {@link #parse}, but lets a bug surface as an exception (the fuzz tests use this). */
    Frame parseStrict(String input, ParseContext ctx) {
        boolean readable = input != null && input.length() <= MAX_INPUT;
        String text = readable ? SelfCorrections.rewrite(normalize(input)) : null;
        if (ctx != null && readable) {
            String instruction = Scope.instruction(text);
            if (instruction != null) {
                return Frame.unknown(input, 0.95, "rules", instruction); // no call's fields are read from it
            }
            Frame call = StructuredRequest.read(input, text, ctx.today());
            if (call != null) {
                // a request written as a call: its fields, not word order (a name with one slip spelled as the account
                // does), and never an entry longer than a day
                return tooLong(AccountKinds.spelledNames(call, ctx.names()));
            }
        }
        java.util.function.Function<String, Frame> reread = clause -> parseOne(clause, ctx);
        Frame whole = SecondChange.apply(input, parseOne(input, ctx), reread);

        if (readable) {
            // "Hooli just signed off on our estimate, mark it accepted": the request, on what the news named
            whole = NewsThenRequest.choose(input, text, whole, reread);
            // "On Friday, by e-transfer, $1,200 from Umbrella Corp against invoice 0006": a payment told
            whole = PaymentNews.choose(input, text, whole, reread);
            // "Grabbed lunch with Hank today, $38.40 at Blue Bottle, meals, charge it to Globex"
            whole = ExpenseStory.choose(input, text, whole, reread);
            whole = Negation.apply(input, text, whole); // "we did not work 5 hours on Apollo"
            // "has anything been paid on invoice 0006?": asks whether, records nothing
            whole = Questions.apply(Wording.rewrite(text), whole);
            // "estimate for Acme, 1 day of training at $1,600, and email it to …", "…, dated 11/1"
            whole = DocumentTail.apply(input, whole, reread, ctx.today());
            // "I'm jumping on a call with Globex now, start tracking meetings": whom the work is for, told aside
            whole = AccountKinds.told(input, whole, ctx.names());
        }
        Frame out = Confidence.calibrated(tooLong(whole));
        if (!reviewed || !readable) {
            return out;
        }
        IntentModel m = model.get();
        out = IntentReview.apply(input, out, ctx, m);
        out = SlotReview.apply(input, out, ctx, tagger.get());
        out = IntentReview.reread(input, out, ctx, m, type -> forced(input, ctx, type));
        if (out.confidence() < Confidence.ACT
                && (out.intent().equals("client.show") || out.intent().equals("project.show"))
                && TerseExpense.looksLike(input, ctx)) {
            // "wework 45.00 mon rent or lease hot desk client globex inc": money and a category typed as
            // fields, read as a page because of "client": the expense, when the fields read as one
            Frame spent = forced(input, ctx, dev.fbcli.nlp.intent.IntentType.EXPENSE_CREATE);
            if (spent.intent().equals("expense.create") && spent.missing().isEmpty()) {
                Frame unsure = spent.withConfidence(Math.min(out.confidence(), spent.confidence()), spent.parser());
                Frame read = TerseExpense.apply(input, unsure, ctx);
                if (read != unsure) {
                    out = read;
                }
            }
        }
        if (out.isUnknown()
                && out.reason() != null
                && out.reason().startsWith("fb could not read")
                && ClientPlaces.saysNewContact(input)) {
            // "wayne enterprises contact now bruce kent": who a client's contact is now, said with no verb
            Frame changed = forced(input, ctx, dev.fbcli.nlp.intent.IntentType.CLIENT_UPDATE);
            if (changed.intent().equals("client.update")
                    && changed.slots().containsKey("client")
                    && changed.slots().containsKey("first_name")) {
                out = changed.withConfidence(Math.min(changed.confidence(), Confidence.ACT - 0.01), changed.parser());
            }
        }
        // "exp 71.15 staples office supplies toner cartridges admin proj": an unsure expense typed as fields
        // "start timer globex reserch etl vendor shortlist": an unsure time entry or timer typed as fields
        return TerseTime.apply(input, TerseExpense.apply(input, out, ctx), ctx);
    }

    /** {@code input} read as {@code type} by the rules' slot logic for it. */
    private Frame forced(String input, ParseContext ctx, dev.fbcli.nlp.intent.IntentType type) {
        Grammar.FORCED.set(type);
        try {
            return tooLong(parseOne(input, ctx));
        } finally {
            Grammar.FORCED.remove();
        }
    }

    /**
     * {@code f}, or a refusal when it would write a time entry longer than a day, however the phrase
     * was read ("change yesterday's Apollo entry to 26 hours"): no entry is, so none is written.
     */
    private static Frame tooLong(Frame f) {
        for (String k : java.util.List.of("duration_minutes", "new_duration_minutes")) {
            if (f.slots().get(k) instanceof Integer min && min > 24 * 60 && !f.isUnknown()) {
                // as sure as the reading was: a project's budget hours read as an entry's are not a refusal to trust
                return Frame.unknown(f.input(), Math.min(0.9, f.confidence()), "rules", Grammar.OVER_A_DAY);
            }
        }
        return f;
    }

    private Frame parseOne(String input, ParseContext ctx) {
        Frame f = NewClient.apply(NameSlotCheck.check(read(input, ctx)));
        AccountNames names = ctx == null ? null : ctx.names();
        return Wording.restore(NameRisk.apply(
                ClientPlaces.apply(AgentFields.apply(FieldLines.apply(KeyValues.apply(EditFields.apply(
                        AccountKinds.apply(
                                ExpenseWords.spellVendor(ExpenseWords.apply(CompanyNames.apply(f), names), names),
                                names),
                        names))))),
                names));
    }

    private Frame read(String input, ParseContext ctx) {
        if (ctx == null) {
            throw new IllegalArgumentException("a parse context is required");
        }
        String in = input == null ? "" : input;
        // "hey fb, ...", "fb: ...": the tool addressed by name is not part of the request
        String text = INTERJECTION
                .matcher(ADDRESS.matcher(STEP.matcher(normalize(in)).replaceFirst(""))
                        .replaceFirst(""))
                .replaceFirst("");
        if (text.isEmpty()) {
            return Frame.unknown(in, 1.0, "rules");
        }
        if (text.length() > MAX_INPUT) {
            return Frame.unknown(in, 0.9, "rules");
        }
        String plain = SET_UP.matcher(W_SLASH.matcher(text).replaceAll("with")).replaceAll("create ");
        plain = MOST_RECENT
                .matcher(plain)
                .replaceAll(m -> Character.isUpperCase(m.group().charAt(0)) ? "Latest" : "latest");
        String lead = StructuredRequest.wireLead(CLOSING_REQUEST.matcher(plain).replaceFirst(""));
        String kept = withoutAside(lead);
        // "…for Initech on Sunday? I patched the login rate limiter.": the closing sentence put aside
        String aside = kept.length() < lead.length() && lead.startsWith(kept) ? lead.substring(kept.length()) : null;
        plain = Wording.rewrite(kept);
        String stated = ProjectStatements.rewrite(plain);
        String said = Paraphrase.rewrite(stated);
        plain = Pronouns.rewrite(said.equals(stated) ? Corrections.rewrite(said) : said);
        plain = STATUS_ON.matcher(plain).replaceAll("status of ");
        plain = OR_MORE.matcher(plain).replaceAll("over $1 $2");
        plain = GREATER.matcher(LESS.matcher(plain).replaceAll("under ")).replaceAll("over ");
        if (POLITE_REQUEST.matcher(plain).lookingAt() && plain.endsWith("?")) {
            // "could you create an invoice for Initech …?" asks for an action, not a list
            plain = plain.substring(0, plain.length() - 1).stripTrailing();
        }
        Frame refused = Grammar.refusal(in, plain);
        if (refused != null) {
            return refused; // before quoted text is put aside: an instruction in quotes is still one
        }
        QuotedText.Protected quoted =
                QuotedText.protect(ExpenseCategories.quoteJoinedNames(plain, ctx == null ? null : ctx.names()));
        if (!quoted.none()) {
            return asideNote(QuotedText.restore(readPlain(in, quoted.text(), ctx), quoted), aside);
        }
        return asideNote(readPlain(in, quoted.text(), ctx), aside); // single quoted values lose their quotes
    }

    /**
     * "Please log it.", ", could you log that?", ". Can you record it for today?": a closing request
     * that points back at the work just told asks for what the phrase already says; the words are
     * not the entry's note. Only with a pronoun for what is logged and no value of its own.
     */
    private static final java.util.regex.Pattern CLOSING_REQUEST = java.util.regex.Pattern.compile(
            "(?i)(?<=[\\p{L}\\p{N}.?!)])\\s*[,;.!?]\\s*(?:(?:so|and|then)\\s+)?(?:(?:please|pls|kindly)\\s+)?"
                    + "(?:(?:could|can|would|will)\\s+you\\s+(?:please\\s+)?)?"
                    + "(?:log|record|add|enter|track|file|save|book|put)\\s+(?:it|that|this|them|those)"
                    + "(?:\\s+(?:in|down|for me|for today|please|thanks))*\\s*[.?!]*$");

    /** The intents whose note is what the work was, so a closing sentence telling it is the note. */
    private static final java.util.Set<String> WORK_INTENTS = java.util.Set.of("time.log", "timer.start", "timer.stop");

    /**
     * A closing sentence that tells what the work was: "I was reworking the pricing page layout.",
     * "I patched the login rate limiter.", "We're comparing ETL vendors." — its subject is the
     * speaker, its verb what they did or were doing.
     */
    private static final java.util.regex.Pattern WORK_ASIDE = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:(?:then|and|also|btw|but)\\s+)?(?:i|we)(?:'m|'re|\\s+(?:was|were|am|are))?\\s+\\p{L}+(?:ing|ed)\\b.*|"
                    + "^\\s*(?:(?:then|and|also|btw|but)\\s+)?(?:i|we)\\s+(?:did|wrote|made|built|took|ran|set|sent|drew|met|fixed|spoke)\\b.*");

    /** What a telling of mistakes or doubts says, never what the work was. */
    private static final java.util.regex.Pattern NOT_WORK = java.util.regex.Pattern.compile(
            "(?i)\\b(?:mistake|accident(?:ally)?|wrong|forgot|duplicate|sorry|oops|think|guess|hope|believe|meant|n't|not|never|timer|entry)\\b");

    /**
     * {@code f} with the closing {@code aside} as its note, when {@code f} logs or times work, has
     * no note yet, and the aside tells the work ({@link #WORK_ASIDE}, nothing of {@link #NOT_WORK}).
     */
    private static Frame asideNote(Frame f, String aside) {
        if (aside == null
                || f.isUnknown()
                || !WORK_INTENTS.contains(f.intent())
                || f.slots().containsKey("note")) {
            return f;
        }
        String said = aside.strip();
        if (!WORK_ASIDE.matcher(said).matches() || NOT_WORK.matcher(said).find()) {
            return f;
        }
        String note = SAID_BY.matcher(said).replaceFirst("").replaceAll("[.?!\\s]+$", "");
        if (note.isBlank()) {
            return f;
        }
        java.util.Map<String, Object> slots = new java.util.LinkedHashMap<>(f.slots());
        slots.put("note", note);
        return f.withSlots(slots);
    }

    /** Who tells the work, dropped from the front of its note ("I was …", "we …"). */
    private static final java.util.regex.Pattern SAID_BY = java.util.regex.Pattern.compile(
            "(?i)^(?:(?:then|and|also|btw|but)\\s+)?(?:i|we)(?:'m|'re|\\s+(?:was|were|am|are))?\\s+");

    private Frame readPlain(String in, String plain, ParseContext ctx) {
        LexicalFront.Read read = LexicalFront.read(plain, ctx.names());
        if (!read.corrections().isEmpty() && !read.recased()) {
            // "forrget the timer", "Jordan is no lnoger on Brand Refresh": a whole-phrase shape that
            // only matches once the typos are read
            String said = Paraphrase.rewrite(read.text());
            if (!said.equals(read.text())) {
                read = new LexicalFront.Read(said, said, read.corrections(), false);
            }
        }
        Frame f = Grammar.parse(in, read.text(), ctx.today());
        Frame out = LexicalFront.finish(f, read);
        if (out.intent().equals("unknown")) {
            return NamedRecord.apply(out, plain, ctx.names()); // "show acme": a bare name the account knows
        }
        LexicalFront.Read asTyped = typedNames(out, read);
        if (asTyped != null) {
            // "cl add marco polo …": a new record's name is never corrected ("marco" is no slip of "march")
            Frame again = LexicalFront.finish(Grammar.parse(in, asTyped.text(), ctx.today()), asTyped);
            if (again.intent().equals(out.intent())) {
                out = again;
                read = asTyped;
            }
        }
        if (out.slots().get("service") instanceof String) {
            LexicalFront.Read split = LexicalFront.afterService(read);
            if (split != null) {
                // "log 2h design initech": initech is who it is for, not part of the service
                Frame alt = LexicalFront.finish(Grammar.parse(in, split.text(), ctx.today()), split);
                if (LexicalFront.splitsService(out, alt)) {
                    // a guess from word order alone ("design homepage" may be one service): asked
                    return alt.withConfidence(Math.min(SPLIT, alt.confidence()), alt.parser());
                }
            }
        }
        if (!out.slots().containsKey("target")
                && !out.slots().containsKey("client")
                && !out.slots().containsKey("project")) {
            // "start timer globex", "4hrs wayne ent": an unknown lower-case word where a name goes
            java.util.List<String> runs = new java.util.ArrayList<>();
            LexicalFront.Read cased = LexicalFront.unknownCased(read, runs);
            if (cased != null) {
                Frame alt = LexicalFront.finish(Grammar.parse(in, cased.text(), ctx.today()), cased);
                if (LexicalFront.namesUnknown(out, alt, runs)) {
                    return alt.withConfidence(Math.min(SPLIT, alt.confidence()), alt.parser());
                }
            }
        }
        if (out.confidence() >= NAMED) {
            return out;
        }
        for (LexicalFront.Read named : LexicalFront.nameCase(read)) {
            // "show invoices for globex" reads as "... for Globex" when that is the same frame
            Frame alt = LexicalFront.finish(Grammar.parse(in, named.text(), ctx.today()), named);
            if (alt.confidence() > out.confidence() && LexicalFront.sameReading(out, alt)) {
                return alt;
            }
        }
        return out;
    }

    /** The intents that make a record with a name of the user's choosing, and that name's slots. */
    private static final java.util.Set<String> NAMING =
            java.util.Set.of("client.create", "project.create", "service.create");

    private static final java.util.Set<String> NAME_SLOTS =
            java.util.Set.of("organization", "first_name", "last_name", "title", "name");

    /**
     * {@code read} with each correction that landed inside a new record's name put back as typed, or
     * null when none did (or the phrase was re-cased, whose positions a put-back word would shift).
     */
    private static LexicalFront.Read typedNames(Frame out, LexicalFront.Read read) {
        if (!NAMING.contains(out.intent()) || read.corrections().isEmpty() || read.recased()) {
            return null;
        }
        String text = read.text();
        java.util.List<dev.fbcli.nlp.intent.Correction> kept = new java.util.ArrayList<>();
        boolean back = false;
        for (dev.fbcli.nlp.intent.Correction c : read.corrections()) {
            java.util.regex.Pattern word = java.util.regex.Pattern.compile(
                    "(?i)(?<![\\p{L}])" + java.util.regex.Pattern.quote(c.to()) + "(?![\\p{L}])");
            boolean inName = false;
            for (String k : NAME_SLOTS) {
                if (out.slots().get(k) instanceof String v && word.matcher(v).find()) {
                    inName = true;
                }
            }
            java.util.regex.Matcher m = word.matcher(text);
            if (inName && m.find()) {
                text = text.substring(0, m.start()) + c.from() + text.substring(m.end());
                back = true;
            } else {
                kept.add(c);
            }
        }
        return back ? new LexicalFront.Read(text, text, java.util.List.copyOf(kept), false) : null;
    }

    /** A request put as a question: "could you (please) create …", "would you be able to log …". */
    private static final java.util.regex.Pattern POLITE_REQUEST = java.util.regex.Pattern.compile(
            "(?i)(?:(?:hi|hey|hello|ok|okay)[!,.]* )?(?:could|can|would|will) you (?:please |kindly |be able to |mind )?"
                    + "(?:create|add|log|record|make|draw up|send|start|stop|bill|invoice|set up|track|enter|mark|archive"
                    + "|delete|remove|change|update|rename|assign|charge|put|prepare|email|issue|raise)\\b");

    /** A last sentence that only comments ("It was a duplicate.", "I started it by mistake."). */
    private static final java.util.regex.Pattern ASIDE = java.util.regex.Pattern.compile(
            "(?i)(?<=[.?!])\\s+(?:(?:then|and|anyway|also|btw|oh and|but)\\s+)?(?:it|that|this|they|there|i|we|he|she)(?:'s|'m|'re|'ve|'d|\\s(?:was|is|were|are|has|had|did|didn't|wasn't|isn't|haven't|hasn't|hadn't|can't|couldn't|won't|don't|forgot|think|guess|hope|started|made|got|\\p{L}+ed))\\b[^.?!]*[.?!]?$");

    /** What an aside may not say for it to be dropped: a value or a word that changes the request. */
    private static final java.util.regex.Pattern ASIDE_VALUES = java.util.regex.Pattern.compile(
            "(?i)\\d|[$€£]|\\b(?:billable|paid|hours?|minutes?|note|due|credit|today|yesterday|tomorrow|monday|tuesday"
                    + "|wednesday|thursday|friday|saturday|sunday|client|project|invoice|send|email|doing|working|worked|spent|on|for)\\b");

    /**
     * A remark in brackets: "(it felt longer, honestly)", "(sigh)", "(work stuff, obviously)": one that
     * opens with a pronoun or a feeling or says more than one thing; "(design)" may be the service. One that
     * holds a number, an amount, a currency or a length ("(estimate 3)", "(CAD)", "(call it two and a
     * half hours)") may say what the request needs and is kept.
     */
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile(
            "\\s?\\((?![^()]*(?:\\d|[$€£]|\\b(?-i:[A-Z]{3})\\b|(?i:\\b(?:hours?|hrs?|minutes?|mins?|call it|dollars?|euros?|pounds?|bucks)\\b)))(?=(?i:(?:it|that|this|they|there|i|we|he|she|you|yes|no|yeah|sigh|ugh|lol|phew|oops|sorry|honestly|obviously|seriously|the \\p{L}+ (?:kept|was|is|were|are|had|has|did|didn't|said|wants?|asked))\\b)|[^()]*[,!])[^()]{1,80}\\)(?=[\\s,.;:!?]|$)");

    /** {@code text} without a closing aside that states nothing the request needs. */
    static String withoutAside(String text) {
        if (text.indexOf('(') >= 0) {
            text = BRACKETED.matcher(text).replaceAll("").strip();
        }
        java.util.regex.Matcher m = ASIDE.matcher(text);
        if (m.find() && m.start() > 0 && !ASIDE_VALUES.matcher(m.group()).find()) {
            return text.substring(0, m.start()).strip();
        }
        return text;
    }

    /** "a status update on the Data Migration project": how it stands, nothing to update. */
    private static final java.util.regex.Pattern STATUS_ON =
            java.util.regex.Pattern.compile("(?i)\\bstatus (?:update|report|check) (?:on|for|about) ");

    /** "exps > $100": over $100. */
    private static final java.util.regex.Pattern GREATER =
            java.util.regex.Pattern.compile("(?<=\\s)(?:>=?|≥)\\s?(?=[$€£]?\\d)");

    /** "invoices < $500": under $500. */
    private static final java.util.regex.Pattern LESS =
            java.util.regex.Pattern.compile("(?<=\\s)(?:<=?|≤)\\s?(?=[$€£]?\\d)");

    /** "60+ days old": over 60 days. */
    private static final java.util.regex.Pattern OR_MORE =
            java.util.regex.Pattern.compile("(?i)(?<![\\w.])(\\d{1,4})\\+ ?(days?|weeks?|months?|hours?|hrs?)\\b");

    /** "set up a project", "draw up an invoice": the verb is create, not set (which changes a value). */
    private static final java.util.regex.Pattern SET_UP = java.util.regex.Pattern.compile(
            "(?i)\\b(?:set ?up|draw up|write up|put together|whip up|knock up) (?=(?:(?:a|an|the|new|another|my)\\s)*(?:project|client|customer|service|estimate|quote|invoice)s?\\b)");

    /** "Great news, …", "Ugh, …", "Oops! …": a feeling before the request, not part of it. */
    private static final java.util.regex.Pattern INTERJECTION = java.util.regex.Pattern.compile(
            "(?i)^(?:(?:great|good|bad|some) news|ugh|oops|argh|whoops|hmm+|yay|phew|ah|oh|so|well|right|alright|ok|okay|sorry|yo|fyi|btw|quick one|quick question)[,!.:;]*\\s+(?=\\S)");

    /** "1. Mark estimate 3 as accepted.", "Step 2: create …", "- log 2h …", "Run: timer discard": a step's label. */
    private static final java.util.regex.Pattern STEP = java.util.regex.Pattern.compile(
            "(?i)^(?:step\\s?\\d{1,2}\\s?[:.)-]\\s*|(?:run|execute|exec|command|cmd)\\s?:\\s+|\\d{1,2}[.)]\\s+(?=\\p{L})|[-*•]\\s+(?=\\p{L}))");

    private static final java.util.regex.Pattern ADDRESS =
            java.util.regex.Pattern.compile("(?i)^(?:(?:hey|hi|ok|okay|yo),? fb[,:!]?|fb[,:!]) +");

    /** An arrow between two dates ("2026-04-01 → 2026-06-30"): "to" (elsewhere it says a new value). */
    private static final java.util.regex.Pattern ARROW = java.util.regex.Pattern.compile(
            "(?<=\\d{4}-\\d{2}-\\d{2})\\s*(?:\u2192|->|=>)\\s*(?=\\d{4}-\\d{2}-\\d{2})");

    /** "@" standing alone before a word ("parking @ impark"): "at" (before a number it is a rate, "@ 95"). */
    private static final java.util.regex.Pattern AT_SIGN = java.util.regex.Pattern.compile("(?<=\\s)@(?=\\s+\\p{L})");

    /** Straight quotes and dashes, spaces for controls, one space between words, trimmed. */
    static String normalize(String s) {
        s = AT_SIGN.matcher(ARROW.matcher(s).replaceAll(" to ")).replaceAll("at");
        StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_INPUT + 2));
        boolean space = false;
        for (int i = 0; i < s.length() && sb.length() <= MAX_INPUT; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u02bc' -> c = '\'';
                case '\u201c', '\u201d' -> c = '"';
                case '\u2013', '\u2014', '\u2212' -> {
                    // a dash between spaces is punctuation ("Friday — 4 hours"), never a minus sign
                    boolean spaced = i > 0
                            && Character.isWhitespace(s.charAt(i - 1))
                            && i + 1 < s.length()
                            && Character.isWhitespace(s.charAt(i + 1));
                    if (spaced && c != '\u2212') {
                        space = false; // "news — Acme" reads "news, Acme"
                        sb.append(',');
                        continue;
                    }
                    c = '-';
                }
                default -> {}
            }
            if (Character.isWhitespace(c)
                    || Character.isISOControl(c)
                    || c == '\u00a0'
                    || c == '\u202f'
                    || c == '\u2009'
                    || c == '\ufeff'
                    || c == '\u200b') {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(c);
        }
        return sb.toString();
    }
}
