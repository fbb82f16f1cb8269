/** Members over HTTP: the public record of a member, by its number. */
package org.wic.registry.api.member;
