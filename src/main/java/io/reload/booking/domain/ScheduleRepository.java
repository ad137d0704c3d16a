package io.reload.booking.domain;

import io.reload.account.domain.Account;
import io.reload.account.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Therapists' hours, time off and screens. */
@ApplicationScoped
public class ScheduleRepository {

    @PersistenceContext
    EntityManager em;

    /**
     * Locks the person's row until the transaction ends. Every booking change locks the client
     * first and then the therapist, so two bookings of one therapist are decided one after the
     * other, and never in the opposite order (no deadlock).
     */
    public Account lockAccount(long accountId) {
        return em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Account> therapist(long id) {
        return Optional.ofNullable(em.find(Account.class, id)).filter(account -> account.getRole() == Role.THERAPIST);
    }

    /** Therapists who have any working hours and are not switched off: the ones a client can book. */
    public List<Account> bookableTherapists() {
        return em.createQuery("""
                select distinct h.therapist from WorkingHours h where h.therapist.active = true
                order by h.therapist.fullName, h.therapist.id""", Account.class).getResultList();
    }

    /** Every therapist, also one without hours (whose earlier screens still show on the schedule). */
    public List<Account> therapists() {
        return em.createQuery(
                        "select a from Account a where a.role = :therapist order by a.fullName, a.id", Account.class)
                .setParameter("therapist", Role.THERAPIST)
                .getResultList();
    }

    public List<WorkingHours> workingHoursOf(long therapistId) {
        return workingHoursOfEach(List.of(therapistId));
    }

    /** The working hours of every bookable therapist ({@link #bookableTherapists}), in one statement. */
    public List<WorkingHours> workingHoursOfBookable() {
        return em.createQuery(
                        "select h from WorkingHours h where h.therapist.active = true order by h.therapist.id, h.day",
                        WorkingHours.class)
                .getResultList();
    }

    /** The working hours of each of the therapists, in one statement for all. */
    public List<WorkingHours> workingHoursOfEach(Collection<Long> therapistIds) {
        return em.createQuery(
                        "select h from WorkingHours h where h.therapist.id in :therapists order by h.therapist.id, h.day",
                        WorkingHours.class)
                .setParameter("therapists", therapistIds)
                .getResultList();
    }

    public void replaceWorkingHours(Account therapist, List<DayHours> week) {
        em.createQuery("delete from WorkingHours h where h.therapist = :therapist")
                .setParameter("therapist", therapist)
                .executeUpdate();
        week.forEach(day -> em.persist(new WorkingHours(therapist, day)));
    }

    public List<TimeOff> timeOffOf(long therapistId, LocalDate fromDay) {
        return timeOffOfEach(List.of(therapistId), fromDay);
    }

    /** The time off of each of the therapists that has not ended before the day, in one statement for all. */
    public List<TimeOff> timeOffOfEach(Collection<Long> therapistIds, LocalDate fromDay) {
        return em.createQuery("""
                select t from TimeOff t where t.therapist.id in :therapists and t.lastDay >= :from
                order by t.firstDay""", TimeOff.class)
                .setParameter("therapists", therapistIds)
                .setParameter("from", fromDay)
                .getResultList();
    }

    /** Every therapist's time off that overlaps the days from first to last. */
    public List<TimeOff> timeOffBetween(LocalDate first, LocalDate last) {
        return em.createQuery("""
                select t from TimeOff t where t.firstDay <= :last and t.lastDay >= :first order by t.firstDay""", TimeOff.class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList();
    }

    public Optional<TimeOff> timeOff(long id) {
        return Optional.ofNullable(em.find(TimeOff.class, id));
    }

    public void add(TimeOff timeOff) {
        em.persist(timeOff);
    }

    public void remove(TimeOff timeOff) {
        em.remove(timeOff);
    }

    /** Screens holding a slot of the therapist that end after the given instant. */
    /** The screens of each of the therapists not cancelled and ending after the instant, in one statement for all. */
    public List<Screen> activeScreensOfEach(Collection<Long> therapistIds, Instant endingAfter) {
        return em.createQuery("""
                select s from Screen s where s.therapist.id in :therapists and s.status <> :cancelled and s.endAt > :after""", Screen.class)
                .setParameter("therapists", therapistIds)
                .setParameter("cancelled", ScreenStatus.CANCELLED)
                .setParameter("after", endingAfter)
                .getResultList();
    }

    public Optional<Screen> screen(long id) {
        return Optional.ofNullable(em.find(Screen.class, id));
    }

    public Optional<Screen> upcomingScreenOf(long clientId, Instant now) {
        return em.createQuery("""
                select s from Screen s where s.client.id = :client and s.status = :booked and s.endAt > :now order by s.startAt""", Screen.class)
                .setParameter("client", clientId)
                .setParameter("booked", ScreenStatus.BOOKED)
                .setParameter("now", now)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<Screen> screensOfClient(long clientId) {
        return em.createQuery("""
                select s from Screen s join fetch s.therapist where s.client.id = :client order by s.startAt desc""", Screen.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    public List<Screen> screensOfTherapist(long therapistId, Instant from, Instant until) {
        return screensOfEach(List.of(therapistId), from, until);
    }

    /** The screens (not cancelled) of each of the therapists starting in [from, until), with their clients, by start. */
    public List<Screen> screensOfEach(Collection<Long> therapistIds, Instant from, Instant until) {
        return em.createQuery("""
                select s from Screen s join fetch s.client
                where s.therapist.id in :therapists and s.startAt >= :from and s.startAt < :until and s.status <> :cancelled
                order by s.startAt""", Screen.class)
                .setParameter("therapists", therapistIds)
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("cancelled", ScreenStatus.CANCELLED)
                .getResultList();
    }

    /** Booked screens starting before the given instant whose reminder has not gone out. */
    public List<Long> screensDueForReminder(Instant now, Instant startingBefore) {
        return em.createQuery("""
                select s.id from Screen s where s.status = :booked and s.reminderSentAt is null
                and s.startAt > :now and s.startAt <= :before order by s.startAt""", Long.class)
                .setParameter("booked", ScreenStatus.BOOKED)
                .setParameter("now", now)
                .setParameter("before", startingBefore)
                .getResultList();
    }

    /**
     * Claims the reminder of one screen: only one caller (also on another node) gets true,
     * because the update only succeeds while no reminder is recorded.
     */
    public boolean claimReminder(long screenId, Instant now) {
        return em.createQuery(
                                "update Screen s set s.reminderSentAt = :now where s.id = :id and s.reminderSentAt is null")
                        .setParameter("now", now)
                        .setParameter("id", screenId)
                        .executeUpdate()
                == 1;
    }

    public Screen add(Screen screen) {
        em.persist(screen);
        em.flush();
        return screen;
    }

    public void refresh(Screen screen) {
        em.refresh(screen);
    }

    public void flush() {
        em.flush();
    }
}
