package org.wic.registry.api.personaldata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonalDataApplicationContact")
public record HeldContactPerson(String name, String email, String phone) {
}
