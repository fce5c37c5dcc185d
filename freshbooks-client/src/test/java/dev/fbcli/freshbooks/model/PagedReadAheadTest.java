package dev.fbcli.freshbooks.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fbcli.freshbooks.RateLimitedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Reading later pages several at a time: order kept, bounded, lazy for the first page, errors kept. */
class PagedReadAheadTest {
    private final List<Integer> fetched = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    /** {@code pages} pages of 100 numbers; {@code during} runs inside the fetch of each page. */
    private IntFunction<Page<Integer>> pages(int pages, IntFunction<Void> during) {
        return p -> {
            fetched.add(p);
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                during.apply(p);
                List<Integer> items = IntStream.rangeClosed((p - 1) * 100 + 1, p * 100)
                        .boxed()
                        .toList();
                return new Page<>(items, p, pages, 100, pages * 100L);
            } finally {
                inFlight.decrementAndGet();
            }
        };
    }

    @Test
    void should_read_four_pages_at_once_and_keep_the_order() {
        // given: pages 2 to 5 each wait until all four are being read (so reading fewer at once fails)
        CyclicBarrier fourAtOnce = new CyclicBarrier(4);
        Paged<Integer> list = new Paged<>(
                pages(10, p -> {
                    if (p >= 2 && p <= 5) {
                        try {
                            fourAtOnce.await(30, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException("pages 2-5 were not read at once", e);
                        }
                    }
                    return null;
                }),
                null,
                4);

        // when
        List<Integer> all = list.toList();

        // then
        assertThat(all)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 1000).boxed().toList());
        assertThat(fetched).hasSize(10).doesNotHaveDuplicates();
        assertThat(mostInFlight.get()).isEqualTo(4);
    }

    @Test
    void should_not_read_ahead_when_only_the_first_page_is_needed() {
        Paged<Integer> list = new Paged<>(pages(10, p -> null), null, 4);

        assertThat(list.first(100)).hasSize(100);
        assertThat(fetched).containsExactly(1);
    }

    @Test
    void should_fail_with_the_pages_own_error_after_handing_out_the_pages_before_it() {
        Paged<Integer> list = new Paged<>(
                pages(6, p -> {
                    if (p == 4) {
                        throw new RateLimitedException(429, "GET", "/clients", List.of(), Duration.ofSeconds(60));
                    }
                    return null;
                }),
                null,
                3);
        List<Integer> seen = new ArrayList<>();

        assertThatThrownBy(() -> list.forEach(seen::add)).isInstanceOf(RateLimitedException.class);
        assertThat(seen).hasSize(300).last().isEqualTo(300);
    }

    @Test
    void should_refuse_fewer_than_one_reader() {
        assertThatThrownBy(() -> new Paged<>(p -> null, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_concat_lists_read_a_few_at_once_in_the_order_given() {
        // given: five lists of 2-3 pages; the first three each wait until three lists are being read
        CyclicBarrier threeAtOnce = new CyclicBarrier(3);
        List<Paged<Integer>> lists = new ArrayList<>();
        for (int l = 0; l < 5; l++) {
            int list = l;
            int pages = 2 + l % 2;
            lists.add(new Paged<>(
                    p -> {
                        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                        try {
                            if (list < 3 && p == 1) {
                                threeAtOnce.await(30, TimeUnit.SECONDS);
                            }
                            return new Page<>(List.of(list * 10 + p), p, pages, 1, pages);
                        } catch (Exception e) {
                            throw new IllegalStateException("lists 0-2 were not read at once", e);
                        } finally {
                            inFlight.decrementAndGet();
                        }
                    },
                    null,
                    1));
        }

        // when
        List<Integer> all = Paged.concat(lists, 3);

        // then: list after list, pages in order, never more than three requests at once
        assertThat(all).containsExactly(1, 2, 11, 12, 13, 21, 22, 31, 32, 33, 41, 42);
        assertThat(mostInFlight.get()).isEqualTo(3);
    }

    @Test
    void should_concat_and_throw_the_first_failure() {
        List<Paged<Integer>> lists = List.of(
                new Paged<>(p -> new Page<>(List.of(p), p, 1, 1, 1), null, 1),
                new Paged<>(
                        p -> {
                            throw new RateLimitedException(429, "GET", "/x", List.of(), Duration.ofSeconds(1));
                        },
                        null,
                        1));
        assertThatThrownBy(() -> Paged.concat(lists, 2)).isInstanceOf(RateLimitedException.class);
    }
}
