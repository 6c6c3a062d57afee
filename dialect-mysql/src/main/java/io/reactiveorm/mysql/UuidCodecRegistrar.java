package io.reactiveorm.mysql;

import io.asyncer.r2dbc.mysql.MySqlParameter;
import io.asyncer.r2dbc.mysql.api.MySqlReadableMetadata;
import io.asyncer.r2dbc.mysql.codec.Codec;
import io.asyncer.r2dbc.mysql.codec.CodecContext;
import io.asyncer.r2dbc.mysql.codec.CodecRegistry;
import io.asyncer.r2dbc.mysql.codec.Codecs;
import io.asyncer.r2dbc.mysql.constant.MySqlType;
import io.asyncer.r2dbc.mysql.extension.CodecRegistrar;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.UUID;

/**
 * Teaches r2dbc-mysql {@link UUID}, which it cannot bind on its own ("Cannot encode class java.util.UUID"): bound
 * as its canonical text (fits MariaDB's native UUID type and CHAR(36) columns alike) and read back from text. Found
 * by r2dbc-mysql through {@code META-INF/services/io.asyncer.r2dbc.mysql.extension.Extension} (its
 * {@code autodetectExtensions} option, on by default).
 *
 * @since 0.1
 */
public final class UuidCodecRegistrar implements CodecRegistrar {

    /** Creates the registrar (called by {@link java.util.ServiceLoader} inside r2dbc-mysql). */
    public UuidCodecRegistrar() {
    }

    @Override
    public void register(ByteBufAllocator allocator, CodecRegistry registry) {
        registry.addLast(new UuidCodec());
    }

    /** UUID as text, encoded through the driver's own string codec. */
    static final class UuidCodec implements Codec<UUID> {
        private static final Codecs STRINGS = Codecs.builder().build();

        @Override
        public UUID decode(ByteBuf value, MySqlReadableMetadata metadata, Class<?> target, boolean binary,
                           CodecContext context) {
            return UUID.fromString(value.toString(metadata.getCharCollation(context).getCharset()).strip());
        }

        @Override
        public boolean canDecode(MySqlReadableMetadata metadata, Class<?> target) {
            MySqlType type = metadata.getType();
            return target == UUID.class && (type == MySqlType.VARCHAR || type == MySqlType.TEXT
                    || type == MySqlType.TINYTEXT);
        }

        @Override
        public boolean canEncode(Object value) {
            return value instanceof UUID;
        }

        @Override
        public MySqlParameter encode(Object value, CodecContext context) {
            return STRINGS.encode(value.toString(), context);
        }

        @Override
        public Class<? extends UUID> getMainClass() {
            return UUID.class;
        }
    }
}
