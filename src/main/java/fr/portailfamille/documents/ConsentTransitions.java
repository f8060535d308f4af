package fr.portailfamille.documents;

/**
 * Which answer may follow which: a consent can be given or refused at any time (a change of mind is a new
 * answer), withdrawn only while it is given; repeating the current answer records nothing.
 */
final class ConsentTransitions {

    private ConsentTransitions() {
    }

    static boolean allowed(ConsentAnswer current, ConsentAnswer next) {
        if (next == null || next == current) {
            return false;
        }
        return next != ConsentAnswer.WITHDRAWN || current == ConsentAnswer.GIVEN;
    }
}
