package io.reload.account.web;

import io.reload.account.domain.Role;
import io.reload.account.service.NewAccount;
import io.reload.account.service.PersonSummary;
import io.reload.account.service.SecondFactorService;
import io.reload.account.service.TeamService;
import io.reload.shared.web.Changes;
import io.reload.shared.web.ViewPage;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Staff see the clinic's therapists and staff and add new ones. */
@ViewPage
public class TeamBacking implements Serializable {

    @Inject
    TeamService teamService;

    @Inject
    SecondFactorService secondFactors;

    private List<PersonSummary> team;

    @Valid
    private final NewAccount newMember = new NewAccount();

    private Role role = Role.THERAPIST;

    public void load() {
        team = teamService.team();
    }

    public void add() throws IOException {
        if (Changes.changed("addMember", () -> teamService.addTeamMember(newMember, role))) {
            Changes.done("team.added", "staff/team.xhtml", newMember.getFullName());
        }
    }

    /** A colleague lost their phone: they set up a second factor again at their next sign-in. */
    public void resetSecondFactor(PersonSummary member) throws IOException {
        if (Changes.changed("teamList", () -> secondFactors.resetFor(member.getId()))) {
            Changes.done("team.secondFactor.done", "staff/team.xhtml", member.getFullName());
        }
    }

    public List<PersonSummary> getTeam() {
        return team;
    }

    public NewAccount getNewMember() {
        return newMember;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public List<Role> getRoles() {
        return List.of(Role.THERAPIST, Role.STAFF);
    }
}
