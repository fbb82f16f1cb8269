package org.wic.registry.dues;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Invoice numbers, {@code YYYY-000001} upwards per year, without gaps or repeats: the year's counter
 * row is locked until the issuing transaction ends. Whoever issues invoices locks the counter before
 * any member row, so issuers never wait on each other in a circle.
 */
@Stateless
public class InvoiceNumbers {

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Resource
    private SessionContext context;

    /** The year's counter, locked until the caller's transaction ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public InvoiceCounter lock(int year) {
        InvoiceCounter counter = entityManager.find(InvoiceCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter != null) {
            return counter;
        }
        try {
            self().create(year);
        } catch (EJBException | PersistenceException createdByAnother) {
            // another transaction created it at the same moment: it exists now either way
        }
        return entityManager.find(InvoiceCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Creates the year's counter in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(int year) {
        entityManager.persist(new InvoiceCounter(year));
        entityManager.flush();
    }

    private InvoiceNumbers self() {
        return context.getBusinessObject(InvoiceNumbers.class);
    }
}
