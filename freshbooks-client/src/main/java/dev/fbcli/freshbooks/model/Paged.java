package dev.fbcli.freshbooks.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy list over all pages: nothing is fetched until iteration starts, then one page at a time (of
 * at most 100, FreshBooks' cap) as items are consumed. Each iteration starts again from page 1. A
 * local filter, when set, is applied to each item (used where FreshBooks ignores a filter).
 */
public final class Paged<T> implements Iterable<T> {
    /** FreshBooks silently caps {@code per_page} at 100. */
    public static final int MAX_PER_PAGE = 100;
    /** Safety stop against a server that never reports the end. */
    private static final int MAX_PAGES = 10_000;

    private final IntFunction<Page<T>> fetchPage;
    private final Predicate<? super T> localFilter;

    public Paged(IntFunction<Page<T>> fetchPage, Predicate<? super T> localFilter) {
        this.fetchPage = Objects.requireNonNull(fetchPage);
        this.localFilter = localFilter == null ? t -> true : localFilter;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private Iterator<T> current = null;
            private int page = 0;
            private boolean last = false;
            private T next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (current != null && current.hasNext()) {
                        T t = current.next();
                        if (localFilter.test(t)) next = t;
                        continue;
                    }
                    if (last || page >= MAX_PAGES) return false;
                    Page<T> p = fetchPage.apply(++page);
                    current = p.items().iterator();
                    last = !p.hasMore();
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                T t = next;
                next = null;
                return t;
            }
        };
    }

    /** A sequential stream; short-circuiting operations ({@code limit}, {@code findFirst}) stop fetching. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** Up to {@code n} items, fetching only the pages needed. */
    public List<T> first(int n) {
        List<T> out = new ArrayList<>();
        Iterator<T> it = iterator();
        while (out.size() < n && it.hasNext()) out.add(it.next());
        return out;
    }

    /** Every item (all pages). */
    public List<T> toList() {
        List<T> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }
}
