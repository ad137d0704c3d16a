package io.reload.protocol.service;

/**
 * What a copy of a template is called, e.g. "Copy of Low-back pain after deadlifting". The name
 * is data from then on, but its words are the copier's: the web layer says them (in the
 * reader's language), so this service formats no text.
 */
public interface CopyNames {

    String copyOf(String originalName);
}
