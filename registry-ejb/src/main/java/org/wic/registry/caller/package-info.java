/**
 * Who is asking: the {@link org.wic.registry.caller.Caller} every use case is told about (an
 * account, a partner key, an applicant with its token, the registry itself) and the
 * {@link org.wic.registry.caller.Role}s. The bottom floor: it imports no other package of the
 * registry, so that {@code audit} and every domain package may use it.
 */
package org.wic.registry.caller;
