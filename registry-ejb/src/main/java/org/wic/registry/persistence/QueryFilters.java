package org.wic.registry.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Optional filters of a JPQL query, each a condition with one named parameter, joined with AND. */
public final class QueryFilters {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition} (naming {@code :name}) when the value is present. */
    public QueryFilters add(String condition, String name, Optional<?> value) {
        value.ifPresent(present -> {
            conditions.add(condition);
            parameters.put(name, present);
        });
        return this;
    }

    /** Adds {@code condition} with several named parameters, when they are present. */
    public QueryFilters addAll(String condition, Optional<Map<String, ?>> values) {
        values.ifPresent(present -> {
            conditions.add(condition);
            parameters.putAll(present);
        });
        return this;
    }

    /** A case- and wildcard-safe "contains" for LIKE with {@code ESCAPE '\'}. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** {@code select} (up to the WHERE), the conditions, then {@code orderBy}, with the parameters bound. */
    public <T> TypedQuery<T> query(EntityManager entityManager, String select, String orderBy, Class<T> type) {
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<T> query = entityManager.createQuery(select + where + " " + orderBy, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
