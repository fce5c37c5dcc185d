package dev.fbcli.cli.pipeline;

/**
 * The frame slots the CLI asks for by name when a phrase leaves them out, as the frame contract
 * (docs/intents.md) names them. The contract itself is declared once, by {@code IntentType} in nlp;
 * {@code SlotsTest} checks that every name here is one of its slots.
 */
public final class Slots {
    public static final String DURATION_MINUTES = "duration_minutes";
    public static final String AMOUNT = "amount";
    public static final String CLIENT = "client";
    public static final String INVOICE = "invoice";
    public static final String ORGANIZATION = "organization";
    public static final String TITLE = "title";
    public static final String PROJECT = "project";
    public static final String MEMBER = "member";

    private Slots() {}
}
