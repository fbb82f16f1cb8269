/**
 * The change feed of the public directory: events numbered in the order they committed, written in
 * the changing transaction, read by partners with {@code after=<cursor>}.
 */
package org.wic.registry.feed;
