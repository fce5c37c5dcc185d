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
}
