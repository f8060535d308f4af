package fr.portailfamille.family;

import java.util.ArrayList;
import java.util.List;

import fr.portailfamille.requests.Requests;

import org.springframework.stereotype.Component;

/** Which mandatory sections (Responsable, CAF; per child Autorisations, Données complémentaires et sanitaires) are missing. */
@Component
class Completeness {

    private final SectionStore sections;
    private final HouseholdStore households;
    private final Requests requests;

    Completeness(SectionStore sections, HouseholdStore households, Requests requests) {
        this.sections = sections;
        this.households = households;
        this.requests = requests;
    }

    List<MissingSection> missing(long householdId) {
        var missing = new ArrayList<MissingSection>();
        for (Section s : List.of(Section.GUARDIAN, Section.ALLOWANCE)) {
            if (!sections.filled(s, householdId, null)) {
                missing.add(new MissingSection("/compte/" + s.slug(), s.titleKey(), null, null,
                        requests.pending(householdId, s.kind(), null).isPresent()));
            }
        }
        for (ChildView child : households.children(householdId)) {
            missing.addAll(missingForChild(householdId, child));
        }
        return missing;
    }

    List<MissingSection> missingForChild(long householdId, ChildView child) {
        var missing = new ArrayList<MissingSection>();
        for (Section s : List.of(Section.AUTHORISATIONS, Section.COMPLEMENTARY, Section.HEALTH)) {
            if (!sections.filled(s, householdId, child.id())) {
                missing.add(new MissingSection("/enfants/" + child.id() + "/" + s.slug(), s.titleKey(), child.id(),
                        child.fullName(), requests.pending(householdId, s.kind(), child.id()).isPresent()));
            }
        }
        return missing;
    }
}
