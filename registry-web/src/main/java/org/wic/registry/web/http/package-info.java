/** Facts about an HTTP request that pages and the sign-in share; the bottom floor of the web module. */
package org.wic.registry.web.http;
