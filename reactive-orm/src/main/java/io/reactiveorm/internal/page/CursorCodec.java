package io.reactiveorm.internal.page;

import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.internal.model.Attribute;
import io.reactiveorm.internal.plan.SortKey;
import io.reactiveorm.internal.plan.WriteValues;
import io.reactiveorm.spi.Dialect;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Encodes the sort-key values of a row into an opaque cursor and back. A cursor is base64url without padding of
 * {@code version(1) | fingerprint(8) | values | check}, where the fingerprint is the first 8 bytes of SHA-256 over
 * the entity class and the sort (paths and directions, the id last), each value is a presence byte followed by a
 * fixed binary form per {@link io.reactiveorm.spi.ValueKind} (never Java serialization), and the check is the first
 * 16 bytes of HMAC-SHA256 under the application's key, or without a key the first 8 bytes of SHA-256 (an
 * integrity check against accidental or casual edits, not a signature). Thread-safe.
 */
public final class CursorCodec {
    private static final byte VERSION = 1;
    private static final int FINGERPRINT = 8;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte @Nullable [] key;
    private final WriteValues storable;

    /**
     * @param key the HMAC key cursors are signed with, or null for unsigned (checksummed) cursors
     * @param dialect the database's dialect: a cursor value it could not store belongs to no row, and is rejected
     */
    public CursorCodec(byte @Nullable [] key, Dialect dialect) {
        this.key = key == null ? null : key.clone();
        this.storable = new WriteValues(dialect);
        check(new byte[1]); // loads the JCE providers now, on the caller's thread, not later on an event loop
    }

    /**
     * @param type the root entity class
     * @param keys the sort keys
     * @param values one value per key (null for NULL)
     * @return the cursor
     */
    public String encode(Class<?> type, List<SortKey> keys, @Nullable Object[] values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.write(fingerprint(type, keys));
            for (int i = 0; i < keys.size(); i++) {
                write(out, keys.get(i).attribute(), values[i]);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        byte[] payload = bytes.toByteArray();
        byte[] check = check(payload);
        byte[] token = Arrays.copyOf(payload, payload.length + check.length);
        System.arraycopy(check, 0, token, payload.length, check.length);
        return ENCODER.encodeToString(token);
    }

    /**
     * @param cursor a cursor made by {@link #encode}
     * @param type the root entity class of the query it is used with
     * @param keys that query's sort keys
     * @return one value per key (null for NULL)
     * @throws InvalidQueryException if the cursor is malformed, was modified, was signed with another key, or was
     *     made for another entity or sort
     */
    public @Nullable Object[] decode(String cursor, Class<?> type, List<SortKey> keys) {
        byte[] token;
        try {
            token = DECODER.decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid(type, "it is not a cursor (not base64url)");
        }
        int checkLength = key == null ? 8 : 16;
        if (token.length < 1 + FINGERPRINT + checkLength) {
            throw invalid(type, "it is not a cursor (too short)");
        }
        byte[] payload = Arrays.copyOf(token, token.length - checkLength);
        byte[] check = Arrays.copyOfRange(token, payload.length, token.length);
        if (!MessageDigest.isEqual(check, check(payload))) {
            throw invalid(type, key == null ? "it was modified" : "it was modified or signed with another key");
        }
        if (payload[0] != VERSION) {
            throw invalid(type, "unsupported cursor version " + payload[0]);
        }
        if (!MessageDigest.isEqual(Arrays.copyOfRange(payload, 1, 1 + FINGERPRINT), fingerprint(type, keys))) {
            throw invalid(type, "it was made for another query: the sort must be " + describe(type, keys));
        }
        @Nullable Object[] values = new Object[keys.size()];
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload, 1 + FINGERPRINT,
                payload.length - 1 - FINGERPRINT))) {
            for (int i = 0; i < values.length; i++) {
                values[i] = read(in, keys.get(i));
            }
            if (in.available() > 0) {
                throw invalid(type, "unexpected trailing bytes");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidQueryException q) {
                throw q;
            }
            throw invalid(type, "its values do not fit the sort keys");
        }
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value != null) {
                try {
                    storable.check(type.getSimpleName(), keys.get(i).attribute(), value);
                } catch (InvalidQueryException e) {
                    throw invalid(type, "it holds a value no row can have (" + e.getMessage() + ")");
                }
            }
        }
        return values;
    }

    private static InvalidQueryException invalid(Class<?> type, String why) {
        return new InvalidQueryException(type.getSimpleName() + ": invalid page cursor: " + why);
    }

    private static String describe(Class<?> type, List<SortKey> keys) {
        StringBuilder out = new StringBuilder(type.getSimpleName()).append(" by ");
        for (int i = 0; i < keys.size(); i++) {
            SortKey k = keys.get(i);
            out.append(i == 0 ? "" : ", ").append(k.path()).append(k.descending() ? " desc" : " asc")
                    .append(k.explicitNulls() ? (k.nullsLast() ? " nulls last" : " nulls first") : "");
        }
        return out.toString();
    }

    private static byte[] fingerprint(Class<?> type, List<SortKey> keys) {
        StringBuilder spec = new StringBuilder(type.getName());
        for (SortKey k : keys) {
            spec.append('|').append(k.path()).append(k.descending() ? ":desc" : ":asc")
                    .append(k.explicitNulls() ? (k.nullsLast() ? ":nullslast" : ":nullsfirst") : "");
        }
        return Arrays.copyOf(sha256(spec.toString().getBytes(StandardCharsets.UTF_8)), FINGERPRINT);
    }

    private byte[] check(byte[] payload) {
        if (key == null) {
            return Arrays.copyOf(sha256(payload), 8);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static void write(DataOutputStream out, Attribute attribute, @Nullable Object value) throws IOException {
        if (value == null) {
            out.writeByte(0);
            return;
        }
        out.writeByte(1);
        switch (attribute.kind()) {
            case STRING -> bytes(out, ((String) value).getBytes(StandardCharsets.UTF_8));
            case INTEGER -> out.writeInt((Integer) value);
            case LONG -> out.writeLong((Long) value);
            case SHORT -> out.writeShort((Short) value);
            case BOOLEAN -> out.writeBoolean((Boolean) value);
            case DECIMAL -> bytes(out, ((BigDecimal) value).toString().getBytes(StandardCharsets.US_ASCII));
            case DOUBLE -> out.writeLong(Double.doubleToLongBits((Double) value));
            case FLOAT -> out.writeInt(Float.floatToIntBits((Float) value));
            case DATE -> out.writeLong(((LocalDate) value).toEpochDay());
            case TIME -> out.writeLong(((LocalTime) value).toNanoOfDay());
            case DATETIME -> instant(out, ((LocalDateTime) value).toInstant(ZoneOffset.UTC));
            case OFFSET_DATETIME -> {
                OffsetDateTime t = (OffsetDateTime) value;
                instant(out, t.toInstant());
                out.writeInt(t.getOffset().getTotalSeconds());
            }
            case INSTANT -> instant(out, (Instant) value);
            case UUID -> {
                out.writeLong(((UUID) value).getMostSignificantBits());
                out.writeLong(((UUID) value).getLeastSignificantBits());
            }
            case BYTES -> bytes(out, (byte[]) value);
            case ENUM -> bytes(out, ((Enum<?>) value).name().getBytes(StandardCharsets.UTF_8));
            case JSON -> throw new IllegalStateException("JSON attributes are not sort keys");
        }
    }

    private static @Nullable Object read(DataInputStream in, SortKey key) throws IOException {
        int present = in.readUnsignedByte();
        if (present == 0) {
            if (!key.nullable()) {
                throw new IOException("NULL for a non-null key");
            }
            return null;
        }
        if (present != 1) {
            throw new IOException("bad presence byte");
        }
        Attribute attribute = key.attribute();
        return switch (attribute.kind()) {
            case STRING -> new String(bytes(in), StandardCharsets.UTF_8);
            case INTEGER -> in.readInt();
            case LONG -> in.readLong();
            case SHORT -> in.readShort();
            case BOOLEAN -> in.readBoolean();
            case DECIMAL -> new BigDecimal(new String(bytes(in), StandardCharsets.US_ASCII));
            case DOUBLE -> Double.longBitsToDouble(in.readLong());
            case FLOAT -> Float.intBitsToFloat(in.readInt());
            case DATE -> LocalDate.ofEpochDay(in.readLong());
            case TIME -> LocalTime.ofNanoOfDay(in.readLong());
            case DATETIME -> LocalDateTime.ofInstant(instant(in), ZoneOffset.UTC);
            case OFFSET_DATETIME -> {
                Instant instant = instant(in);
                yield instant.atOffset(ZoneOffset.ofTotalSeconds(in.readInt()));
            }
            case INSTANT -> instant(in);
            case UUID -> new UUID(in.readLong(), in.readLong());
            case BYTES -> bytes(in);
            case ENUM -> enumConstant(attribute.type(), new String(bytes(in), StandardCharsets.UTF_8));
            case JSON -> throw new IOException("JSON attributes are not sort keys");
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static void instant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static Instant instant(DataInputStream in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    private static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("bad length");
        }
        return in.readNBytes(length);
    }
}
