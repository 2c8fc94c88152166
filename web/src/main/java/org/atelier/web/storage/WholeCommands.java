package org.atelier.web.storage;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Commits of the read-model store taken only between whole commands.
 *
 * <p>The store's server runs commands on several threads at once, and a commit writes the store as
 * it is at that instant: one taken while another command was half done wrote that half (a document
 * without its {@code _id} index entry), and a kill before that command's own commit left the file
 * so for good (seen in the crash bench: the network's upsert of an idea failed on every try since).
 * Commands share this gate; a commit takes it alone, so it waits for the commands in progress and
 * the commands that come meanwhile wait for it. It is fair: under a steady stream of commands a
 * commit is not put off for ever, and one commit then carries every command that waited for it.
 */
final class WholeCommands {

    private final ReadWriteLock gate = new ReentrantReadWriteLock(true);

    /** Runs a command that changes the store; any number at once, never during a commit. */
    <T> T change(Supplier<T> command) {
        gate.readLock().lock();
        try {
            return command.get();
        } finally {
            gate.readLock().unlock();
        }
    }

    /** Commits once no command is half done. */
    void commit(Runnable commit) {
        gate.writeLock().lock();
        try {
            commit.run();
        } finally {
            gate.writeLock().unlock();
        }
    }
}
