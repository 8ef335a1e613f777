package cloud.marketplace.contracts.events;

import java.time.Instant;

/**
 * A category was created or edited; the event carries the category's whole state after the
 * change, so a consumer can keep a copy of the tree from these events alone.
 * Ids are the decimal text of the numeric category ids; {@code parentId} is absent for a major
 * category. {@code treeVersion} grows with every change of the tree (it is the tree's ETag source).
 */
public record CategoryChanged(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String categoryId,
        CategoryKind kind,
        String parentId,
        String name,
        String nameEn,
        String description,
        int position,
        boolean disabled,
        CategoryChange change,
        long treeVersion) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public CategoryChanged {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.numericId(categoryId, "categoryId");
        Require.present(kind, "kind");
        if (parentId != null) {
            Require.numericId(parentId, "parentId");
            if (parentId.equals(categoryId)) {
                throw new IllegalArgumentException("parentId must not be the category itself: " + parentId);
            }
        }
        Require.text(name, "name");
        Require.optionalText(nameEn, "nameEn");
        Require.optionalText(description, "description");
        Require.atLeast(position, 1, "position");
        Require.present(change, "change");
        Require.atLeast(treeVersion, 0, "treeVersion");
    }

    public static CategoryChanged of(Instant occurredAt, String categoryId, CategoryKind kind, String parentId, String name,
            String nameEn, String description, int position, boolean disabled, CategoryChange change, long treeVersion) {
        return new CategoryChanged(Require.newEventId(), occurredAt, SCHEMA_VERSION, categoryId, kind, parentId, name, nameEn,
                description, position, disabled, change, treeVersion);
    }

    @Override
    public String partitionKey() {
        return categoryId;
    }
}
