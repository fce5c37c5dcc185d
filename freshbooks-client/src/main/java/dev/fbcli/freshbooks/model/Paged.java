package dev.fbcli.freshbooks.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy list over all pages: nothing is fetched until iteration starts, then pages (of at most 100,
 * FreshBooks' cap) as items are consumed. Each iteration starts again from page 1. A local filter,
 * when set, is applied to each item (used where FreshBooks ignores a filter).
 *
 * <p>With {@code readers} above 1, once the first page is read and a second is needed, the next
 * pages the first one announced are requested {@code readers} at a time on separate connections
 * while items are handed out strictly in page order (a long list costs about its slowest pages, not
 * their sum). Each page is still one request through the executor, with its retries (a 429 is
 * retried per page). Reading only the first page ({@link #first} up to 100 items) never reads ahead.
 */
public final class Paged<T> implements Iterable<T> {
    /** FreshBooks silently caps {@code per_page} at 100. */
    public static final int MAX_PER_PAGE = 100;
    /** Safety stop against a server that never reports the end. */
    private static final int MAX_PAGES = 10_000;

    /** Shared by every list: daemon threads, so a list abandoned mid-way never holds the JVM. */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fb-page-reader");
        t.setDaemon(true);
        return t;
    });

    private final IntFunction<Page<T>> fetchPage;
    private final Predicate<? super T> localFilter;
    private final int readers;

    public Paged(IntFunction<Page<T>> fetchPage, Predicate<? super T> localFilter) {
        this(fetchPage, localFilter, 1);
    }

    /** {@code readers}: how many pages may be requested at once (1 = one after another). */
    public Paged(IntFunction<Page<T>> fetchPage, Predicate<? super T> localFilter, int readers) {
        if (readers < 1) throw new IllegalArgumentException("readers must be >= 1");
        this.fetchPage = Objects.requireNonNull(fetchPage);
        this.localFilter = localFilter == null ? t -> true : localFilter;
        this.readers = readers;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private Iterator<T> current = null;
            private int page = 0;
            private boolean last = false;
            private T next;
            /** Pages requested ahead, in page order: page + 1, page + 2, ... */
            private final ArrayDeque<Future<Page<T>>> ahead = new ArrayDeque<>();

            private int requested = 0;
            private int announced = 1;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (current != null && current.hasNext()) {
                        T t = current.next();
                        if (localFilter.test(t)) next = t;
                        continue;
                    }
                    if (last || page >= MAX_PAGES) return false;
                    Page<T> p = nextPage();
                    current = p.items().iterator();
                    announced = p.pages();
                    last = !p.hasMore();
                    if (last) {
                        ahead.forEach(f -> f.cancel(false));
                        ahead.clear();
                    }
                }
                return true;
            }

            private Page<T> nextPage() {
                if (page == 0 || readers == 1) {
                    requested = Math.max(requested, page + 1);
                    return fetchPage.apply(++page);
                }
                int upTo = Math.min(Math.min(announced, MAX_PAGES), page + readers);
                while (requested < upTo) {
                    int n = ++requested;
                    ahead.add(READERS.submit(() -> fetchPage.apply(n)));
                }
                Future<Page<T>> f = ahead.poll();
                page++;
                return f == null ? fetchPage.apply(page) : await(f);
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

    private static <P> P await(Future<P> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading a list");
        }
    }

    /**
     * Every item of each list, the lists read {@code atOnce} at a time (each one page after page, so
     * at most {@code atOnce} requests are out at once), handed back list after list in the order given.
     * For a filter that takes one value per request, asked for several values.
     */
    public static <T> List<T> concat(List<Paged<T>> lists, int atOnce) {
        if (atOnce < 1) throw new IllegalArgumentException("atOnce must be >= 1");
        Semaphore slots = new Semaphore(atOnce);
        List<Future<List<T>>> reads = new ArrayList<>();
        for (Paged<T> list : lists) {
            reads.add(READERS.submit(() -> {
                slots.acquire();
                try {
                    return list.toList();
                } finally {
                    slots.release();
                }
            }));
        }
        List<T> out = new ArrayList<>();
        try {
            for (Future<List<T>> f : reads) out.addAll(await(f));
        } finally {
            reads.forEach(f -> f.cancel(true));
        }
        return out;
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
