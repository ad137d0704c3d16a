package io.reload.protocol.service;

import java.util.Locale;

/**
 * What a copy of a template is called, e.g. "Copy of Low-back pain after deadlifting", in the
 * language the copy is written in. The name is data from then on, but its words come from the
 * message bundle, which the web layer owns: it implements this, so this service formats no text.
 */
public interface CopyNames {

    String copyOf(String originalName, Locale language);
}
