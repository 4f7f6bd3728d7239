package io.github.qdatastream.codec.record;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Qt types of all of a record's components, in declaration order, beside the class rather than
 * on each component: {@code @QTypes({"QDate", "QTime", "quint16", "quint8", "QString"}) record Trip(...)}.
 * A record has either this or {@link QType} on its components, not both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface QTypes {
    /** {@return one type expression per component, in declaration order} */
    String[] value();
}
