package io.reactiveorm.spi;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One quoting rule for table and column names that cannot miss a keyword: a plain lower-case name ({@code [a-z_][a-z0-9_]*})
 * that is none of the database's keywords (all of them, reserved or not) stays as it is, so SQL stays readable;
 * every other name is quoted, with the quote character doubled inside.
 *
 * @param quote the quote character, e.g. {@code "} or {@code `}
 * @param keywords the database's keywords, in lower case
 * @since 0.1
 */
public record Identifiers(char quote, Set<String> keywords) {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    /** Copies the keywords. */
    public Identifiers {
        keywords = Set.copyOf(keywords);
    }

    /**
     * @param quote the quote character
     * @param keywords the keywords, separated by white space, in any case
     * @return the rule
     */
    public static Identifiers of(char quote, String keywords) {
        return new Identifiers(quote, Set.of(keywords.toLowerCase(Locale.ROOT).strip().split("\\s+")));
    }

    /**
     * @param name a table or column name
     * @return the name unquoted if it is plain lower case and no keyword, else quoted
     */
    public String identifier(String name) {
        return isPlain(name) ? name : quoted(name);
    }

    /**
     * @param name a name
     * @return whether it is a plain lower-case name and no keyword (so it needs no quotes)
     */
    public boolean isPlain(String name) {
        return PLAIN.matcher(name).matches() && !isKeyword(name);
    }

    /**
     * @param word a word, in any case
     * @return whether it is one of the keywords
     */
    public boolean isKeyword(String word) {
        return keywords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * @param name a name
     * @return the name in quotes, quote characters inside doubled
     */
    public String quoted(String name) {
        String q = String.valueOf(quote);
        return q + name.replace(q, q + q) + q;
    }
}
