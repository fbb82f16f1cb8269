/**
 * Keyset pagination: a page is "the next {@code limit} items after this sort key", never an offset,
 * so a page costs the same deep in a large collection and no item is skipped or repeated while
 * items are added between pages. Cursors are opaque to callers and bound to the collection and
 * sort order that issued them.
 */
package org.wic.registry.paging;
