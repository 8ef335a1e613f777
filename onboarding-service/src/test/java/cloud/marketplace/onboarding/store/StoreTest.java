package cloud.marketplace.onboarding.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.marketplace.onboarding.application.RejectionReason;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreTest {

    private static final Instant NOW = Instant.parse("2024-06-01T02:00:00Z");
    private static final StoreProfile FIRST = profile("云上小店");
    private static final StoreProfile SECOND = profile("云上小店·旗舰");

    private static StoreProfile profile(String name) {
        return new StoreProfile(name, "专业的云服务。", new StoreProfile.CustomerService("0755-86013388", "kf@example.cn",
                "周一至周五 9:00-18:00"), List.of("云数据库备份"));
    }

    private static Store published() {
        Store store = Store.open("p-1", FIRST, NOW);
        store.submit(NOW);
        store.approve("operator-1", NOW);
        return store;
    }

    @Test
    void approvingTheSubmittedRevisionPublishesIt() {
        Store store = Store.open("p-1", FIRST, NOW);
        store.submit(NOW);

        var event = store.approve("operator-1", NOW);

        assertThat(store.published()).isNotNull();
        assertThat(store.published().profile()).isEqualTo(FIRST);
        assertThat(store.published().status()).isEqualTo(StoreRevisionStatus.PUBLISHED);
        assertThat(event.storeName()).isEqualTo("云上小店");
        assertThat(event.revision()).isEqualTo(1);
    }

    @Test
    void editingThePublishedStoreStartsANewRevisionAndThePublishedOneStaysShown() {
        Store store = published();

        store.edit(SECOND, NOW);
        store.submit(NOW);

        assertThat(store.current().revision()).isEqualTo(2);
        assertThat(store.current().status()).isEqualTo(StoreRevisionStatus.SUBMITTED);
        assertThat(store.published().revision()).isEqualTo(1);
        assertThat(store.published().profile()).isEqualTo(FIRST);

        var event = store.approve("operator-2", NOW);

        assertThat(event.revision()).isEqualTo(2);
        assertThat(store.published().profile()).isEqualTo(SECOND);
        assertThat(store.superseded().revision()).isEqualTo(1);
        assertThat(store.superseded().status()).isEqualTo(StoreRevisionStatus.SUPERSEDED);
    }

    @Test
    void aRejectedRevisionLeavesThePublishedOneAndCanBeEditedAndResubmitted() {
        Store store = published();
        store.edit(SECOND, NOW);
        store.submit(NOW);

        store.reject("operator-2", List.of(new RejectionReason("name", "名称不符合规范")), NOW);

        assertThat(store.current().status()).isEqualTo(StoreRevisionStatus.REJECTED);
        assertThat(store.current().reasons()).extracting(RejectionReason::field).containsExactly("name");
        assertThat(store.published().profile()).isEqualTo(FIRST);
        store.edit(profile("云上小店二号"), NOW);
        assertThat(store.current().revision()).isEqualTo(2);
        assertThat(store.current().status()).isEqualTo(StoreRevisionStatus.DRAFT);
    }

    @Test
    void aRevisionUnderReviewCannotBeEditedOrSubmittedAgain() {
        Store store = Store.open("p-1", FIRST, NOW);
        store.submit(NOW);

        assertThatThrownBy(() -> store.edit(SECOND, NOW)).isInstanceOfSatisfying(StoreConflict.class,
                e -> assertThat(e.typeSlug()).isEqualTo("store-under-review"));
        assertThatThrownBy(() -> store.submit(NOW)).isInstanceOf(StoreConflict.class);
    }

    @Test
    void onlyASubmittedRevisionCanBeDecided() {
        Store draft = Store.open("p-1", FIRST, NOW);
        Store done = published();

        assertThatThrownBy(() -> draft.approve("operator-1", NOW)).isInstanceOfSatisfying(StoreConflict.class,
                e -> assertThat(e.typeSlug()).isEqualTo("store-not-submitted"));
        assertThatThrownBy(() -> done.reject("operator-1", List.of(new RejectionReason("a", "b")), NOW))
                .isInstanceOfSatisfying(StoreConflict.class, e -> assertThat(e.typeSlug()).isEqualTo("store-already-decided"));
    }
}
