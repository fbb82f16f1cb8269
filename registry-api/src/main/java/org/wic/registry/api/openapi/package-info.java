/** The OpenAPI document's corrections; the operations document themselves with annotations. */
package org.wic.registry.api.openapi;
