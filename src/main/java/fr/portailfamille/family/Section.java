package fr.portailfamille.family;

import static fr.portailfamille.family.FieldType.BIC;
import static fr.portailfamille.family.FieldType.DATE;
import static fr.portailfamille.family.FieldType.EMAIL;
import static fr.portailfamille.family.FieldType.IBAN;
import static fr.portailfamille.family.FieldType.INTEGER;
import static fr.portailfamille.family.FieldType.LONG_TEXT;
import static fr.portailfamille.family.FieldType.MONEY;
import static fr.portailfamille.family.FieldType.PARTS;
import static fr.portailfamille.family.FieldType.PAST_DATE;
import static fr.portailfamille.family.FieldType.PHONE;
import static fr.portailfamille.family.FieldType.POSTAL_CODE;
import static fr.portailfamille.family.FieldType.YEAR;
import static fr.portailfamille.family.FieldType.YES_NO;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sections of the family record a family changes by request. Each is a kind of request
 * ({@code family.<...>}), has a page under Mon compte or under the child, and its own fields.
 */
public enum Section {

    GUARDIAN("family.guardian", "responsable", Scope.HOUSEHOLD, true, Upload.NONE, guardianFields(true)),
    SECOND_GUARDIAN("family.second-guardian", "conjoint", Scope.HOUSEHOLD, false, Upload.NONE, guardianFields(false)),
    FISCAL("family.fiscal", "donnees-fiscales", Scope.HOUSEHOLD, false, Upload.NONE, List.of(
            Field.of("referenceIncome", MONEY, true, 20),
            Field.of("taxParts", PARTS, true, 6),
            Field.of("taxYear", YEAR, true, 4))),
    ALLOWANCE("family.allowance", "caf", Scope.HOUSEHOLD, true, Upload.DOCUMENT, List.of(
            Field.choice("allowanceFund", true, List.of("CAF", "MSA", "AUTRE")),
            Field.text("allowanceNumber", false, 30),
            Field.of("quotient", INTEGER, true, 6),
            Field.of("quotientSince", DATE, true, 10))),
    BANK("family.bank", "coordonnees-bancaires", Scope.HOUSEHOLD, false, Upload.NONE, List.of(
            Field.text("bankHolder", false, 120),
            Field.of("iban", IBAN, false, 50),
            Field.of("bic", BIC, false, 15))),
    PAYMENT_METHOD("family.payment-method", "mode-de-reglement", Scope.HOUSEHOLD, false, Upload.NONE, List.of(
            Field.choice("paymentMethod", true,
                    Arrays.stream(PaymentMethod.values()).map(Enum::name).toList()))),
    NEW_CHILD("family.child-new", "ajouter-enfant", Scope.HOUSEHOLD, false, Upload.NONE, childIdentity()),
    CHILD_IDENTITY("family.child-identity", "fiche", Scope.CHILD, false, Upload.NONE, childIdentity()),
    AUTHORISATIONS("family.child-authorisations", "autorisations", Scope.CHILD, true, Upload.NONE, authorisations()),
    COMPLEMENTARY("family.child-complementary", "donnees-complementaires", Scope.CHILD, true, Upload.NONE, List.of(
            Field.text("school", false, 120),
            Field.text("schoolClass", false, 40),
            Field.text("schoolYear", false, 9),
            Field.text("doctorName", false, 120),
            Field.of("doctorPhone", PHONE, false, 30),
            Field.text("insurer", true, 120),
            Field.text("policyNumber", true, 60),
            Field.of("otherInfo", LONG_TEXT, false, 1000))),
    HEALTH("family.child-health", "donnees-sanitaires", Scope.CHILD, true, Upload.NONE, List.of(
            Field.text("foodAllergies", false, 500),
            Field.text("medicineAllergies", false, 500),
            Field.text("otherAllergies", false, 500),
            Field.of("allergyActions", LONG_TEXT, false, 1000),
            Field.of("pai", YES_NO, true, 5),
            Field.choice("diet", true, List.of("NONE", "NO_PORK", "VEGETARIAN", "NO_ALLERGEN", "OTHER")),
            Field.of("dtpDate", PAST_DATE, false, 10),
            Field.of("medicalNotes", LONG_TEXT, false, 2000),
            Field.of("specialNeeds", LONG_TEXT, false, 1000))),
    PHOTO("family.child-photo", "photo", Scope.CHILD, false, Upload.PHOTO, List.of());

    /** Whether a section belongs to the household or to one child. */
    public enum Scope { HOUSEHOLD, CHILD }

    /** The file a section's form takes, if any. */
    public enum Upload { NONE, DOCUMENT, PHOTO }

    static final int PICKUP_ROWS = 4;

    private final String kind;
    private final String slug;
    private final Scope scope;
    private final boolean mandatory;
    private final Upload upload;
    private final List<Field> fields;

    Section(String kind, String slug, Scope scope, boolean mandatory, Upload upload, List<Field> fields) {
        this.kind = kind;
        this.slug = slug;
        this.scope = scope;
        this.mandatory = mandatory;
        this.upload = upload;
        this.fields = List.copyOf(fields);
    }

    public String kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    public Scope scope() {
        return scope;
    }

    public boolean mandatory() {
        return mandatory;
    }

    public Upload upload() {
        return upload;
    }

    public List<Field> fields() {
        return fields;
    }

    /** Fields outside any group, then each group (a pick-up person) in order. */
    public List<Field> ungroupedFields() {
        return fields.stream().filter(f -> f.group() == null).toList();
    }

    public List<String> groups() {
        return fields.stream().map(Field::group).filter(g -> g != null).distinct().toList();
    }

    public List<Field> fieldsOf(String group) {
        return fields.stream().filter(f -> group.equals(f.group())).toList();
    }

    public String titleKey() {
        return "section." + slug;
    }

    public boolean isChildSection() {
        return scope == Scope.CHILD;
    }

    /** Health data: agents' viewings are recorded, values never logged. */
    public boolean sensitive() {
        return this == HEALTH;
    }

    Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * A field of the section, or one it had before (shown on the requests made then, never asked nor written again):
     * image rights, emergency care and outings left « Autorisations » for the documents module's consents (V175).
     */
    Optional<Field> fieldOrRetired(String name) {
        return field(name).or(() -> this == AUTHORISATIONS
                ? RETIRED_AUTHORISATIONS.stream().filter(f -> f.name().equals(name)).findFirst()
                : Optional.empty());
    }

    private static final List<Field> RETIRED_AUTHORISATIONS = List.of(
            Field.of("imageRights", YES_NO, false, 5),
            Field.of("emergencyCare", YES_NO, false, 5),
            Field.of("outingTransport", YES_NO, false, 5));

    static Optional<Section> ofKind(String kind) {
        return Stream.of(values()).filter(s -> s.kind.equals(kind)).findFirst();
    }

    static Optional<Section> ofSlug(Scope scope, String slug) {
        return Stream.of(values()).filter(s -> s.scope == scope && s.slug.equals(slug) && s != NEW_CHILD)
                .findFirst();
    }

    private static List<Field> guardianFields(boolean primary) {
        return List.of(
                Field.choice("civility", true, List.of("Mme", "M.")),
                Field.text("lastName", true, 100),
                Field.text("firstName", true, 100),
                Field.of("birthDate", PAST_DATE, false, 10),
                Field.text("addressLine", primary, 200),
                Field.of("postalCode", POSTAL_CODE, primary, 5),
                Field.text("city", primary, 100),
                Field.of("phoneMobile", PHONE, false, 30),
                Field.of("phoneHome", PHONE, false, 30),
                Field.of("phoneWork", PHONE, false, 30),
                Field.of("email", EMAIL, primary, 200),
                Field.text("profession", false, 100),
                Field.text("employer", false, 100));
    }

    private static List<Field> childIdentity() {
        return List.of(
                Field.text("firstName", true, 100),
                Field.text("lastName", true, 100),
                Field.of("birthDate", PAST_DATE, true, 10),
                Field.choice("sex", true, List.of("F", "M")));
    }

    private static List<Field> authorisations() {
        var list = new ArrayList<Field>(List.of(Field.of("leaveAlone", YES_NO, true, 5)));
        for (int i = 1; i <= PICKUP_ROWS; i++) {
            String g = "pickup" + i;
            list.add(Field.text(g + "Name", false, 120).inGroup(g));
            list.add(Field.text(g + "Relationship", false, 60).inGroup(g));
            list.add(Field.of(g + "Phone", PHONE, false, 30).inGroup(g));
            list.add(Field.of(g + "PhoneOther", PHONE, false, 30).inGroup(g));
        }
        return list;
    }
}
