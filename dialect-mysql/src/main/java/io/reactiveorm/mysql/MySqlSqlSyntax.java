package io.reactiveorm.mysql;

import io.reactiveorm.spi.OrderTerm;
import io.reactiveorm.spi.SqlSyntax;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * MySQL/MariaDB identifiers ({@code `quoted`} only when needed), {@code ?} bind markers, and {@code LIMIT .. OFFSET}
 * (an offset needs a limit, so the largest one stands in when there is none).
 */
final class MySqlSqlSyntax implements SqlSyntax {
    /** The largest row count MySQL and MariaDB accept in LIMIT (2^64 - 1), their documented "no limit". */
    static final String NO_LIMIT = "18446744073709551615";
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    /** Reserved words of MySQL 8.0 and MariaDB 10.11 (an identifier equal to one of them must be quoted). */
    private static final Set<String> RESERVED = Set.of(("accessible add all alter analyze and as asc asensitive before "
            + "between bigint binary blob both by call cascade case change char character check collate column condition "
            + "constraint continue convert create cross cube cume_dist current_date current_role current_time "
            + "current_timestamp current_user cursor database databases day_hour day_microsecond day_minute day_second "
            + "dec decimal declare default delayed delete delete_domain_id dense_rank desc describe deterministic distinct "
            + "distinctrow div do_domain_ids double drop dual each else elseif empty enclosed escaped except exists exit "
            + "explain false fetch first_value float float4 float8 for force foreign from fulltext function general "
            + "generated get grant group grouping groups having high_priority hour_microsecond hour_minute hour_second "
            + "if ignore ignore_domain_ids ignore_server_ids in index infile inner inout insensitive insert int int1 int2 "
            + "int3 int4 int8 integer intersect interval into io_after_gtids io_before_gtids is iterate join json_table "
            + "key keys kill lag last_value lateral lead leading leave left like limit linear lines load localtime "
            + "localtimestamp lock long longblob longtext loop low_priority master_bind master_heartbeat_period "
            + "master_ssl_verify_server_cert match maxvalue mediumblob mediumint mediumtext middleint minute_microsecond "
            + "minute_second mod modifies natural not no_write_to_binlog nth_value ntile null numeric of offset on "
            + "optimize optimizer_costs option optionally or order out outer outfile over page_checksum parse_vcol_expr "
            + "partition percent_rank position precision primary procedure purge range rank read read_write reads real "
            + "recursive ref_system_id references regexp release rename repeat replace require resignal restrict return "
            + "returning revoke right rlike row row_number rows schema schemas second_microsecond select sensitive "
            + "separator set show signal slow smallint spatial specific sql sql_big_result sql_calc_found_rows "
            + "sql_small_result sqlexception sqlstate sqlwarning ssl starting stats_auto_recalc stats_persistent "
            + "stats_sample_pages stored straight_join system table terminated then tinyblob tinyint tinytext to "
            + "trailing trigger true undo union unique unlock unsigned update usage use using utc_date utc_time "
            + "utc_timestamp values varbinary varchar varcharacter varying virtual when where while window with write "
            + "xor year_month zerofill").split(" "));

    @Override
    public String identifier(String name) {
        if (PLAIN.matcher(name).matches() && !RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        return '`' + name.replace("`", "``") + '`';
    }

    /** MariaDB and MySQL have no {@code NULLS FIRST/LAST}: an {@code IS NULL} key in front places the NULLs. */
    @Override
    public List<OrderTerm> nullsOrdered(OrderTerm term) {
        boolean nullsFirst = term.nulls() == OrderTerm.Nulls.FIRST;
        return List.of(new OrderTerm(term.expression() + " IS NULL", nullsFirst),
                new OrderTerm(term.expression(), term.descending()));
    }

    /** {@code INSERT .. ON DUPLICATE KEY UPDATE c = VALUES(c)}. */
    @Override
    public String upsert(String table, java.util.List<String> columns, java.util.List<String> values) {
        StringBuilder sets = new StringBuilder();
        for (int i = 1; i < columns.size(); i++) {
            sets.append(i > 1 ? ", " : "").append(columns.get(i)).append(" = VALUES(").append(columns.get(i)).append(')');
        }
        String update = sets.length() == 0 ? columns.get(0) + " = " + columns.get(0) : sets.toString();
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", values)
                + ") ON DUPLICATE KEY UPDATE " + update;
    }

    @Override
    public String bindMarker(int index) {
        return "?";
    }

    @Override
    public String limitOffset(@Nullable Integer limit, @Nullable String offsetMarker) {
        if (offsetMarker == null) {
            return limit == null ? "" : " LIMIT " + limit;
        }
        return " LIMIT " + (limit == null ? NO_LIMIT : limit.toString()) + " OFFSET " + offsetMarker;
    }
}
