/**
 * Authentication and authorization over HTTP with Jakarta Security: one
 * {@link org.wic.registry.api.security.RegistryAuthenticationMechanism} (HTTP Basic for accounts,
 * X-API-Key for partners; passwords checked and throttled by registry-ejb's PasswordSignIn, keys by an
 * identity store), role checks
 * from the standard annotations, and the security headers every answer carries.
 */
package org.wic.registry.api.security;
