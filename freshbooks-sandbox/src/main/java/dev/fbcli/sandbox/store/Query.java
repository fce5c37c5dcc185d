package dev.fbcli.sandbox.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list query over one kind of record in one business, run by SQLite: filters ({@code where}),
 * an optional join (the invoice ledger), an order, then {@link Tx#page} or {@link Tx#count}. The
 * record table is {@code r}; its indexed columns (see {@link Tx#COLUMNS}) are named like the
 * document fields they are taken from ({@code r.create_date}, {@code r.vis_state}, ...).
 *
 * <p>SQL fragments come from the sandbox's own code, never from a request; values from a request
 * are always bound as parameters.
 */
public final class Query {

    private static final Pattern KIND = Pattern.compile("[a-z_]+");

    private final String kind;
    private final long biz;
    private final StringBuilder joins = new StringBuilder();
    private final List<String> where = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();
    private String order = "r.id";
    private String index;

    public Query(String kind, long biz) {
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("not a record kind: " + kind);
        }
        this.kind = kind;
        this.biz = biz;
    }

    /** A copy to add more conditions to. */
    public Query copy() {
        Query c = new Query(kind, biz);
        c.joins.append(joins);
        c.where.addAll(where);
        c.args.addAll(args);
        c.order = order;
        c.index = index;
        return c;
    }

    /**
     * The index to read (one of the kind's partial indexes, see {@link Tx#INDEXES}). Without stats,
     * SQLite cannot tell which of two indexes with as many equality terms also holds the columns a
     * list filters on; naming it makes the plan the one the index was made for (and a query the
     * index cannot serve fails loudly in the tests instead of scanning quietly).
     */
    public Query indexedBy(String name) {
        if (!KIND.matcher(name).matches()) {
            throw new IllegalArgumentException("not an index name: " + name);
        }
        this.index = name;
        return this;
    }

    /** Adds a join (no parameters), e.g. {@code JOIN invoice_ledger l ON l.id = r.id}. */
    public Query join(String sql) {
        joins.append(' ').append(sql);
        return this;
    }

    /** Adds a condition; {@code ?} placeholders take {@code values} in order. */
    public Query where(String sql, Object... values) {
        where.add("(" + sql + ")");
        args.addAll(List.of(values));
        return this;
    }

    /** Adds {@code expr IN (?, ?, ...)}; an empty set matches nothing. */
    public Query in(String expr, Collection<?> values) {
        if (values.isEmpty()) {
            return where("0");
        }
        return where(
                expr + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")",
                values.toArray());
    }

    /** The order (already-safe SQL), e.g. {@code r.create_date DESC, r.id DESC}. */
    public Query orderBy(String sql) {
        this.order = sql;
        return this;
    }

    String kind() {
        return kind;
    }

    /** What identifies the query's result set (its order left out): for caches. */
    public String key() {
        return from() + " " + args();
    }

    /** {@code FROM ... WHERE ...} with the kind inlined, so SQLite can use the kind's partial indexes. */
    String from() {
        StringBuilder sql = new StringBuilder(" FROM records r")
                .append(index == null ? "" : " INDEXED BY " + index)
                .append(joins)
                .append(" WHERE r.kind = '")
                .append(kind)
                .append("' AND r.biz = ?");
        for (String w : where) {
            sql.append(" AND ").append(w);
        }
        return sql.toString();
    }

    String order() {
        return order;
    }

    List<Object> args() {
        List<Object> all = new ArrayList<>(args.size() + 1);
        all.add(biz);
        all.addAll(args);
        return all;
    }
}
