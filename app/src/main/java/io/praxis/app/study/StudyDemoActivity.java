package io.praxis.app.study;

import io.praxis.app.account.Account;
import io.praxis.app.demo.DemoActivity;
import io.praxis.content.lesson.Lesson;
import java.util.List;
import org.springframework.stereotype.Component;

/** Demo learner: the first three lessons done and the fourth open, so "continue" has meaning. */
@Component
class StudyDemoActivity implements DemoActivity {

    private final StudyService study;

    StudyDemoActivity(StudyService study) {
        this.study = study;
    }

    @Override
    public void seed(Account learner) {
        if (study.hasStarted(learner.getId())) {
            return;
        }
        List<Lesson> lessons = study.curriculum().lessons();
        for (int i = 0; i < Math.min(3, lessons.size()); i++) {
            study.opened(learner.getId(), lessons.get(i).id());
            study.complete(learner.getId(), lessons.get(i).id());
        }
        if (lessons.size() > 3) {
            study.opened(learner.getId(), lessons.get(3).id());
        }
    }
}
