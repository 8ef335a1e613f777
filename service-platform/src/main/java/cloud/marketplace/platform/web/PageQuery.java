package cloud.marketplace.platform.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The {@code page} and {@code size} query parameters of every list endpoint. */
public record PageQuery(@Min(0) Integer page, @Min(1) @Max(MAX_SIZE) Integer size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public int pageOrFirst() {
        return page == null ? 0 : page;
    }

    public int sizeOrDefault() {
        return size == null ? DEFAULT_SIZE : size;
    }

    public long offset() {
        return (long) pageOrFirst() * sizeOrDefault();
    }

    public <T> Page<T> page(java.util.List<T> items, long totalItems) {
        return new Page<>(items, pageOrFirst(), sizeOrDefault(), totalItems);
    }
}
