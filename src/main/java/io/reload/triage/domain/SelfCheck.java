package io.reload.triage.domain;

import io.reload.account.domain.Account;
import io.reload.shared.domain.BaseEntity;
import io.reload.shared.domain.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One run of the self-check: the answers ticked and the outcome the person was shown.
 * Anyone may run one without an account; the client it belongs to is set when they book with it.
 */
@Entity
@Table(name = "self_checks")
public class SelfCheck extends BaseEntity {

    private static final Pattern TOKEN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String SEPARATOR = ",";

    /** Travels in URLs instead of the id: a random UUID (122 random bits), so nobody can guess another's. */
    @Column(nullable = false, unique = true, length = 36, updatable = false)
    private String token;

    /** Symptom names in declaration order, comma-separated; empty when nothing was ticked. */
    @Column(nullable = false, length = 1000, updatable = false)
    private String answers;

    /** Stored as shown at the time, so a later change of the rules does not rewrite what the person was told. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20, updatable = false)
    private TriageClass outcome;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Account client;

    protected SelfCheck() {
        // for JPA
    }

    public SelfCheck(Set<Symptom> answers) {
        Set<Symptom> ticked = answers.isEmpty() ? EnumSet.noneOf(Symptom.class) : EnumSet.copyOf(answers);
        this.token = UUID.randomUUID().toString();
        this.answers = ticked.stream().map(Symptom::name).collect(Collectors.joining(SEPARATOR));
        this.outcome = Triage.classify(ticked).triageClass();
    }

    /** Whether a text could be a token at all; anything else need not be looked up. */
    public static boolean looksLikeToken(String text) {
        return text != null && TOKEN.matcher(text).matches();
    }

    /**
     * Records that this check belongs to a client. Running it again for the same client changes
     * nothing (a second booking with the same check); a check already used by another client is
     * refused, since its link may have been passed on.
     */
    public void attachTo(Account newClient) {
        if (client != null && !client.getId().equals(newClient.getId())) {
            throw new BusinessException("selfcheck.attach.taken");
        }
        client = newClient;
    }

    public String getToken() {
        return token;
    }

    public Set<Symptom> getAnswers() {
        if (answers.isEmpty()) {
            return Collections.unmodifiableSet(EnumSet.noneOf(Symptom.class));
        }
        return Collections.unmodifiableSet(Arrays.stream(answers.split(SEPARATOR))
                .map(Symptom::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Symptom.class))));
    }

    public TriageClass getOutcome() {
        return outcome;
    }

    /** The answers of the stored outcome's class: those that raised it. */
    public Set<Symptom> getRaisedBy() {
        return Collections.unmodifiableSet(getAnswers().stream()
                .filter(answer -> answer.triageClass() == outcome)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Symptom.class))));
    }

    /** The client who booked with this check, or null while nobody has. */
    public Account getClient() {
        return client;
    }
}
