package org.atelier.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The read-model store is committed only between whole commands. */
class WholeCommandsTest {

    private final WholeCommands commands = new WholeCommands();
    private final List<String> happened = Collections.synchronizedList(new ArrayList<>());

    @Test
    void aCommitWaitsForTheCommandHalfDone() throws Exception {
        CountDownLatch halfDone = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> command = CompletableFuture.supplyAsync(() -> commands.change(() -> {
            happened.add("document written");
            halfDone.countDown();
            await(finish);
            happened.add("index written");
            return "answered";
        }));
        halfDone.await(5, TimeUnit.SECONDS);

        CompletableFuture<Void> commit = CompletableFuture.runAsync(() -> commands.commit(() -> happened.add("commit")));
        Thread.sleep(100);
        finish.countDown();

        assertThat(command.get(5, TimeUnit.SECONDS)).isEqualTo("answered");
        commit.get(5, TimeUnit.SECONDS);
        assertThat(happened).containsExactly("document written", "index written", "commit");
    }

    @Test
    void commandsRunTogetherAndACommandComingDuringACommitStartsAfterIt() throws Exception {
        CountDownLatch bothInside = new CountDownLatch(2);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> commands.change(() -> meet(bothInside)));
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> commands.change(() -> meet(bothInside)));
        assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();

        CountDownLatch committing = new CountDownLatch(1);
        CountDownLatch commitEnds = new CountDownLatch(1);
        CompletableFuture<?> commit = CompletableFuture.runAsync(() -> commands.commit(() -> {
            happened.add("commit begins");
            committing.countDown();
            await(commitEnds);
            happened.add("commit ends");
        }));
        committing.await(5, TimeUnit.SECONDS);
        CompletableFuture<Boolean> later = CompletableFuture.supplyAsync(
                () -> commands.change(() -> happened.add("command")));
        Thread.sleep(100);
        commitEnds.countDown();

        later.get(5, TimeUnit.SECONDS);
        commit.get(5, TimeUnit.SECONDS);
        assertThat(happened).containsExactly("commit begins", "commit ends", "command");
    }

    /** Returns once both commands are inside at the same time: they would never meet if one excluded the other. */
    private static boolean meet(CountDownLatch bothInside) {
        bothInside.countDown();
        try {
            return bothInside.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }
}
