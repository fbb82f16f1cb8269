/**
 * The registry's one database: its JNDI name, the Liquibase migration that runs before anything
 * is served, and the readiness check that reports whether the database answers.
 */
package org.wic.registry.persistence;
