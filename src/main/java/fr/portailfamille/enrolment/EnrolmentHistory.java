package fr.portailfamille.enrolment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** When children were last enrolled (data retention, issue 14). */
@Service
@Transactional(readOnly = true)
public class EnrolmentHistory {

    private final EnrolmentDataStore store;

    EnrolmentHistory(EnrolmentDataStore store) {
        this.store = store;
    }

    /** Child id → last day enrolled (end of the latest period or school year); never-enrolled children are absent. */
    public Map<Long, LocalDate> lastEnrolledDays(Collection<Long> childIds) {
        return store.lastEnrolledDays(childIds);
    }
}
