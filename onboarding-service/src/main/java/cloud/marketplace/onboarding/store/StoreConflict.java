package cloud.marketplace.onboarding.store;

import cloud.marketplace.platform.web.ProblemException;

/** A verb the store's current revision does not allow (409). */
class StoreConflict extends ProblemException {

    StoreConflict(String slug, String detail) {
        super(409, slug, "Conflict", detail);
    }
}
