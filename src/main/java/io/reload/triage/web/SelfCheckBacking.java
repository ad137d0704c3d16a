package io.reload.triage.web;

import io.reload.triage.domain.Symptom;
import io.reload.triage.service.SelfCheckResult;
import io.reload.triage.service.SelfCheckService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Faces;

/** The self-check page: anyone ticks what is true for them and is sent to the outcome. */
@Named
@RequestScoped
public class SelfCheckBacking {

    private static final List<QuestionGroup> GROUPS = List.of(QuestionGroup.values());

    @Inject
    SelfCheckService selfCheckService;

    /** One checkbox per answer: #{selfCheckBacking.ticked[symptom]}. */
    private final Map<Symptom, Boolean> ticked = new EnumMap<>(Symptom.class);

    public void submit() throws IOException {
        SelfCheckResult result = selfCheckService.submit(answers());
        // a GET page of its own, so the outcome can be reloaded and carried on to booking
        Faces.redirect("selfcheck-result.xhtml?check=%s", result.getToken());
    }

    private Set<Symptom> answers() {
        Set<Symptom> answers = EnumSet.noneOf(Symptom.class);
        ticked.forEach((symptom, yes) -> {
            if (Boolean.TRUE.equals(yes)) {
                answers.add(symptom);
            }
        });
        return answers;
    }

    public List<QuestionGroup> getGroups() {
        return GROUPS;
    }

    public Map<Symptom, Boolean> getTicked() {
        return ticked;
    }
}
