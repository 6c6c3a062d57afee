package io.reactiveorm.mysql;

import io.reactiveorm.spi.Identifiers;

/**
 * The keywords of MariaDB and MySQL, reserved or not: MariaDB 10.11's {@code information_schema.KEYWORDS} and
 * MySQL 8.0's documented list with the words MySQL 8.4 added. A name equal to one of them is quoted.
 */
final class MySqlKeywords {
    /** The quoting rule: backticks around anything but a plain lower-case non-keyword. */
    static final Identifiers IDENTIFIERS = Identifiers.of('`', """
            accessible account action active add admin after against aggregate algorithm all alter always analyse analyze
            and any array as asc ascii asensitive at atomic attribute authentication authors auto auto_increment
            autoextend_size avg avg_row_length backup before begin bernoulli between bigint binary binlog bit blob block
            body bool boolean both btree buckets bulk by byte cache call cascade cascaded case catalog_name chain
            challenge_response change changed channel char character charset check checkpoint checksum cipher class_origin
            client clob clone close coalesce code collate collation column column_add column_check column_create
            column_delete column_format column_get column_name columns comment commit committed compact completion
            component compressed compression concurrent condition connection consistent constraint constraint_catalog
            constraint_name constraint_schema contains context continue contributors convert cpu create cross cube
            cume_dist current current_date current_pos current_role current_time current_timestamp current_user cursor
            cursor_name cycle data database databases datafile date datetime day day_hour day_microsecond day_minute
            day_second deallocate dec decimal declare default default_auth definer definition delay_key_write delayed
            delete delete_domain_id dense_rank des_key_file desc describe description deterministic diagnostics directory
            disable discard disk distinct distinctrow div do do_domain_ids double drop dual dumpfile duplicate dynamic
            each else elseif elsif empty enable enclosed encryption end ends enforced engine engine_attribute engines enum
            error errors escape escaped event events every examined except exception exchange exclude execute exists exit
            expansion expire explain export extended extent_size factor failed_login_attempts false fast faults federated
            fetch fields file file_block_size filter finish first first_value fixed float float4 float8 flush following
            follows for force foreign format found from full fulltext function general generate generated geomcollection
            geometry geometrycollection get get_format get_master_public_key get_source_public_key global goto grant
            grants group group_replication grouping groups gtid_only gtids handler hard hash having help high_priority
            histogram history host hosts hour hour_microsecond hour_minute hour_second id identified if ignore
            ignore_domain_ids ignore_server_ids ignored immediate import in inactive increment index indexes infile
            initial initial_size initiate inner inout insensitive insert insert_method install instance int int1 int2 int3
            int4 int8 integer intersect interval into invisible invoker io io_after_gtids io_before_gtids io_thread ipc is
            isolation isopen issuer iterate join json json_table json_value key key_block_size keyring keys kill lag
            language last last_value lastval lateral lead leading leave leaves left less level like limit linear lines
            linestring list load local localtime localtimestamp lock locked locks log logfile logs long longblob longtext
            loop low_priority manual master master_auto_position master_bind master_compression_algorithms
            master_connect_retry master_delay master_demote_to_replica master_demote_to_slave master_gtid_pos
            master_heartbeat_period master_host master_log_file master_log_pos master_password master_port
            master_public_key_path master_retry_count master_server_id master_ssl master_ssl_ca master_ssl_capath
            master_ssl_cert master_ssl_cipher master_ssl_crl master_ssl_crlpath master_ssl_key
            master_ssl_verify_server_cert master_tls_ciphersuites master_tls_version master_use_gtid master_user
            master_zstd_compression_level match max_connections_per_hour max_queries_per_hour max_rows max_size
            max_statement_time max_updates_per_hour max_user_connections maxvalue medium mediumblob mediumint mediumtext
            member memory merge message_text microsecond middleint migrate min_rows minus minute minute_microsecond
            minute_second minvalue mod mode modifies modify monitor month multilinestring multipoint multipolygon mutex
            mysql mysql_errno name names national natural nchar ndb ndbcluster nested network_namespace never new next
            nextval no no_wait no_write_to_binlog nocache nocycle nodegroup nomaxvalue nominvalue none not notfound nowait
            nth_value ntile null nulls number numeric nvarchar of off offset oj old old_password on one online only open
            optimize optimizer_costs option optional optionally options or order ordinality organization others out outer
            outfile over overlaps owner pack_keys package page page_checksum parallel parse_gcol_expr parse_vcol_expr
            parser partial partition partitioning partitions password password_lock_time path percent_rank period persist
            persist_only persistent phase plugin plugin_dir plugins point polygon port portion precedes preceding
            precision prepare preserve prev previous primary privilege_checks_user privileges procedure process
            processlist profile profiles proxy purge qualify quarter query quick raise random range rank raw read
            read_only read_write reads real rebuild recover recursive redo_buffer_size redofile redundant ref_system_id
            reference references regexp registration relay relay_log_file relay_log_pos relay_thread relaylog release
            reload remote remove rename reorganize repair repeat repeatable replace replay replica replica_pos replicas
            replicate_do_db replicate_do_table replicate_ignore_db replicate_ignore_table replicate_rewrite_db
            replicate_wild_do_table replicate_wild_ignore_table replication require require_row_format reset resignal
            resource respect restart restore restrict resume retain return returned_sqlstate returning returns reuse
            reverse revoke right rlike role rollback rollup rotate routine row row_count row_format row_number rowcount
            rownum rows rowtype rtree s3 savepoint schedule schema schema_name schemas second second_microsecond secondary
            secondary_engine secondary_engine_attribute secondary_load secondary_unload security select sensitive
            separator sequence serial serializable server session set setval share show shutdown signal signed simple skip
            slave slave_pos slaves slow smallint snapshot socket soft some soname sounds source source_auto_position
            source_bind source_compression_algorithms source_connect_retry source_delay source_heartbeat_period
            source_host source_log_file source_log_pos source_password source_port source_public_key_path
            source_retry_count source_ssl source_ssl_ca source_ssl_capath source_ssl_cert source_ssl_cipher source_ssl_crl
            source_ssl_crlpath source_ssl_key source_ssl_verify_server_cert source_tls_ciphersuites source_tls_version
            source_user source_zstd_compression_level spatial specific sql sql_after_gtids sql_after_mts_gaps
            sql_before_gtids sql_big_result sql_buffer_result sql_cache sql_calc_found_rows sql_no_cache sql_small_result
            sql_thread sql_tsi_day sql_tsi_hour sql_tsi_minute sql_tsi_month sql_tsi_quarter sql_tsi_second sql_tsi_week
            sql_tsi_year sqlexception sqlstate sqlwarning srid ssl stacked stage start starting starts statement
            stats_auto_recalc stats_persistent stats_sample_pages status stop storage stored straight_join stream string
            subclass_origin subject subpartition subpartitions super suspend swaps switches sysdate system system_time
            table table_checksum table_name tables tablesample tablespace temporary temptable terminated text than then
            thread_priority threads ties time timestamp timestampadd timestampdiff tinyblob tinyint tinytext tls to
            trailing transaction transactional trigger triggers true truncate type types unbounded uncommitted undefined
            undo undo_buffer_size undofile unicode uninstall union unique unknown unlock unregister unsigned until update
            upgrade url usage use use_frm user user_resources using utc_date utc_time utc_timestamp validation value
            values varbinary varchar varchar2 varcharacter variables varying vcpu versioning via view virtual visible wait
            warnings week weight_string when where while window with within without work wrapper write x509 xa xid xml xor
            year year_month zerofill zone
            """);

    private MySqlKeywords() {
    }
}
