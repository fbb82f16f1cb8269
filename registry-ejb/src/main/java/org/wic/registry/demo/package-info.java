/**
 * Fictitious demo data for trying the registry: invented members, applications and representative
 * accounts, loaded into an empty embedded database at start (REGISTRY_DEMO_DATA).
 */
package org.wic.registry.demo;
