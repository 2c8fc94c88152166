package org.atelier.bench.throughput;

import java.util.Random;

/**
 * The kinds of command a writer sends, and how often: ideas 60 %, dots cast or taken back 30 %,
 * an idea moved to the other cluster 10 % (the shares issue 12 asks for).
 */
enum Kind {

    IDEA(60), DOT(30), MOVE(10);

    private final int percent;

    Kind(int percent) {
        this.percent = percent;
    }

    /** The kind of a writer's next command, drawn with the shares above. */
    static Kind draw(Random random) {
        int draw = random.nextInt(100);
        for (Kind kind : values()) {
            if (draw < kind.percent) {
                return kind;
            }
            draw -= kind.percent;
        }
        throw new IllegalStateException("The shares of the kinds do not add up to 100");
    }
}
