package dev.fbcli.freshbooks.model;

import java.util.List;

/**
 * One page of a list, with FreshBooks' paging metadata (accounting: flat in {@code result};
 * project-like: {@code meta}; team members: {@code meta} without {@code pages}).
 */
public record Page<T>(List<T> items, int page, int pages, int perPage, long total) {
    public Page {
        items = List.copyOf(items);
    }

    /** Whether a later page may hold more items. */
    public boolean hasMore() {
        return !items.isEmpty() && page < pages;
    }
}
