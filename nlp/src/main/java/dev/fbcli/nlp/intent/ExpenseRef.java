package dev.fbcli.nlp.intent;

import java.time.LocalDate;

/**
 * Which expense an edit, a delete or a show means: its {@code id} ("7003"); or the {@code last}
 * one recorded; or the expense that matches what was said about it (its {@code day},
 * {@code vendor}, {@code amount}, {@code category}). {@code last} may come with a filter ("my last
 * Uber expense"). An id stands alone. Every field but {@code last} is nullable; at least one
 * thing is said.
 */
public record ExpenseRef(String id, boolean last, LocalDate day, String vendor, Money amount, String category) {
    public ExpenseRef {
        id = RecordIds.id(id, "expense");
        vendor = vendor == null || vendor.isBlank() ? null : vendor.strip();
        category = category == null || category.isBlank() ? null : category.strip();
        boolean filtered = day != null || vendor != null || amount != null || category != null;
        if (id != null && (last || filtered)) {
            throw new IllegalArgumentException("an expense is picked by its id alone");
        }
        if (id == null && !last && !filtered) {
            throw new IllegalArgumentException(
                    "say which expense: its id, the last one, or its day, vendor, amount or category");
        }
    }

    public static ExpenseRef id(String id) {
        return new ExpenseRef(id, false, null, null, null, null);
    }

    public static ExpenseRef latest() {
        return new ExpenseRef(null, true, null, null, null, null);
    }

    /** The expense matching what was said (any of these may be null, not all). */
    public static ExpenseRef matching(LocalDate day, String vendor, Money amount, String category) {
        return new ExpenseRef(null, false, day, vendor, amount, category);
    }

    public boolean isId() {
        return id != null;
    }
}
