/**
 * Every error the API gives is an RFC 9457 problem ({@code application/problem+json}): one
 * mapper for the registry's own refusals (the {@code RegistryException} family), one for each kind
 * the container raises (JSON parsing, Bean Validation, HTTP statuses) and a catch-all, the error page for what fails outside JAX-RS, and never a
 * stack trace, class name or SQL in an answer.
 */
package org.wic.registry.api.problem;
