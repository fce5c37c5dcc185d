package dev.fbcli.nlp.parse;

/** One token of a phrase: a word, a number, a punctuation mark, or an extracted value. */
final class Tok {
    enum Kind {
        WORD,
        NUMBER,
        PUNCT,
        POSS,
        MONEY,
        DURATION,
        DATE,
        EMAIL,
        PHONE,
        PATH,
        URL
    }

    final Kind kind;
    final int start;
    final int end;
    /** The text as typed. */
    final String text;
    /** Lower case. */
    final String low;
    /** The lemma of the typo-corrected lower-case word ({@code low} for non-words). */
    String lemma;
    /** True when {@link #lemma} comes from a typo correction. */
    boolean corrected;
    /** The extracted value of a MONEY, DURATION, DATE, EMAIL, PHONE, PATH or URL token. */
    final Object value;
    /** Taken by the intent or a slot. */
    boolean used;

    Tok(Kind kind, int start, int end, String text, Object value) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.text = text;
        this.low = MoneyExtractor.lowerSameLength(text);
        this.lemma = this.low;
        this.value = value;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String lemma) {
        return kind == Kind.WORD && this.lemma.equals(lemma);
    }

    boolean isLow(String word) {
        return (kind == Kind.WORD || kind == Kind.NUMBER) && low.equals(word);
    }

    boolean capitalized() {
        return !text.isEmpty() && (Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0)));
    }

    boolean entity() {
        return kind.ordinal() >= Kind.MONEY.ordinal();
    }

    @Override
    public String toString() {
        return kind + ":" + text + (used ? "*" : "");
    }
}
