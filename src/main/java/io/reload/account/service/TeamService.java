package io.reload.account.service;

import io.reload.account.domain.AccountRepository;
import io.reload.account.domain.Role;
import io.reload.shared.domain.BusinessException;
import io.reload.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Staff manage the clinic's own people: therapists and other staff. */
@Stateless
@RolesAllowed(Roles.STAFF)
public class TeamService {

    private static final List<Role> TEAM_ROLES = List.of(Role.THERAPIST, Role.STAFF);

    @Inject
    AccountRepository accounts;

    @Inject
    AccountCreation accountCreation;

    public List<PersonSummary> team() {
        return accounts.findByRoles(TEAM_ROLES).stream().map(PersonSummary::of).toList();
    }

    public Long addTeamMember(NewAccount input, Role role) {
        if (!TEAM_ROLES.contains(role)) {
            throw new BusinessException("team.role.invalid");
        }
        return accountCreation.create(input, role).getId();
    }
}
