package io.reload.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.exceptionhandler.ViewExpiredExceptionHandler;

/** Notices the layout shows above any page. */
@Named
@RequestScoped
public class PageNotices {

    /** True when the person's form had expired and OmniFaces sent them back to the page. */
    public boolean isViewExpired() {
        return ViewExpiredExceptionHandler.wasViewExpired();
    }
}
