package io.reactiveorm.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.reactiveorm.BelongsTo;
import io.reactiveorm.Column;
import io.reactiveorm.Count;
import io.reactiveorm.HasMany;
import io.reactiveorm.HasOne;
import io.reactiveorm.Id;
import io.reactiveorm.ManyToMany;
import io.reactiveorm.MappingException;
import io.reactiveorm.Table;
import io.reactiveorm.Transient;
import io.reactiveorm.Version;
import io.reactiveorm.spi.ValueKind;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads entity models from annotated classes, once per class, and validates them up front. */
public final class EntityModels {
    /** Letters, digits and _, with single spaces between words: every dialect quotes what is not plain. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*( [A-Za-z0-9_]+)*");
    private static final Map<Class<?>, ValueKind> KINDS = Map.ofEntries(
            Map.entry(String.class, ValueKind.STRING),
            Map.entry(Integer.class, ValueKind.INTEGER), Map.entry(int.class, ValueKind.INTEGER),
            Map.entry(Long.class, ValueKind.LONG), Map.entry(long.class, ValueKind.LONG),
            Map.entry(Short.class, ValueKind.SHORT), Map.entry(short.class, ValueKind.SHORT),
            Map.entry(Boolean.class, ValueKind.BOOLEAN), Map.entry(boolean.class, ValueKind.BOOLEAN),
            Map.entry(BigDecimal.class, ValueKind.DECIMAL),
            Map.entry(Double.class, ValueKind.DOUBLE), Map.entry(double.class, ValueKind.DOUBLE),
            Map.entry(Float.class, ValueKind.FLOAT), Map.entry(float.class, ValueKind.FLOAT),
            Map.entry(LocalDate.class, ValueKind.DATE),
            Map.entry(LocalTime.class, ValueKind.TIME),
            Map.entry(LocalDateTime.class, ValueKind.DATETIME),
            Map.entry(OffsetDateTime.class, ValueKind.OFFSET_DATETIME),
            Map.entry(Instant.class, ValueKind.INSTANT),
            Map.entry(UUID.class, ValueKind.UUID),
            Map.entry(byte[].class, ValueKind.BYTES),
            Map.entry(JsonNode.class, ValueKind.JSON));

    private final Map<Class<?>, EntityModel> models = new ConcurrentHashMap<>();

    /**
     * @param type an entity class
     * @return its model, read and validated on first use (including every relation's target)
     * @throws MappingException naming the class, the attribute and the fix
     */
    public EntityModel get(Class<?> type) {
        EntityModel model = models.get(type);
        if (model != null) {
            return model;
        }
        model = read(type);
        EntityModel existing = models.putIfAbsent(type, model);
        if (existing != null) {
            return existing;
        }
        try {
            for (Relation relation : model.relations()) {
                get(relation.target());
            }
        } catch (MappingException e) {
            models.remove(type);
            throw e;
        }
        return model;
    }

    /**
     * @param type a Java type
     * @return its value kind, or null if it is not a supported column type
     */
    public static @Nullable ValueKind kindOf(Class<?> type) {
        if (type.isEnum()) {
            return ValueKind.ENUM;
        }
        return KINDS.get(type);
    }

    private static EntityModel read(Class<?> type) {
        if (type.isInterface() || type.isPrimitive() || type.isArray() || Modifier.isAbstract(type.getModifiers())) {
            throw new MappingException(type.getName() + " is not an entity: use a record or a concrete class");
        }
        Table table = type.getAnnotation(Table.class);
        String tableName = table != null && !table.value().isEmpty() ? table.value() : snakeCase(type.getSimpleName());
        checkIdentifier(type.getSimpleName(), "@Table", tableName);

        List<Member> members = members(type);
        List<Attribute> attributes = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        List<CountAttribute> counts = new ArrayList<>();
        Attribute id = null;
        Attribute namedId = null;
        Attribute version = null;
        for (int slot = 0; slot < members.size(); slot++) {
            Member m = members.get(slot);
            String where = type.getSimpleName() + "." + m.name();
            if (m.has(Transient.class)) {
                continue;
            }
            Relation relation = relation(where, m, slot);
            if (relation != null) {
                relations.add(relation);
                continue;
            }
            Count count = m.element().getAnnotation(Count.class);
            if (count != null) {
                if (m.type() != Long.class && m.type() != long.class) {
                    throw new MappingException(where + ": a @Count attribute must be Long or long, not " + m.type().getSimpleName());
                }
                counts.add(new CountAttribute(m.name(), count.value(), slot));
                continue;
            }
            ValueKind kind = kindOf(m.type());
            if (kind == null) {
                throw new MappingException(where + ": type " + m.type().getName() + " is not supported. Map another entity with "
                        + "@BelongsTo/@HasOne, a List with @HasMany/@ManyToMany, or mark it @Transient");
            }
            Column column = m.element().getAnnotation(Column.class);
            String columnName = column != null && !column.value().isEmpty() ? column.value() : snakeCase(m.name());
            checkIdentifier(where, "@Column", columnName);
            boolean nullable = !m.type().isPrimitive() && !m.has(Id.class) && (column == null || column.nullable());
            Attribute attribute = new Attribute(m.name(), columnName, m.type(), kind, slot, nullable);
            attributes.add(attribute);
            if (m.has(Version.class)) {
                if (kind != ValueKind.LONG && kind != ValueKind.INTEGER) {
                    throw new MappingException(where + ": a @Version attribute must be Long/long or Integer/int");
                }
                version = attribute;
            }
            if (m.has(Id.class)) {
                if (id != null) {
                    throw new MappingException(where + ": only one attribute may be @Id (" + id.name() + " already is)");
                }
                id = attribute;
            } else if (m.name().equals("id")) {
                namedId = attribute;
            }
        }
        if (id == null) {
            id = namedId;
        }
        if (id == null) {
            throw new MappingException(type.getSimpleName() + " has no id: mark one attribute @Id or name it 'id'");
        }
        for (CountAttribute count : counts) {
            boolean toMany = relations.stream().anyMatch(r -> r.name().equals(count.relation()) && r.kind().toMany());
            if (!toMany) {
                throw new MappingException(type.getSimpleName() + "." + count.name() + ": @Count(\"" + count.relation()
                        + "\") must name a @HasMany or @ManyToMany relation of " + type.getSimpleName());
            }
        }
        EntityFactory factory = type.isRecord()
                ? EntityFactory.forRecord(type)
                : EntityFactory.forClass(type, members.stream().map(m -> (Field) m.element()).toList());
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (Relation relation : relations) {
            ForeignKey fk = relation.kind() == RelationKind.BELONGS_TO
                    ? foreignKey(type.getSimpleName() + "." + relation.name(), relation, attributes) : null;
            if (fk != null) {
                foreignKeys.add(fk);
            }
        }
        return new EntityModel(type, tableName, id, attributes, relations, counts, version, factory, foreignKeys);
    }

    /**
     * The foreign key of a {@code @BelongsTo}, typed like the target's id, read without building the target's model;
     * null if the target has no usable id (reading the target's model then names the fault).
     */
    private static @Nullable ForeignKey foreignKey(String where, Relation relation, List<Attribute> attributes) {
        String column = Objects.requireNonNull(relation.foreignKey());
        Member targetId = idMember(relation.target());
        ValueKind kind = targetId == null ? null : kindOf(targetId.type());
        if (targetId == null || kind == null) {
            return null;
        }
        MethodHandle getter;
        try {
            var lookup = MethodHandles.lookup();
            getter = targetId.element() instanceof RecordComponent c ? lookup.unreflect(accessible(c.getAccessor()))
                    : lookup.unreflectGetter(accessible((Field) targetId.element()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MappingException(where + ": cannot read the id of " + relation.target().getName() + " (" + e.getMessage() + ")");
        }
        getter = getter.asType(MethodType.methodType(Object.class, Object.class));
        for (Attribute a : attributes) {
            if (a.column().equalsIgnoreCase(column)) {
                return new ForeignKey(relation, a, true, getter);
            }
        }
        return new ForeignKey(relation, new Attribute(relation.name(), column, targetId.type(), kind, relation.slot()), false, getter);
    }

    private static <A extends java.lang.reflect.AccessibleObject> A accessible(A member) {
        member.setAccessible(true);
        return member;
    }

    /** @return the member marked {@code @Id}, else the one named {@code id}, else null */
    private static @Nullable Member idMember(Class<?> type) {
        Member named = null;
        for (Member m : members(type)) {
            if (m.has(Id.class)) {
                return m;
            }
            if (m.name().equals("id") && !m.has(Transient.class)) {
                named = m;
            }
        }
        return named;
    }

    private static @Nullable Relation relation(String where, Member m, int slot) {
        BelongsTo belongsTo = m.element().getAnnotation(BelongsTo.class);
        HasOne hasOne = m.element().getAnnotation(HasOne.class);
        HasMany hasMany = m.element().getAnnotation(HasMany.class);
        ManyToMany manyToMany = m.element().getAnnotation(ManyToMany.class);
        int annotations = (belongsTo != null ? 1 : 0) + (hasOne != null ? 1 : 0) + (hasMany != null ? 1 : 0) + (manyToMany != null ? 1 : 0);
        if (annotations == 0) {
            if (List.class.isAssignableFrom(m.type())) {
                throw new MappingException(where + ": a List attribute needs @HasMany or @ManyToMany (or @Transient)");
            }
            return null;
        }
        if (annotations > 1) {
            throw new MappingException(where + ": use only one of @BelongsTo, @HasOne, @HasMany, @ManyToMany");
        }
        if (belongsTo != null || hasOne != null) {
            if (List.class.isAssignableFrom(m.type()) || kindOf(m.type()) != null) {
                throw new MappingException(where + ": a to-one relation must have an entity type, not " + m.type().getSimpleName());
            }
            String fk = belongsTo != null ? belongsTo.foreignKey() : hasOne.foreignKey();
            checkIdentifier(where, "foreignKey", fk);
            return new Relation(m.name(), belongsTo != null ? RelationKind.BELONGS_TO : RelationKind.HAS_ONE, m.type(), fk,
                    null, null, null, slot);
        }
        if (m.type() != List.class) {
            throw new MappingException(where + ": a to-many relation must be declared as List<Target>, not " + m.type().getSimpleName());
        }
        Class<?> target = listElement(where, m.genericType());
        if (hasMany != null) {
            checkIdentifier(where, "foreignKey", hasMany.foreignKey());
            return new Relation(m.name(), RelationKind.HAS_MANY, target, hasMany.foreignKey(), null, null, null, slot);
        }
        checkIdentifier(where, "joinTable", manyToMany.joinTable());
        checkIdentifier(where, "joinColumn", manyToMany.joinColumn());
        checkIdentifier(where, "inverseJoinColumn", manyToMany.inverseJoinColumn());
        return new Relation(m.name(), RelationKind.MANY_TO_MANY, target, null, manyToMany.joinTable(),
                manyToMany.joinColumn(), manyToMany.inverseJoinColumn(), slot);
    }

    private static Class<?> listElement(String where, Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        throw new MappingException(where + ": declare the element type, e.g. List<Review>");
    }

    private static void checkIdentifier(String where, String what, String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new MappingException(where + ": " + what + " '" + name + "' is not a valid SQL identifier (letters, digits, _ "
                    + "and single spaces between words)");
        }
    }

    /** @param name a Java name @return the snake_case name, e.g. publishedAt → published_at */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private record Member(String name, Class<?> type, Type genericType, AnnotatedElement element) {
        boolean has(Class<? extends java.lang.annotation.Annotation> annotation) {
            return element.isAnnotationPresent(annotation);
        }
    }

    private static List<Member> members(Class<?> type) {
        List<Member> members = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                members.add(new Member(c.getName(), c.getType(), c.getGenericType(), c));
            }
            return members;
        }
        for (Field f : type.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (!Modifier.isStatic(mod) && !Modifier.isTransient(mod) && !f.isSynthetic()) {
                members.add(new Member(f.getName(), f.getType(), f.getGenericType(), f));
            }
        }
        return members;
    }
}
