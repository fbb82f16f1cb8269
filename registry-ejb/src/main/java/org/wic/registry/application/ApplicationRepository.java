package org.wic.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.persistence.QueryFilters;
import org.wic.registry.text.SearchText;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Applications for membership: found, locked, searched, and written. */
@ApplicationScoped
public class ApplicationRepository {

    static final String CURSOR_SCOPE = "applications";

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    public void add(Application application) {
        entityManager.persist(application);
    }

    public Optional<Application> find(long id) {
        return Optional.ofNullable(entityManager.find(Application.class, id));
    }

    /**
     * The application, locked until this transaction ends: concurrent steps on it queue, then see its
     * new state. One added in this transaction is written first, so that there is a row to lock.
     */
    public Optional<Application> lock(long id) {
        entityManager.flush();
        return Optional.ofNullable(entityManager.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Oldest first (the review queue), keyset-paginated on the id. */
    public Page<Application> search(ApplicationQuery query, PageRequest page) {
        List<Application> applications = new QueryFilters()
                .add("a.status = :status", "status", query.status())
                .add("a.category = :category", "category", query.category())
                .add("a.countryCode = :country", "country", query.countryCode())
                .add("a.searchName LIKE :name ESCAPE '\\'", "name",
                        query.nameContains().map(SearchText::fold).filter(text -> !text.isEmpty()).map(QueryFilters::containing))
                .add("a.submittedAt >= :from", "from", query.submittedFrom())
                .add("a.submittedAt < :before", "before", query.submittedBefore())
                .add("a.id > :after", "after", page.after().map(cursor -> cursor.longPart(0)))
                .query(entityManager, "SELECT a FROM Application a", "ORDER BY a.id", Application.class)
                .setMaxResults(page.fetchSize())
                .getResultList();
        return Page.of(applications, page, application -> Cursor.of(CURSOR_SCOPE, application.id()));
    }

    /** Every application whose contact has this email, any case. */
    public List<Application> withContactEmail(String email) {
        return entityManager.createQuery("SELECT a FROM Application a WHERE LOWER(a.contactEmail) = :email ORDER BY a.id", Application.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT)).getResultList();
    }

    /** At most {@code limit} open applications with this normalized legal name in this country, for duplicate checks. */
    public List<Application> openWithNormalizedName(String normalizedName, String countryCode, int limit) {
        return entityManager.createNamedQuery(Application.OPEN_WITH_NORMALIZED_NAME, Application.class)
                .setParameter("name", normalizedName).setParameter("country", countryCode)
                .setParameter("open", ApplicationStatus.open())
                .setMaxResults(limit)
                .getResultList();
    }
}
