package io.reactiveorm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the text and map forms of an {@link IncludeTree}. */
final class IncludeTreeText {
    private static final int MAX_TEXT = 10_000;
    private static final String COUNT = "_count";

    private final String text;
    private int pos;
    private int depth;

    private IncludeTreeText(String text) {
        this.text = text;
    }

    static IncludeTree parse(String text) {
        if (text.length() > MAX_TEXT) {
            throw new InvalidQueryException("include tree text is longer than " + MAX_TEXT + " characters");
        }
        IncludeTreeText parser = new IncludeTreeText(text);
        IncludeTree.Builder root = IncludeTree.builder();
        if (!parser.text.isBlank()) {
            parser.list(root);
        }
        parser.end();
        return root.build();
    }

    /** Reads one sort of the text forms: {@code [-|+]path [nulls first|last]}. */
    static Sort sort(String text) {
        IncludeTreeText parser = new IncludeTreeText(text);
        Sort sort = parser.sort();
        parser.end();
        return sort;
    }

    private void end() {
        skipSpace();
        if (pos != text.length()) {
            throw error("unexpected '" + text.charAt(pos) + "'");
        }
    }

    private void list(IncludeTree.Builder node) {
        do {
            item(node);
        } while (accept(','));
    }

    private void item(IncludeTree.Builder node) {
        String name = name();
        if (name.equals(COUNT)) {
            expect('(');
            do {
                node.count(name());
            } while (accept(','));
            expect(')');
            return;
        }
        boolean hasOptions = peek('[');
        boolean hasChildren = false;
        IncludeTree.Builder child = IncludeTree.builder();
        if (accept('[')) {
            options(child);
        }
        if (accept('(')) {
            hasChildren = true;
            if (++depth > IncludeTree.MAX_DEPTH) {
                throw error("includes nested deeper than " + IncludeTree.MAX_DEPTH);
            }
            if (!peek(')')) {
                list(child);
            }
            expect(')');
            depth--;
        }
        if (hasOptions || hasChildren) {
            node.include(name, child.build());
        } else {
            node.fields(name);
        }
    }

    private void options(IncludeTree.Builder node) {
        do {
            String key = name();
            expect('=');
            switch (key) {
                case "limit" -> node.limit(integer());
                case "orderBy" -> {
                    node.orderBy(sort());
                    while (peek(',') && !peekOptionKey()) {
                        expect(',');
                        node.orderBy(sort());
                    }
                }
                default -> throw error("unknown option '" + key + "' (valid: limit, orderBy)");
            }
        } while (accept(','));
        expect(']');
    }

    private boolean peekOptionKey() {
        int end = skipSpace(pos + 1);
        while (end < text.length() && isNameChar(text.charAt(end))) {
            end++;
        }
        end = skipSpace(end);
        return end < text.length() && text.charAt(end) == '=';
    }

    private Sort sort() {
        boolean descending = accept('-');
        if (!descending) {
            accept('+');
        }
        Sort sort = new Sort(name(), descending);
        if (!keyword("nulls")) {
            return sort;
        }
        if (keyword("first")) {
            return sort.nullsFirst();
        }
        if (keyword("last")) {
            return sort.nullsLast();
        }
        throw error("expected 'first' or 'last' after 'nulls'");
    }

    /** Consumes {@code word} (any case) if it comes next as a whole word. */
    private boolean keyword(String word) {
        int start = skipSpace(pos);
        int end = start + word.length();
        if (text.regionMatches(true, start, word, 0, word.length()) && (end == text.length() || !isNameChar(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        pos = skipSpace(pos);
    }

    private int skipSpace(int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int integer() {
        skipSpace();
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (start == pos || pos - start > 9) {
            throw error("expected a number");
        }
        return Integer.parseInt(text.substring(start, pos));
    }

    private String name() {
        skipSpace();
        int start = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw error(pos < text.length() ? "expected a name but found '" + text.charAt(pos) + "'" : "expected a name");
        }
        return text.substring(start, pos);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    private boolean peek(char c) {
        skipSpace();
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean accept(char c) {
        if (peek(c)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private InvalidQueryException error(String what) {
        String shown = text.length() <= 200 ? text : text.substring(0, 200) + "...";
        return new InvalidQueryException("Invalid include tree at position " + pos + ": " + what + " in \"" + shown + "\"");
    }

    static IncludeTree fromMap(Map<String, ?> map) {
        return fromMap(map, "", 0, new int[1]);
    }

    /** Reads one level; {@code depth} bounds the recursion (a cyclic map ends there too), {@code entries} the size. */
    private static IncludeTree fromMap(Map<String, ?> map, String at, int depth, int[] entries) {
        if (depth > IncludeTree.MAX_DEPTH) {
            throw new InvalidQueryException("Invalid include tree: '" + at.substring(0, Math.min(at.length(), 200))
                    + "...' nests deeper than " + IncludeTree.MAX_DEPTH);
        }
        entries[0] += map.size();
        if (entries[0] > IncludeTree.MAX_NODES) {
            throw new InvalidQueryException("Invalid include tree: more than " + IncludeTree.MAX_NODES + " entries");
        }
        IncludeTree.Builder node = IncludeTree.builder();
        for (Map.Entry<String, ?> entry : map.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            String where = at.isEmpty() ? key : at + "." + key;
            switch (key) {
                case "_limit" -> {
                    if (!(value instanceof Number n) || n.intValue() != n.doubleValue()) {
                        throw new InvalidQueryException("Invalid include tree: '" + where + "' must be an integer");
                    }
                    node.limit(n.intValue());
                }
                case "_orderBy" -> {
                    for (String s : strings(value, where)) {
                        node.orderBy(sort(s));
                    }
                }
                case COUNT -> node.count(strings(value, where).toArray(String[]::new));
                default -> {
                    if (Boolean.TRUE.equals(value)) {
                        node.fields(key);
                    } else if (value instanceof Map<?, ?> child) {
                        node.include(key, fromMap(stringKeys(child, where), where, depth + 1, entries));
                    } else if (!Boolean.FALSE.equals(value)) {
                        throw new InvalidQueryException("Invalid include tree: '" + where
                                + "' must be true (a field) or an object (an include), not " + value);
                    }
                }
            }
        }
        return node.build();
    }

    private static List<String> strings(Object value, String where) {
        List<String> out = new ArrayList<>();
        if (value instanceof String s) {
            for (String part : s.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof String s)) {
                    throw new InvalidQueryException("Invalid include tree: '" + where + "' must hold names, not " + o);
                }
                out.add(s);
            }
        } else {
            throw new InvalidQueryException("Invalid include tree: '" + where + "' must be a name list, not " + value);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> stringKeys(Map<?, ?> map, String where) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw new InvalidQueryException("Invalid include tree: keys under '" + where + "' must be strings");
            }
        }
        return (Map<String, ?>) map;
    }
}
