/**
 * Paginated collections over HTTP: {@code limit} and {@code cursor} query parameters in, and out
 * {@code "nextCursor"} in the body plus a {@code Link: <…>; rel="next"} header.
 */
package org.wic.registry.api.paging;
