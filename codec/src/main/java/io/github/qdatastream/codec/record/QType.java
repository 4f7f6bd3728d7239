package io.github.qdatastream.codec.record;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Qt type of a record component, as a {@link io.github.qdatastream.codec.TypeExpression}:
 * {@code record Trip(QDate date, QTime departure, @QType("quint16") int minutes, @QType("quint8") int changes, String trainType)}.
 * Without it a component gets its Java type's default ({@code int} is {@code qint32}, {@code String}
 * {@code QString}, a record its derived codec); see {@link RecordCodec}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface QType {
    /** {@return the type expression, such as {@code "quint16"}, {@code "QList<Stop>"}, {@code "QMap<QString,qint32>"}} */
    String value();
}
