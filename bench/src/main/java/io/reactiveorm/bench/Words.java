package io.reactiveorm.bench;

import java.util.SplittableRandom;

/** Deterministic names and titles for the generated data (the vocabulary of pg-ceilings §4). */
public final class Words {
    private static final String[] FIRST = {"Ada", "Alan", "Grace", "Linus", "Barbara", "Edsger", "Donald", "Margaret",
        "Ken", "Dennis", "Bjarne", "James", "Guido", "Anders", "Niklaus", "Frances", "John", "Radia", "Tim", "Leslie"};
    private static final String[] LAST = {"Lovelace", "Turing", "Hopper", "Torvalds", "Liskov", "Dijkstra", "Knuth",
        "Hamilton", "Thompson", "Ritchie", "Stroustrup", "Gosling", "van Rossum", "Hejlsberg", "Wirth", "Allen",
        "Backus", "Perlman", "Berners-Lee", "Lamport"};
    private static final String[] WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor"
            + " incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris"
            + " nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum eu fugiat"
            + " nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim"
            + " id est laborum").split(" ");

    private final SplittableRandom random;

    /** @param seed the seed; the same seed gives the same sequence */
    public Words(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** @return a first name */
    public String firstname() {
        return FIRST[random.nextInt(FIRST.length)];
    }

    /** @return a last name */
    public String lastname() {
        return LAST[random.nextInt(LAST.length)];
    }

    /** @return a title of 2 to 6 capitalised words */
    public String title() {
        int n = 2 + random.nextInt(5);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (i > 0) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        return out.toString();
    }

    /**
     * @param bound the exclusive upper bound
     * @return a number in {@code [0, bound)}
     */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
