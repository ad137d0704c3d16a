package io.reload.shared.text;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * The language of the person the current request is for. On a page it is the page's locale
 * (the account's choice, else the browser's); outside Faces (a timer, a mail) whoever works
 * for someone says whose language it is with {@link #use(Locale)}. Services read it to choose
 * the translation of data that has one (a protocol's content), never to format text.
 */
@RequestScoped
public class ReaderLocale {

    private Locale chosen;

    public Locale get() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Languages.DEFAULT
                : Languages.closestTo(faces.getViewRoot().getLocale());
    }

    public void use(Locale locale) {
        this.chosen = Languages.closestTo(locale);
    }
}
