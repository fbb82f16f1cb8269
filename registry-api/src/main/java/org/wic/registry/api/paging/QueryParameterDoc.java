package org.wic.registry.api.paging;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a query parameter of a {@code @BeanParam} filter class means, for the OpenAPI document:
 * written beside the field that reads it, once for every operation that takes the class. (Payara's
 * OpenAPI scanner fails on MicroProfile's own {@code @Parameter} there.)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface QueryParameterDoc {

    String description();

    /** Empty: no example. */
    String example() default "";
}
