package io.reload.testsupport;

import io.reload.account.domain.Account;
import io.reload.account.domain.AccountRepository;
import io.reload.account.domain.Role;
import io.reload.booking.domain.DateRange;
import io.reload.booking.domain.DayHours;
import io.reload.booking.domain.ScheduleRepository;
import io.reload.booking.domain.Screen;
import io.reload.booking.domain.Slot;
import io.reload.booking.domain.TimeOff;
import io.reload.booking.domain.Urgency;
import io.reload.shared.security.PasswordHashing;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the data a test needs, straight through the repositories (no password hashing:
 * these accounts never sign in, and hashing 64 of them would cost a quarter of a minute).
 */
@Stateless
@PermitAll
public class TestData {

    /** Not a PBKDF2 hash: nobody can sign in with an account that has it. */
    private static final String NO_SIGN_IN = "not-a-password-hash";

    @Inject
    AccountRepository accounts;

    @Inject
    ScheduleRepository schedule;

    @Inject
    PasswordHashing passwordHashing;

    @PersistenceContext
    EntityManager em;

    public long newAccount(String who, Role role) {
        return accounts.add(new Account(
                        who, TestEmails.unique(who.toLowerCase().replace(' ', '-')), null, role, NO_SIGN_IN))
                .getId();
    }

    /** The account the As<Role> helpers run as (see payara-web-run-as.xml), created once. */
    public long runAsAccount(String email, Role role) {
        return accounts.findByEmail(email)
                .orElseGet(() -> accounts.add(new Account("Run-as " + role, email, null, role, NO_SIGN_IN)))
                .getId();
    }

    /** An account that can sign in with that password (a real PBKDF2 hash, ~0.2 s). */
    public long accountWithPassword(String email, Role role, String password) {
        long id = runAsAccount(email, role);
        em.find(Account.class, id).changePassword(passwordHashing.hash(password));
        return id;
    }

    /** Runs a statement of SQL as it stands, e.g. one the database should refuse; returns the rows changed. */
    public int execute(String sql) {
        return em.createNativeQuery(sql).executeUpdate();
    }

    /** As if the account had been made from FIRST_STAFF_PASSWORD: its owner must choose their own. */
    public void requirePasswordChange(String email) {
        accounts.findByEmail(email).orElseThrow().requirePasswordChange();
    }

    /** Moves the expiry of the account's password reset links into the past, as if 30 minutes had gone by. */
    public int expireResetLinksOf(String email) {
        return em.createQuery(
                        "update PasswordReset r set r.expiresAt = :past where r.account = (select a from Account a where a.email = :email)")
                .setParameter("past", Instant.now().minusSeconds(1))
                .setParameter("email", email)
                .executeUpdate();
    }

    public long countResetLinksOf(String email) {
        return em.createQuery("select count(r) from PasswordReset r where r.account.email = :email", Long.class)
                .setParameter("email", email)
                .getSingleResult();
    }

    /** A therapist working every day of the week during the given hours. */
    public long newTherapistWorkingDaily(LocalTime from, LocalTime until) {
        long id = newAccount("Therapist", Role.THERAPIST);
        List<DayHours> week = Arrays.stream(DayOfWeek.values())
                .map(day -> new DayHours(day, from, until))
                .toList();
        schedule.replaceWorkingHours(em.find(Account.class, id), week);
        return id;
    }

    /** The therapist takes the days from first to last off. */
    public void timeOff(long therapistId, LocalDate first, LocalDate last, String note) {
        schedule.add(new TimeOff(em.find(Account.class, therapistId), new DateRange(first, last), note));
    }

    /** A screen written directly, e.g. one that started in the past. */
    public long screen(long clientId, long therapistId, Instant start, Instant end) {
        Account client = em.find(Account.class, clientId);
        Account therapist = em.find(Account.class, therapistId);
        return schedule.add(new Screen(
                        client, therapist, therapist, new Slot(therapistId, start, end), Urgency.ROUTINE, null))
                .getId();
    }

    /** Cancels a screen directly, whatever the cutoff says. */
    public void cancelScreen(long screenId) {
        em.find(Screen.class, screenId).cancel();
    }

    /** Records a screen as missed directly, whatever day it is. */
    public void markNoShow(long screenId) {
        em.find(Screen.class, screenId).recordAttendance(false);
    }

    public long countScreensHolding(long therapistId, Instant start) {
        return em.createQuery(
                        "select count(s) from Screen s where s.therapist.id = :t and s.startAt = :start and s.status <> io.reload.booking.domain.ScreenStatus.CANCELLED",
                        Long.class)
                .setParameter("t", therapistId)
                .setParameter("start", start)
                .getSingleResult();
    }
}
