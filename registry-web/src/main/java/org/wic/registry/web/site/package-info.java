/**
 * The public pages: what the registry is, applying and tracking an application, the directory and
 * the figures. No sign-in; the API's rate limits apply to what they write.
 */
package org.wic.registry.web.site;
