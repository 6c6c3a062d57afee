package io.reactiveorm.examples.web;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Caps the body of an import ({@code POST /import/...}) at {@code example.import.max-body-size} and each of its
 * lines at {@code example.import.max-line-size}: a declared {@code Content-Length} over the body limit answers 413
 * before a byte is read; a body or a line that grows past its limit while streaming fails the import (which then
 * writes nothing) with 413. The body is never held in memory: it streams through the NDJSON decoder into the bulk
 * loader, a line at a time.
 */
@Component
class ImportBodyLimit implements WebFilter {
    private final long maxBytes;
    private final long maxLineBytes;

    ImportBodyLimit(@Value("${example.import.max-body-size:64MB}") DataSize maxBodySize,
                    @Value("${example.import.max-line-size:256KB}") DataSize maxLineSize) {
        this.maxBytes = maxBodySize.toBytes();
        this.maxLineBytes = maxLineSize.toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/import/")) {
            return chain.filter(exchange);
        }
        if (exchange.getRequest().getHeaders().getContentLength() > maxBytes) {
            return tooLarge(exchange);
        }
        ServerHttpRequestDecorator counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong read = new AtomicLong();
                AtomicLong line = new AtomicLong();
                return super.getBody().map(buffer -> {
                    String tooLarge = read.addAndGet(buffer.readableByteCount()) > maxBytes ? BodyTooLargeException.message(maxBytes)
                            : lineEnds(buffer, line) ? null : "a line of the body is longer than " + maxLineBytes
                                    + " bytes (example.import.max-line-size); nothing was written";
                    if (tooLarge != null) {
                        DataBufferUtils.release(buffer);
                        throw new BodyTooLargeException(tooLarge);
                    }
                    return buffer;
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    /** Counts the bytes of the current line; false once it is longer than the limit. */
    private boolean lineEnds(DataBuffer buffer, AtomicLong line) {
        long length = line.get();
        for (int i = buffer.readPosition(); i < buffer.writePosition(); i++) {
            length = buffer.getByte(i) == '\n' ? 0 : length + 1;
            if (length > maxLineBytes) {
                return false;
            }
        }
        line.set(length);
        return true;
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.PAYLOAD_TOO_LARGE);
        exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_JSON);
        byte[] body = ("{\"error\":\"payload_too_large\",\"parameter\":\"body\",\"message\":\""
                + BodyTooLargeException.message(maxBytes) + "\"}").getBytes(StandardCharsets.UTF_8);
        return exchange.getResponse().writeWith(Mono.fromSupplier(() -> exchange.getResponse().bufferFactory().wrap(body)));
    }

    /** An import body, or one of its lines, past its configured size. */
    static final class BodyTooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException(String message) {
            super(message, null, false, false);
        }

        static String message(long maxBytes) {
            return "the body is larger than " + maxBytes + " bytes (example.import.max-body-size); nothing was written";
        }
    }
}
