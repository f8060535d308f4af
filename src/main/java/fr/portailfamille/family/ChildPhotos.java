package fr.portailfamille.family;

import java.util.Collection;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which children have a validated photo (the check-in cards show it; the picture itself is served by the family module). */
@Service
@Transactional(readOnly = true)
public class ChildPhotos {

    private final FamilyDataStore store;

    ChildPhotos(FamilyDataStore store) {
        this.store = store;
    }

    /** The ids among {@code childIds} whose record has a validated photo. */
    public Set<Long> withPhoto(Collection<Long> childIds) {
        return childIds.isEmpty() ? Set.of() : store.withPhoto(childIds);
    }
}
