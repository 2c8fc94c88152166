package org.atelier.command.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class WorkshopCachingTest {

    @Test
    void aLoadedWorkshopStaysCachedThroughGarbageCollections() {
        try (WorkshopCaching.WorkshopCache cache = new WorkshopCaching().workshopCache(10)) {
            cache.put("workshop-1", new Object());

            System.gc();

            assertThat(cache.containsKey("workshop-1")).isTrue();
        }
    }

    @Test
    void beyondItsBoundWorkshopsAreDropped() throws InterruptedException {
        try (WorkshopCaching.WorkshopCache cache = new WorkshopCaching().workshopCache(2)) {
            for (int i = 0; i < 50; i++) {
                cache.put("workshop-" + i, new Object());
            }

            // The cache evicts in the background, soon after the puts.
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (kept(cache) > 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(kept(cache)).isLessThanOrEqualTo(2);
        }
    }

    private static long kept(WorkshopCaching.WorkshopCache cache) {
        return IntStream.range(0, 50).filter(i -> cache.containsKey("workshop-" + i)).count();
    }
}
