package io.reload.account.service;

import io.reload.account.domain.Account;
import io.reload.account.domain.AccountRepository;
import io.reload.account.domain.OneTimeCodes;
import io.reload.account.domain.RecoveryCodes;
import io.reload.account.domain.Role;
import io.reload.account.domain.SecondFactor;
import io.reload.account.domain.SecondFactorRepository;
import io.reload.shared.audit.SecurityEventKind;
import io.reload.shared.audit.SecurityLog;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.domain.InvalidInputException;
import io.reload.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * The second factor at sign-in (time-based one-time codes and recovery codes): staff and
 * therapists must have one, clients may turn one on.
 *
 * <p>The sign-in methods take the email of the person whose password was right a moment ago:
 * they run before that person is signed in (there is no caller yet), so the sign-in pages
 * keep that email in the server-side session and pass nothing else. A client's own methods
 * act on the signed-in caller. Enrolment stores nothing until the person confirms the secret
 * with a code from their app (a page showing the secret writes nothing).
 */
@Stateless
public class SecondFactorService {

    private static final Logger LOG = Logger.getLogger(SecondFactorService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<Role> MUST_HAVE_ONE = List.of(Role.STAFF, Role.THERAPIST);

    @Inject
    AccountRepository accounts;

    @Inject
    SecondFactorRepository secondFactors;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Clock clock;

    @Inject
    SecurityLog securityLog;

    /** A new secret for an authenticator app, to show on the enrolment page; stored only once confirmed. */
    @PermitAll
    public String newSecret() {
        return OneTimeCodes.newSecret(RANDOM);
    }

    // ----- at sign-in, after the password -----

    @PermitAll
    public SecondFactorStep stepAfterPassword(String email) {
        Account account = byEmail(email);
        if (secondFactors.find(account).isPresent()) {
            return SecondFactorStep.CODE;
        }
        return MUST_HAVE_ONE.contains(account.getRole()) ? SecondFactorStep.ENROL : SecondFactorStep.NONE;
    }

    /** Sets up the second factor with a code from the app; returns the ten recovery codes, the only time they exist in clear. */
    @PermitAll
    public List<String> enrol(String email, String secret, String code) {
        return enrol(byEmail(email), secret, code);
    }

    /** Accepts a code from the app or an unused recovery code, each once; refuses anything else. */
    @PermitAll
    public void checkCode(String email, String code) {
        checked(byEmail(email), code);
    }

    // ----- a client's own, optional second factor -----

    @RolesAllowed(Roles.CLIENT)
    public boolean isOwnOn() {
        return secondFactors.find(currentAccount.get()).isPresent();
    }

    @RolesAllowed(Roles.CLIENT)
    public List<String> enrolOwn(String secret, String code) {
        return enrol(currentAccount.get(), secret, code);
    }

    /** Turns the client's second factor off; needs a current code from the app (or a recovery code). */
    @RolesAllowed(Roles.CLIENT)
    public void turnOwnOff(String code) {
        Account me = currentAccount.get();
        secondFactors.remove(checked(me, code));
        securityLog.recordChange(SecurityEventKind.SECOND_FACTOR_RESET, me.getEmail(), "turned off by the account");
    }

    // ----- staff, for a colleague who lost their phone -----

    /**
     * Removes a colleague's second factor and ends their open sessions; they set one up again at
     * their next sign-in. Staff only, never their own.
     */
    @RolesAllowed({Roles.CLIENT, Roles.THERAPIST, Roles.STAFF})
    public void resetFor(long accountId) {
        Account staff = currentAccount.get();
        if (staff.getRole() != Role.STAFF) {
            throw new BusinessException("team.secondFactor.staffOnly");
        }
        Account colleague = accounts.find(accountId)
                .filter(account -> MUST_HAVE_ONE.contains(account.getRole()))
                .orElseThrow(() -> new BusinessException("team.secondFactor.notTeam"));
        if (colleague.getId().equals(staff.getId())) {
            throw new BusinessException("team.secondFactor.notYourself");
        }
        secondFactors.findLocked(colleague).ifPresent(secondFactors::remove);
        colleague.endSessions(); // whoever holds the lost phone may be signed in as them
        securityLog.recordChange(SecurityEventKind.SECOND_FACTOR_RESET, colleague.getEmail(), null);
        LOG.info(() -> "Second factor of account " + colleague.getId() + " reset by account " + staff.getId());
    }

    // ----- the same steps, whoever asks -----

    private List<String> enrol(Account account, String secret, String code) {
        if (secondFactors.findLocked(account).isPresent()) {
            throw new BusinessException("secondFactor.alreadyOn");
        }
        if (!OneTimeCodes.isWellFormedSecret(secret)) {
            throw new BusinessException("secondFactor.secretUnreadable");
        }
        List<String> recoveryCodes = RecoveryCodes.generate(RANDOM);
        SecondFactor secondFactor = SecondFactor.enrol(
                        account,
                        secret,
                        code,
                        clock.instant(),
                        recoveryCodes.stream().map(RecoveryCodes::hash).toList())
                .orElseThrow(SecondFactorService::wrongCode);
        secondFactors.add(secondFactor);
        securityLog.recordChange(SecurityEventKind.SECOND_FACTOR_ENROLLED, account.getEmail(), null);
        return recoveryCodes;
    }

    private SecondFactor checked(Account account, String code) {
        SecondFactor secondFactor =
                secondFactors.findLocked(account).orElseThrow(() -> new BusinessException("secondFactor.notOn"));
        if (!secondFactor.accept(code, clock.instant())) {
            throw wrongCode();
        }
        return secondFactor;
    }

    private Account byEmail(String email) {
        return accounts.findByEmail(email).orElseThrow(() -> new BusinessException("account.unknown"));
    }

    private static InvalidInputException wrongCode() {
        return new InvalidInputException("code", "secondFactor.code.wrong");
    }
}
