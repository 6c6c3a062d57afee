package io.reactiveorm.h2;

import io.reactiveorm.spi.BulkConflict;
import io.reactiveorm.spi.Identifiers;
import io.reactiveorm.spi.SqlSyntax;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * H2 identifiers, {@code $n} bind markers and standard {@code OFFSET .. ROWS FETCH FIRST n ROWS ONLY}.
 *
 * <p>H2 folds unquoted identifiers to upper case, so a plain lower- or upper-case name is left unquoted and means
 * the same object either way. A keyword (H2 has only reserved ones) is quoted in upper case (the name an unquoted
 * {@code value} would have had); any other name (mixed case, spaces, ..) is quoted exactly as given.
 */
final class H2SqlSyntax implements SqlSyntax {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*|[A-Z_][A-Z0-9_]*");
    /** H2 2.x keywords, all reserved (https://h2database.com/html/advanced.html#keywords). */
    private static final Identifiers KEYWORDS = Identifiers.of('"', """
            all and any array as asymmetric authorization between both case cast check constraint cross current_catalog
            current_date current_path current_role current_schema current_time current_timestamp current_user day default
            distinct else end except exists false fetch for foreign from full group groups having hour if ilike in inner
            intersect interval is join key leading left like limit localtime localtimestamp minus minute month natural not
            null offset on or order over partition primary qualify range regexp right row rownum rows second select
            session_user set some symmetric system_user table to top trailing true uescape union unique unknown user using
            value values when where window with year _rowid_
            """);

    @Override
    public String identifier(String name) {
        if (PLAIN.matcher(name).matches()) {
            return KEYWORDS.isKeyword(name) ? KEYWORDS.quoted(name.toUpperCase(Locale.ROOT)) : name;
        }
        return KEYWORDS.quoted(name);
    }

    /** r2dbc-h2 hands the name to H2, which looks the column up by name (case-insensitively), not as SQL. */
    @Override
    public String generatedColumn(String column) {
        return column;
    }

    /** Without {@code FORMAT JSON}, H2 stores JSON text as one JSON string. */
    @Override
    public String jsonParameter(String marker) {
        return marker + " FORMAT JSON";
    }

    /**
     * H2 has no {@code ON CONFLICT}: an update on conflict is {@code MERGE INTO t (..) KEY (id) VALUES (..), (..)};
     * skipping is not supported ({@link H2BulkLoader#supports}).
     */
    @Override
    public String insert(String table, List<String> columns, List<String> rows, BulkConflict conflict, @Nullable String id) {
        if (conflict == BulkConflict.UPDATE) {
            return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + id + ") VALUES "
                    + String.join(", ", rows);
        }
        return SqlSyntax.super.insert(table, columns, rows, conflict, id);
    }

    @Override
    public String bindMarker(int index) {
        return "$" + (index + 1);
    }

    @Override
    public String limitOffset(@Nullable Integer limit, @Nullable String offsetMarker) {
        String out = offsetMarker == null ? "" : " OFFSET " + offsetMarker + " ROWS";
        return limit == null ? out : out + " FETCH FIRST " + limit + " ROWS ONLY";
    }
}
