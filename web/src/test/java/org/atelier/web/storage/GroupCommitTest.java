package org.atelier.web.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * Commits that come while the file is being written are written together, once, after that write;
 * a command's commits are waited for once the command has returned.
 */
class GroupCommitTest {

    private final GroupCommit commits = new GroupCommit();
    private final AtomicInteger writes = new AtomicInteger();

    @Test
    void commitsThatComeDuringAWriteAreWrittenTogetherByOneWriteAfterIt() throws Exception {
        CountDownLatch firstWriteHeld = new CountDownLatch(1);
        CountDownLatch releaseFirstWrite = new CountDownLatch(1);
        Thread first = commit(() -> {
            firstWriteHeld.countDown();
            await(releaseFirstWrite);
        });
        assertThat(firstWriteHeld.await(10, TimeUnit.SECONDS)).isTrue();
        Thread second = commit(() -> { });
        Thread third = commit(() -> { });
        awaitWaiting(second);
        awaitWaiting(third);

        releaseFirstWrite.countDown();
        for (Thread thread : new Thread[] {first, second, third}) {
            thread.join(10_000);
            assertThat(thread.isAlive()).isFalse();
        }

        assertThat(writes).as("the first write could not hold the two commits that came during it; one write after it did")
                .hasValue(2);
    }

    @Test
    void aCommitAloneWritesAtOnce() throws Exception {
        commits.committed(writes::incrementAndGet);
        commits.committed(writes::incrementAndGet);

        assertThat(writes).hasValue(2);
    }

    @Test
    void aCommitWhoseWriteFailedIsWrittenByTheNextOneOrFailsItself() throws Exception {
        Runnable failing = () -> {
            writes.incrementAndGet();
            throw new IllegalStateException("the disk is full");
        };
        assertThatThrownBy(() -> commits.committed(failing)).hasMessage("the disk is full");

        commits.committed(writes::incrementAndGet);

        assertThat(writes).as("nothing is taken as written by a write that failed").hasValue(2);
    }

    @Test
    void aCommandsCommitIsWrittenOnceTheCommandHasReturnedAndWhatWaitsForItRunsAfter() {
        List<String> order = new ArrayList<>();

        String answer = GroupCommit.afterCommandsOf(() -> {
            try {
                commits.committed(() -> order.add("written"));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            GroupCommit.whenWritten(() -> order.add("shown to readers"));
            order.add("command returned");
            return "recorded";
        });

        assertThat(answer).isEqualTo("recorded");
        assertThat(order).containsExactly("command returned", "written", "shown to readers");
    }

    @Test
    void aCommitOutsideACommandIsWrittenBeforeItReturns() throws Exception {
        List<String> order = new ArrayList<>();

        commits.committed(() -> order.add("written"));
        GroupCommit.whenWritten(() -> order.add("shown to readers"));

        assertThat(order).containsExactly("written", "shown to readers");
    }

    @Test
    void whatWaitsForACommandThatFailedAfterItsCommitStillRuns() {
        List<String> order = new ArrayList<>();

        assertThatThrownBy(() -> GroupCommit.afterCommandsOf(() -> {
            try {
                commits.committed(() -> order.add("written"));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            GroupCommit.whenWritten(() -> order.add("shown to readers"));
            throw new IllegalArgumentException("refused after its commit");
        })).hasMessage("refused after its commit");

        assertThat(order).containsExactly("written", "shown to readers");
    }

    private Thread commit(Runnable write) {
        Thread thread = new Thread(() -> {
            try {
                commits.committed(() -> {
                    writes.incrementAndGet();
                    write.run();
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.start();
        return thread;
    }

    private static void awaitWaiting(Thread thread) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.WAITING && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.WAITING);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
