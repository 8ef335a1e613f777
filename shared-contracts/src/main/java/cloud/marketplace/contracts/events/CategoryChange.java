package cloud.marketplace.contracts.events;

/** What happened to a category in a {@link CategoryChanged} event. */
public enum CategoryChange {
    CREATED,
    RENAMED,
    /** Its position among its siblings, or its parent, changed. */
    MOVED,
    DISABLED,
    ENABLED,
    /** Any other edit (description, English name), or several at once. */
    UPDATED
}
