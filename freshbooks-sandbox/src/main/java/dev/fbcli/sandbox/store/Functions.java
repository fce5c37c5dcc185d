package dev.fbcli.sandbox.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.Function;

/**
 * SQL functions the sandbox's queries use, so text filters mean in SQL exactly what they meant in
 * Java ({@link String#toLowerCase(Locale)} with {@link Locale#ROOT}, {@link String#equalsIgnoreCase},
 * for any script, where SQLite's own {@code lower()} folds ASCII only). They are only ever used in
 * queries, never in the schema, so any SQLite can still open and write the file.
 */
final class Functions {
    private Functions() {}

    static void register(Connection c) throws SQLException {
        // fb_fold(text): lower case, Locale.ROOT; NULL stays NULL
        Function.create(
                c,
                "fb_fold",
                new Function() {
                    @Override
                    protected void xFunc() throws SQLException {
                        String v = value_text(0);
                        if (v == null) {
                            result();
                        } else {
                            result(v.toLowerCase(Locale.ROOT));
                        }
                    }
                },
                1,
                Function.FLAG_DETERMINISTIC);
        // fb_eqic(a, b): a.equalsIgnoreCase(b), NULL as ""
        Function.create(
                c,
                "fb_eqic",
                new Function() {
                    @Override
                    protected void xFunc() throws SQLException {
                        String a = value_text(0);
                        String b = value_text(1);
                        result((a == null ? "" : a).equalsIgnoreCase(b == null ? "" : b) ? 1 : 0);
                    }
                },
                2,
                Function.FLAG_DETERMINISTIC);
    }
}
