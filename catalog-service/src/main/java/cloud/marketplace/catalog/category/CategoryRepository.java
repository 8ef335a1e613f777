package cloud.marketplace.catalog.category;

import cloud.marketplace.contracts.events.CategoryKind;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CategoryRepository {

    private static final String COLUMNS = "id, kind, parent_id, name, name_en, description, position, disabled";
    private static final RowMapper<Category> ROW = (rs, n) -> new Category(rs.getLong("id"),
            CategoryKind.valueOf(rs.getString("kind")), rs.getObject("parent_id", Long.class), rs.getString("name"),
            rs.getString("name_en"), rs.getString("description"), rs.getInt("position"), rs.getBoolean("disabled"));

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Category> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM category ORDER BY kind, parent_id IS NOT NULL, parent_id, position, id")
                .query(ROW).list();
    }

    Optional<Category> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM category WHERE id = :id").param("id", id).query(ROW).optional();
    }

    /** Locks the siblings (and so the order among them) for a reorder or an insert. */
    List<Category> lockSiblings(CategoryKind kind, Long parentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM category WHERE sibling_group = :group ORDER BY position, id FOR UPDATE")
                .param("group", Category.siblingGroup(kind, parentId)).query(ROW).list();
    }

    List<Category> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM category WHERE id IN (:ids)").param("ids", ids).query(ROW).list();
    }

    boolean nameTaken(String siblingGroup, String name, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM category WHERE sibling_group = :group AND name = :name AND id <> :id")
                .param("group", siblingGroup).param("name", name).param("id", exceptId)
                .query(Integer.class).single() > 0;
    }

    long insert(Category category) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO category (kind, parent_id, name, name_en, description, position, disabled, sibling_group)
                VALUES (:kind, :parentId, :name, :nameEn, :description, :position, :disabled, :group)""")
                .param("kind", category.kind().name()).param("parentId", category.parentId())
                .param("name", category.name()).param("nameEn", category.nameEn())
                .param("description", category.description()).param("position", category.position())
                .param("disabled", category.disabled()).param("group", category.siblingGroup())
                .update(keys);
        return keys.getKey().longValue();
    }

    void update(Category category) {
        jdbc.sql("""
                UPDATE category SET name = :name, name_en = :nameEn, description = :description,
                       position = :position, disabled = :disabled, version = version + 1
                WHERE id = :id""")
                .param("name", category.name()).param("nameEn", category.nameEn())
                .param("description", category.description()).param("position", category.position())
                .param("disabled", category.disabled()).param("id", category.id())
                .update();
    }

    long treeVersion() {
        return jdbc.sql("SELECT tree_version FROM catalog_state WHERE id = 1").query(Long.class).single();
    }

    /** Bumps the tree version inside the changing transaction; it names the tree in ETags and events. */
    long bumpTreeVersion() {
        jdbc.sql("UPDATE catalog_state SET tree_version = tree_version + 1 WHERE id = 1").update();
        return treeVersion();
    }
}
