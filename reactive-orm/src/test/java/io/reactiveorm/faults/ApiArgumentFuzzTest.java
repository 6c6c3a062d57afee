package io.reactiveorm.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactiveorm.BulkLoad;
import io.reactiveorm.DeleteQuery;
import io.reactiveorm.Filter;
import io.reactiveorm.IncludeLimits;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.JsonEncoding;
import io.reactiveorm.Orm;
import io.reactiveorm.OrmException;
import io.reactiveorm.PageRequest;
import io.reactiveorm.Query;
import io.reactiveorm.Sort;
import io.reactiveorm.TransactionOptions;
import io.reactiveorm.UpdateQuery;
import io.reactiveorm.conformance.Library.Book;
import io.reactiveorm.conformance.Library.Person;
import io.r2dbc.spi.IsolationLevel;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Calls every public method and constructor of the API with bad arguments, one at a time: null, empty and unknown
 * names, SQL in names, negative, zero and extreme numbers, non-entity classes. The only outcomes allowed are the
 * documented ones: an {@link OrmException} (thrown, or as the error of the returned publisher), or a
 * {@link NullPointerException} whose message names the parameter. Anything else (an {@link IllegalArgumentException},
 * an unnamed NPE, a {@link StackOverflowError}, a Reactor or driver exception) fails with the calls that caused it.
 */
class ApiArgumentFuzzTest {
    private static final Set<String> SKIPPED = Set.of("close", "wait", "notify", "notifyAll", "getClass", "hashCode",
            "equals", "toString", "valueOf", "values");
    private static Orm orm;

    @BeforeAll
    static void offlineOrm() {
        orm = Orm.connect("r2dbc:h2:mem:///api-argument-fuzz"); // no tables: terminals fail as OrmExceptions
    }

    @AfterAll
    static void close() {
        orm.close().block(Duration.ofSeconds(30));
    }

    @Test
    void everyPublicCallWithABadArgumentFailsWithADocumentedException() throws Exception {
        List<String> escaped = new ArrayList<>();
        int calls = 0;
        for (Object receiver : receivers()) {
            Class<?> type = receiver instanceof Class<?> c ? c : receiver.getClass();
            for (Method method : type.getMethods()) {
                if (SKIPPED.contains(method.getName()) || method.getDeclaringClass() == Object.class
                        || method.getDeclaringClass() == Record.class || method.isSynthetic()
                        || Modifier.isStatic(method.getModifiers()) != (receiver instanceof Class<?>)
                        || !method.getDeclaringClass().getPackageName().startsWith("io.reactiveorm")) {
                    continue;
                }
                calls += fuzz(method, receiver instanceof Class<?> ? null : receiver, escaped);
            }
            if (receiver instanceof Class<?> c && c.isRecord()) {
                for (Constructor<?> constructor : c.getConstructors()) {
                    calls += fuzz(constructor, null, escaped);
                }
            }
        }
        assertThat(calls).isGreaterThan(500);
        assertThat(escaped).as("calls out of %d that escaped the documented exceptions", calls).isEmpty();
    }

    private static List<Object> receivers() {
        return List.of(orm, orm.from(Book.class), orm.updateAll(Book.class), orm.deleteAll(Book.class),
                orm.bulk(Book.class), IncludeTree.builder(), Orm.builder(orm.connectionFactory()),
                IncludeTree.class, Filter.class, Sort.class, PageRequest.class, IncludeLimits.class,
                TransactionOptions.class, Sort.asc("id"), TransactionOptions.DEFAULT, IncludeTree.ALL_FIELDS,
                PageRequest.first(10));
    }

    /** Calls with each parameter in turn replaced by each bad value of its type; returns the number of calls. */
    private static int fuzz(Executable executable, Object receiver, List<String> escaped) {
        Parameter[] parameters = executable.getParameters();
        int calls = 0;
        for (int i = 0; i < parameters.length; i++) {
            for (Object bad : badValues(parameters[i].getType())) {
                Object[] args = new Object[parameters.length];
                for (int j = 0; j < parameters.length; j++) {
                    args[j] = j == i ? bad : goodValue(parameters[j].getType());
                }
                calls++;
                String outcome = call(executable, receiver, args);
                if (outcome != null) {
                    escaped.add(executable.getDeclaringClass().getSimpleName() + "." + executable.getName()
                            + describe(args) + " -> " + outcome);
                }
            }
        }
        return calls;
    }

    /** @return null if the call ended well or with a documented exception, else what escaped */
    private static String call(Executable executable, Object receiver, Object[] args) {
        Object result;
        try {
            result = executable instanceof Method m ? m.invoke(receiver, args) : ((Constructor<?>) executable).newInstance(args);
        } catch (InvocationTargetException e) {
            return judge(e.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            return null; // a primitive parameter given null by the fuzzer itself
        }
        try {
            if (result instanceof Mono<?> mono) {
                mono.block(Duration.ofSeconds(20));
            } else if (result instanceof Flux<?> flux) {
                flux.take(5).collectList().block(Duration.ofSeconds(20));
            }
            return null;
        } catch (RuntimeException | Error e) {
            return judge(e);
        }
    }

    private static String judge(Throwable error) {
        if (error instanceof OrmException) {
            return null;
        }
        if (error instanceof NullPointerException npe && npe.getMessage() != null && npe.getMessage().contains("must not be null")) {
            return null;
        }
        return error.getClass().getName() + ": " + error.getMessage();
    }

    private static Object goodValue(Class<?> type) {
        if (type == String.class) {
            return "title";
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == Class.class) {
            return Book.class;
        }
        if (type == String[].class) {
            return new String[] {"title"};
        }
        if (type == Sort[].class) {
            return new Sort[] {Sort.asc("id")};
        }
        if (type == Object[].class) {
            return new Object[] {1L};
        }
        if (type == byte[].class) {
            return new byte[32];
        }
        return sample(type);
    }

    private static Object sample(Class<?> type) {
        if (type == Filter.class) {
            return Filter.eq("id", 1L);
        }
        if (type == Sort.class) {
            return Sort.asc("id");
        }
        if (type == IncludeTree.class) {
            return IncludeTree.ALL_FIELDS;
        }
        if (type == PageRequest.class) {
            return PageRequest.first(10);
        }
        if (type == TransactionOptions.class) {
            return TransactionOptions.DEFAULT;
        }
        if (type == IncludeLimits.class) {
            return IncludeLimits.DEFAULT;
        }
        if (type == JsonEncoding.class) {
            return JsonEncoding.values()[0];
        }
        if (type == IsolationLevel.class) {
            return IsolationLevel.READ_COMMITTED;
        }
        if (type == Duration.class) {
            return Duration.ofSeconds(1);
        }
        if (type == UnaryOperator.class || type == Function.class) {
            return UnaryOperator.identity();
        }
        if (type == Supplier.class) {
            return (Supplier<Object>) () -> "x";
        }
        if (type == Publisher.class || type == Flux.class) {
            return Flux.empty();
        }
        if (type == Mono.class) {
            return Mono.empty();
        }
        if (type == List.class || type == Collection.class || type == Iterable.class) {
            return List.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Object.class) {
            return new Book(1L, "t", LocalDate.of(2020, 1, 1), null, null, null);
        }
        if (type == Number.class || type == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        return null;
    }

    private static List<Object> badValues(Class<?> type) {
        List<Object> bad = new ArrayList<>();
        if (!type.isPrimitive()) {
            bad.add(null);
        }
        if (type == String.class) {
            bad.addAll(List.of("", "no_such_field", "title; DROP TABLE book --", "ti\u0000tle", "tіtle", "author.",
                    ".", "author..lastname", "x".repeat(100_000)));
        } else if (type == int.class || type == Integer.class) {
            bad.addAll(List.of(-1, 0, Integer.MIN_VALUE, Integer.MAX_VALUE));
        } else if (type == long.class || type == Long.class) {
            bad.addAll(List.of(-1L, 0L, Long.MIN_VALUE, Long.MAX_VALUE));
        } else if (type == Class.class) {
            bad.addAll(List.of(String.class, Object.class, Person.class, int.class));
        } else if (type == String[].class) {
            bad.add(new String[] {null});
            bad.add(new String[] {"no_such_field"});
            bad.add(new String[0]);
        } else if (type == Sort[].class) {
            bad.add(new Sort[] {null});
            bad.add(new Sort[0]);
        } else if (type == Object[].class) {
            bad.add(new Object[] {null});
            bad.add(new Object[0]);
        } else if (type == byte[].class) {
            bad.add(new byte[0]);
            bad.add(new byte[3]);
        } else if (type == Object.class) {
            bad.addAll(List.of("not an entity", 42, new Object()));
        } else if (type == List.class || type == Collection.class || type == Iterable.class) {
            bad.add(Arrays.asList((Object) null));
            bad.add(List.of("not an entity"));
        } else if (type == Map.class) {
            bad.add(Map.of("no_such_field", 1));
        } else if (type == Publisher.class || type == Flux.class) {
            bad.add(Flux.error(new IllegalStateException("source failed")));
            bad.add(Flux.just("not an entity"));
        }
        return bad;
    }

    private static String describe(Object[] args) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < args.length; i++) {
            String s = args[i] == null ? "null" : args[i] instanceof Object[] a ? Arrays.toString(a) : String.valueOf(args[i]);
            out.append(i == 0 ? "" : ", ").append(s.length() > 40 ? s.substring(0, 40) + "..." : s);
        }
        return out.append(')').toString();
    }
}
