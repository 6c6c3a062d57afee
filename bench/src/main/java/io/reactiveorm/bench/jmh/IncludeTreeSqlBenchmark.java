package io.reactiveorm.bench.jmh;

import io.reactiveorm.IncludeTree;
import io.reactiveorm.JsonEncoding;
import io.reactiveorm.Orm;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Plans and renders the reference include tree with the PostgreSQL dialect: cold (a new {@link Orm}, so new entity
 * models and an empty compiled-query cache, every operation) and cached ({@link io.reactiveorm.Query#toSql()} on a
 * warm ORM, i.e. building the query, hashing its shape and hitting the cache).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class IncludeTreeSqlBenchmark {
    /** How nested objects are encoded. */
    @Param({"ARRAYS", "KEYS"})
    public JsonEncoding encoding;

    private Orm warm;
    private IncludeTree tree;
    private long lo;

    /** Warms the cache of one ORM. */
    @Setup
    public void setUp() {
        tree = IncludeTree.parse(ReferenceTree.TEXT);
        warm = ReferenceTree.orm(encoding);
        ReferenceTree.query(warm, tree, 1).toSql();
    }

    /** @return the SQL, from a new ORM (entity models read, tree parsed, planned and rendered) */
    @Benchmark
    public String cold() {
        Orm orm = ReferenceTree.orm(encoding);
        return ReferenceTree.query(orm, IncludeTree.parse(ReferenceTree.TEXT), next()).toSql();
    }

    /** @return the SQL, from the warm ORM's cache, with the tree parsed from text each time */
    @Benchmark
    public String cachedParsingTheTree() {
        return ReferenceTree.query(warm, IncludeTree.parse(ReferenceTree.TEXT), next()).toSql();
    }

    /** @return the SQL, from the warm ORM's cache, with a tree built once */
    @Benchmark
    public String cached() {
        return ReferenceTree.query(warm, tree, next()).toSql();
    }

    private long next() {
        lo = lo >= 49_900 ? 1 : lo + 100;
        return lo;
    }
}
