package cloud.marketplace.catalog.category;

import java.util.List;

/** The answer to "may a provider choose these categories?": every id with what is wrong with it. */
public record CategoryValidation(boolean valid, List<InvalidCategory> invalid) {

    public enum Reason { NOT_FOUND, NOT_LEVEL_1, DISABLED }

    public record InvalidCategory(long id, Reason reason) {
    }
}
