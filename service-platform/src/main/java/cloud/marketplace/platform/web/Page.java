package cloud.marketplace.platform.web;

import java.util.List;

/** One page of a list. Page numbers start at 0; the size is capped at {@link PageQuery#MAX_SIZE}. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }
}
