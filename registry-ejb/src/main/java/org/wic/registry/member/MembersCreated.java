package org.wic.registry.member;

import java.util.List;

/**
 * Fired, synchronously and inside the writing transaction, when many members came into being at
 * once (an import): {@link DirectoryChanged}'s MEMBER_CREATED for each, for the change feed to
 * record in bulk.
 */
public record MembersCreated(List<Member> members) {
}
