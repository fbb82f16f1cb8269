package org.wic.registry.apikey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Partner API keys: found by id or by the prefix a presented key starts with, listed, and written. */
@ApplicationScoped
public class ApiKeyRepository {

    static final String CURSOR_SCOPE = "api-keys";

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    public void add(ApiKey apiKey) {
        entityManager.persist(apiKey);
    }

    public Optional<ApiKey> find(long id) {
        return Optional.ofNullable(entityManager.find(ApiKey.class, id));
    }

    public Optional<ApiKey> withPrefix(String prefix) {
        return entityManager.createNamedQuery(ApiKey.BY_PREFIX, ApiKey.class).setParameter("prefix", prefix).getResultStream().findFirst();
    }

    /** Records the key's use at {@code now}, unless it was recorded less than {@code resolution} ago (one write a minute, not one per request). */
    public void touch(ApiKey apiKey, Instant now, Duration resolution) {
        entityManager.createNamedQuery(ApiKey.TOUCH)
                .setParameter("id", apiKey.id())
                .setParameter("now", now)
                .setParameter("staleBefore", now.minus(resolution))
                .executeUpdate();
    }

    /** In id order. */
    public Page<ApiKey> page(PageRequest page) {
        List<ApiKey> keys = page.after()
                .map(cursor -> entityManager.createNamedQuery(ApiKey.PAGE_AFTER, ApiKey.class).setParameter("after", cursor.longPart(0)))
                .orElseGet(() -> entityManager.createNamedQuery(ApiKey.FIRST_PAGE, ApiKey.class))
                .setMaxResults(page.fetchSize())
                .getResultList();
        return Page.of(keys, page, key -> Cursor.of(CURSOR_SCOPE, key.id()));
    }
}
