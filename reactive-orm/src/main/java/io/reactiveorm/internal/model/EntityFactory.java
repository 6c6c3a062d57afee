package io.reactiveorm.internal.model;

import io.reactiveorm.MappingException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Builds entity instances from a value array indexed by slot. Method handles are resolved once per class, so
 * building an instance does no reflective lookup.
 */
public final class EntityFactory {
    private final Object[] defaults;
    private final MethodHandle constructor;
    private final MethodHandle[] setters;
    private final MethodHandle[] getters;

    private EntityFactory(Object[] defaults, MethodHandle constructor, MethodHandle[] setters, MethodHandle[] getters) {
        this.defaults = defaults;
        this.constructor = constructor;
        this.setters = setters;
        this.getters = getters;
    }

    /**
     * @param entity an instance
     * @return its values, one per slot
     */
    public Object[] values(Object entity) {
        Object[] values = new Object[getters.length];
        try {
            for (int i = 0; i < getters.length; i++) {
                values[i] = getters[i].invokeExact(entity);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    /** @return a fresh value array holding each slot's default (null, or zero for primitives) */
    public Object[] newValues() {
        return defaults.clone();
    }

    /**
     * @param values one value per slot
     * @return the instance
     */
    public Object create(Object[] values) {
        try {
            if (setters.length == 0) {
                return constructor.invokeExact(values);
            }
            Object instance = constructor.invokeExact();
            for (int i = 0; i < setters.length; i++) {
                setters[i].invokeExact(instance, values[i]);
            }
            return instance;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static EntityFactory forRecord(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            MethodHandle handle = MethodHandles.lookup().unreflectConstructor(canonical)
                    .asSpreader(Object[].class, types.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
            MethodHandle[] getters = new MethodHandle[components.length];
            for (int i = 0; i < components.length; i++) {
                var accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                getters[i] = MethodHandles.lookup().unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
            }
            return new EntityFactory(defaults(types), handle, new MethodHandle[0], getters);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MappingException(type.getName() + ": cannot access the canonical constructor (" + e.getMessage()
                    + "); make the record accessible to io.reactiveorm (e.g. open its package)");
        }
    }

    static EntityFactory forClass(Class<?> type, List<Field> fields) {
        try {
            Constructor<?> noArgs = type.getDeclaredConstructor();
            noArgs.setAccessible(true);
            MethodHandle constructor = MethodHandles.lookup().unreflectConstructor(noArgs)
                    .asType(MethodType.methodType(Object.class));
            MethodHandle[] setters = new MethodHandle[fields.size()];
            MethodHandle[] getters = new MethodHandle[fields.size()];
            Class<?>[] types = new Class<?>[fields.size()];
            for (int i = 0; i < setters.length; i++) {
                Field field = fields.get(i);
                field.setAccessible(true);
                types[i] = field.getType();
                setters[i] = MethodHandles.lookup().unreflectSetter(field)
                        .asType(MethodType.methodType(void.class, Object.class, Object.class));
                getters[i] = MethodHandles.lookup().unreflectGetter(field)
                        .asType(MethodType.methodType(Object.class, Object.class));
            }
            if (setters.length == 0) {
                throw new MappingException(type.getName() + ": has no mapped fields");
            }
            return new EntityFactory(defaults(types), constructor, setters, getters);
        } catch (NoSuchMethodException e) {
            throw new MappingException(type.getName() + ": an entity class needs a no-argument constructor (or make it a record)");
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (e instanceof MappingException m) {
                throw m;
            }
            throw new MappingException(type.getName() + ": cannot access its constructor or fields (" + e.getMessage()
                    + "); make it accessible to io.reactiveorm (e.g. open its package)");
        }
    }

    private static Object[] defaults(Class<?>[] types) {
        Object[] defaults = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i].isPrimitive()) {
                defaults[i] = zero(types[i]);
            }
        }
        return defaults;
    }

    private static Object zero(Class<?> primitive) {
        if (primitive == boolean.class) {
            return false;
        }
        if (primitive == char.class) {
            return '\0';
        }
        if (primitive == long.class) {
            return 0L;
        }
        if (primitive == double.class) {
            return 0.0d;
        }
        if (primitive == float.class) {
            return 0.0f;
        }
        if (primitive == short.class) {
            return (short) 0;
        }
        if (primitive == byte.class) {
            return (byte) 0;
        }
        return 0;
    }
}
