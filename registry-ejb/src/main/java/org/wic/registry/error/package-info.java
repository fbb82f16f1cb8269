/**
 * The failures a use case can end in, one class per family of the sealed
 * {@link org.wic.registry.error.RegistryException}, each with its HTTP status and problem type. They are EJB application exceptions,
 * so they reach the caller unwrapped and roll the transaction back; registry-api answers each
 * family with its own RFC 9457 problem.
 */
package org.wic.registry.error;
