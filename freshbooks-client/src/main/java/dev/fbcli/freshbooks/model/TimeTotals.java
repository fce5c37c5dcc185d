package dev.fbcli.freshbooks.model;

/** Totals of a time-entry query: entries counted, seconds logged, seconds unbilled (from {@code meta}, or summed locally when the server omits them). */
public record TimeTotals(long count, long totalLogged, long totalUnbilled) {}
