package nexus.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nexus.platform.paging.PageQuery;

/**
 * How a list endpoint pages and sorts: which sort fields it accepts and its default
 * order. Put it on the {@link PageQuery} parameter.
 * <p>
 * A sort field is the name clients use, optionally mapped to an entity property with
 * {@code =}: {@code "rating=ratingAverage"}.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Paging {

	/**
	 * Sort fields clients may use.
	 * @return field names, each optionally {@code field=property}
	 */
	String[] sort() default {};

	/**
	 * Order when the client asks for none, as {@code field,direction}.
	 * @return the default order, or empty for none
	 */
	String defaultSort() default "";

}
