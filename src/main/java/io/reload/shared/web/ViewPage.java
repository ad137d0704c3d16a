package io.reload.shared.web;

import jakarta.enterprise.inject.Stereotype;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The backing bean of a page that loads its data in {@code f:viewAction}: every such page,
 * because every page has at least one button (Sign out, in the layout).
 *
 * <p>Why one pattern for all of them. Faces runs a view action on the first GET only. When a
 * button of the page is pressed, the POST first rebuilds and decodes the page: it evaluates
 * the {@code rendered} conditions and binds the inputs before any action could load the data
 * again. A request-scoped bean is new and empty by then, so the page either drops the button
 * unseen (its form was "not rendered") or renders nulls (HTTP 500). In view scope, what the
 * view action read is still there on every postback of the same page, and the view
 * parameters too. A successful action redirects (POST, redirect, GET), which loads afresh; a
 * refused one stays on the page with the data it showed and the message next to the field.
 *
 * <p>Beans are {@code Serializable} (the scope is passivating), and so is what they hold.
 * {@code PageBeansTest} checks that every page with a view action uses a bean of this kind.
 */
@Stereotype
@Named
@ViewScoped
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ViewPage {}
