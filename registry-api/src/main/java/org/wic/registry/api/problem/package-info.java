/**
 * Every error the API gives is an RFC 9457 problem ({@code application/problem+json}): one
 * exception mapper per failure family, the error page for what fails outside JAX-RS, and never a
 * stack trace, class name or SQL in an answer.
 */
package org.wic.registry.api.problem;
