package org.wic.registry.api.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ContactList", description = "A member's contacts, oldest first")
public record ContactList(List<ContactResponse> items) {
}
