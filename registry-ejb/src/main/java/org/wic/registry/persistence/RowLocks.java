package org.wic.registry.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Locking a row that a transaction may already have changed: what the transaction changed is
 * written first, because a refresh would otherwise discard it, then the row is read afresh under
 * the lock, so concurrent writers queue and the later one sees the earlier one's version.
 */
public final class RowLocks {

    private RowLocks() {
    }

    public static <T> T lockFresh(EntityManager entityManager, T entity, LockModeType mode) {
        entityManager.flush();
        entityManager.refresh(entity, mode);
        return entity;
    }
}
