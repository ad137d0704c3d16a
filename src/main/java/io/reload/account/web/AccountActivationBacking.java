package io.reload.account.web;

import io.reload.account.service.AccountActivationService;
import io.reload.account.service.PersonSummary;
import io.reload.shared.web.Changes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.function.LongFunction;
import org.omnifaces.util.Messages;

/**
 * The Deactivate and Reactivate buttons in the rows of the Team and Clients pages. After either,
 * the same page again (with its view parameters, e.g. the Clients page's search).
 */
@Named
@RequestScoped
public class AccountActivationBacking {

    @Inject
    AccountActivationService activation;

    public String deactivate(long accountId) {
        return act(activation::deactivate, accountId, "account.deactivated");
    }

    public String reactivate(long accountId) {
        return act(activation::reactivate, accountId, "account.reactivated");
    }

    private String act(LongFunction<PersonSummary> action, long accountId, String doneKey) {
        Optional<PersonSummary> person = Changes.madeAt(null, () -> action.apply(accountId));
        if (person.isEmpty()) {
            return null;
        }
        Messages.addFlashGlobalInfo(doneKey, person.get().getFullName());
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }
}
