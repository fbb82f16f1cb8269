/**
 * Text as people type it: free text checked for length and for the characters it may hold
 * ({@link org.wic.registry.text.TextInput}), and folded for case- and accent-insensitive search
 * ({@link org.wic.registry.text.SearchText}). The bottom floor beside {@code error}: it knows no entity.
 */
package org.wic.registry.text;
