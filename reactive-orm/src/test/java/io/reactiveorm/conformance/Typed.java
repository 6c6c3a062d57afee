package io.reactiveorm.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.reactiveorm.BelongsTo;
import io.reactiveorm.HasMany;
import io.reactiveorm.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One attribute of every supported type, loaded as a root and from inside includes (the type-fidelity matrix). */
@Table("typed")
public record Typed(Long id, String textValue, Integer intValue, Long longValue, Short shortValue, Boolean flag,
                    BigDecimal amount, Double ratio, Float score, LocalDate dayValue, LocalTime clockValue,
                    LocalDateTime localValue, OffsetDateTime stampValue, Instant instantValue, UUID uuidValue,
                    byte[] bytesValue, Mood mood, JsonNode doc, long primitiveLong, boolean primitiveFlag) {

    /** An enum stored as text. */
    public enum Mood { HAPPY, GRUMPY }

    /** Holds typed rows, so they can be loaded nested. */
    @Table("typed_holder")
    public record Holder(Long id, @BelongsTo(foreignKey = "typed_id") Typed one,
                         @HasMany(foreignKey = "holder_id") List<Typed> items) {
    }

    /**
     * @param other another row
     * @return whether every value is equal (arrays by content, BigDecimal including scale)
     */
    public boolean sameValues(Typed other) {
        return Objects.equals(id, other.id) && Objects.equals(textValue, other.textValue)
                && Objects.equals(intValue, other.intValue) && Objects.equals(longValue, other.longValue)
                && Objects.equals(shortValue, other.shortValue) && Objects.equals(flag, other.flag)
                && Objects.equals(amount, other.amount) && Objects.equals(ratio, other.ratio)
                && Objects.equals(score, other.score) && Objects.equals(dayValue, other.dayValue)
                && Objects.equals(clockValue, other.clockValue) && Objects.equals(localValue, other.localValue)
                && Objects.equals(stampValue, other.stampValue) && Objects.equals(instantValue, other.instantValue)
                && Objects.equals(uuidValue, other.uuidValue) && Arrays.equals(bytesValue, other.bytesValue)
                && mood == other.mood && Objects.equals(doc, other.doc) && primitiveLong == other.primitiveLong
                && primitiveFlag == other.primitiveFlag;
    }

    @Override
    public String toString() {
        return "Typed[id=" + id + ", text=" + textValue + ", int=" + intValue + ", long=" + longValue + ", short=" + shortValue
                + ", flag=" + flag + ", amount=" + amount + ", ratio=" + ratio + ", score=" + score + ", day=" + dayValue
                + ", clock=" + clockValue + ", local=" + localValue + ", stamp=" + stampValue + ", instant=" + instantValue
                + ", uuid=" + uuidValue + ", bytes=" + (bytesValue == null ? null : Arrays.toString(bytesValue))
                + ", mood=" + mood + ", doc=" + doc + ", primitiveLong=" + primitiveLong + ", primitiveFlag=" + primitiveFlag + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Typed t && sameValues(t);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, textValue, longValue);
    }
}
