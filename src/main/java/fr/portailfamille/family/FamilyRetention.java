package fr.portailfamille.family;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The family record's side of data retention (issue 14): whose care data is kept, deleting it, old households. */
@Service
@Transactional(readOnly = true)
public class FamilyRetention {

    private final FamilyDataStore store;

    FamilyRetention(FamilyDataStore store) {
        this.store = store;
    }

    public List<CareDataHolder> childrenWithCareData() {
        return store.childrenWithCareData();
    }

    /** Deletes the child's health record and complementary data; the number of rows deleted. */
    @Transactional
    public int deleteCareData(long childId) {
        return store.deleteCareData(childId);
    }

    /** Households created before the day (the others cannot have been inactive that long). */
    public List<Long> householdsCreatedBefore(LocalDate day) {
        return store.householdsCreatedBefore(day);
    }

    /** The name an anonymised household's invoices show as debtor. */
    public static String anonymousName(long householdId) {
        return FamilyDataStore.anonymousHousehold(householdId);
    }
}
