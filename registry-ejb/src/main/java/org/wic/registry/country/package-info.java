/**
 * Reference data: the seven continents and every current ISO 3166-1 country. Liquibase ships
 * them and only new changesets change them, so a server reads them once and answers from memory.
 */
package org.wic.registry.country;
