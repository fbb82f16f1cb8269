/**
 * Drives Payara Server for the run command ({@code ./mvnw -Prun}) and for the integration tests:
 * a fresh domain from a template on every start, the registry's JDBC resource pointing at H2 or
 * PostgreSQL, the EAR deployed, readiness awaited, a clean stop on Ctrl-C or SIGTERM. Development
 * tooling only; nothing here is part of the deployed registry.
 */
package org.wic.registry.server;
