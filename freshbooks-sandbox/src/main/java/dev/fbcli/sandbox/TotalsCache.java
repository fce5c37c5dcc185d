package dev.fbcli.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Results computed over a whole filtered list (time-entry totals), kept for the next page: a client
 * paging through a list asks for the same totals on every page. An entry is keyed by the query and
 * the write count of the records it reads ({@code Tx.version}), read in the same transaction, so a
 * write by any process (the count is in the database) makes it unreachable; the oldest entries go.
 */
final class TotalsCache {

    /**
     * A list's total and its serialised totals: a JSON object, UTF-8 (the {@code meta} fields after the
     * paging ones), spliced as bytes into every page of the list.
     */
    record Totals(int total, byte[] json) {}

    private static final int SIZE = 32;

    private final Map<String, Totals> entries = new LinkedHashMap<>(SIZE, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Totals> eldest) {
            return size() > SIZE;
        }
    };

    synchronized Totals get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, Totals value) {
        entries.put(key, value);
    }
}
