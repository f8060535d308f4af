package fr.portailfamille.onboarding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;

import fr.portailfamille.account.AccountAdministration;
import fr.portailfamille.account.AccountInvitations;
import fr.portailfamille.family.AllowanceData;
import fr.portailfamille.family.BankDetails;
import fr.portailfamille.family.FieldError;
import fr.portailfamille.family.FormCheck;
import fr.portailfamille.family.Guardian;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.AuditTrail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CSV import of a town's families from its former software (format: docs/import-familles.md). A file is first
 * checked line by line (nothing written); the agent confirms; then every new household of the file is written in
 * one transaction — or none when any line is wrong. A household is recognised by its external id: a line already
 * imported is never written again, whether it is the same or changed (the portal's record is the reference once
 * the family lives in it; a changed line is only reported).
 */
@Service
@Transactional
class FamilyImports {

    private static final Logger LOG = LoggerFactory.getLogger(FamilyImports.class);

    /** A line and where it stands. */
    record PreviewLine(ImportLine line, ImportLine.Status status) {
    }

    /** What the file would do: a problem with the whole file, or each line with its status and errors. */
    record Preview(String fileName, String text, String sha256, FamilyFile.Problem problem, List<PreviewLine> lines) {

        public long count(ImportLine.Status status) {
            return lines.stream().filter(l -> l.status() == status).count();
        }

        public long children(ImportLine.Status status) {
            return lines.stream().filter(l -> l.status() == status).mapToLong(l -> l.line().children().size()).sum();
        }

        public long newLines() {
            return count(ImportLine.Status.NEW);
        }

        public long unchangedLines() {
            return count(ImportLine.Status.UNCHANGED);
        }

        public long changedLines() {
            return count(ImportLine.Status.CHANGED);
        }

        public long invalidLines() {
            return count(ImportLine.Status.INVALID);
        }

        public long newChildren() {
            return children(ImportLine.Status.NEW);
        }

        public boolean hasErrors() {
            return problem != null || count(ImportLine.Status.INVALID) > 0;
        }

        public boolean importable() {
            return !hasErrors() && count(ImportLine.Status.NEW) > 0;
        }
    }

    /** What « Inviter tous les responsables importés » did. */
    record Invitations(int invited, int alreadyWithAccount, int withoutEmail) implements java.io.Serializable {
    }

    private final FamilyImportStore store;
    private final Households households;
    private final AccountAdministration accounts;
    private final AccountInvitations invitations;
    private final AuditTrail audit;
    private final Clock clock;

    FamilyImports(FamilyImportStore store, Households households, AccountAdministration accounts,
                  AccountInvitations invitations, AuditTrail audit, Clock clock) {
        this.store = store;
        this.households = households;
        this.accounts = accounts;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks an uploaded file; writes nothing. */
    @Transactional(readOnly = true)
    Preview preview(String fileName, byte[] bytes) {
        var reading = FamilyFile.read(bytes);
        if (!reading.ok()) {
            return new Preview(fileName, null, null, reading.problem(), List.of());
        }
        return check(fileName, reading.text(), reading.lines());
    }

    /**
     * Writes the new households of the file (checked again: the portal may have changed since the preview) in this
     * one transaction. Returns the preview: when it has errors, or nothing new, nothing was written.
     */
    Preview confirm(String fileName, String text, String agent) {
        var reading = FamilyFile.parse(text);
        var preview = reading.ok() ? check(fileName, text, reading.lines())
                : new Preview(fileName, text, sha256(text), reading.problem(), List.of());
        if (!preview.importable()) {
            return preview;
        }
        long started = System.nanoTime();
        long importId = store.insertImport(fileName, text, preview.sha256(), agent, clock.instant());
        int created = 0;
        for (var l : preview.lines()) {
            if (l.status() == ImportLine.Status.NEW) {
                store.insertHousehold(l.line().externalId(), write(l.line()), importId, l.line().digest());
                created++;
            }
        }
        store.imported(importId, created, clock.instant());
        audit.record(agent, "FAMILY_IMPORT", null, fileName, created + " foyers créés");
        LOG.info("Family import #{}: {} households created in {} ms", importId, created,
                (System.nanoTime() - started) / 1_000_000);
        return preview;
    }

    /**
     * Invites every guardian of the imported households who has an e-mail address and no account yet (no account
     * whose login is that address): one invitation link each, mailed through the outbox after commit.
     */
    Invitations inviteAll() {
        int invited = 0;
        int withAccount = 0;
        int withoutEmail = 0;
        for (long householdId : store.importedHouseholds()) {
            var household = households.household(householdId);
            for (var guardian : new Guardian[] {household.primary(), household.second()}) {
                if (guardian == null) {
                    continue;
                }
                if (guardian.email() == null || guardian.email().isBlank()) {
                    withoutEmail++;
                } else if (accounts.loginExists(guardian.email().strip())) {
                    withAccount++;
                } else {
                    try {
                        invitations.inviteFamilyMember(householdId, guardian.email(),
                                guardian.firstName() + " " + guardian.lastName());
                        invited++;
                    } catch (AccountInvitations.LoginTakenException | IllegalArgumentException e) {
                        withAccount++;
                    }
                }
            }
        }
        return new Invitations(invited, withAccount, withoutEmail);
    }

    @Transactional(readOnly = true)
    List<FamilyImportStore.Done> history() {
        return store.history(20);
    }

    @Transactional(readOnly = true)
    int importedHouseholds() {
        return store.importedHouseholds().size();
    }

    private Preview check(String fileName, String text, List<FamilyFile.Line> lines) {
        var checked = new ArrayList<ImportLine>();
        var firstLineOf = new HashMap<String, Long>();
        for (var line : lines) {
            var l = ImportLine.check(line, households::check);
            if (!l.externalId().isEmpty()) {
                Long first = firstLineOf.putIfAbsent(l.externalId(), l.number());
                if (first != null) {
                    l.errors().add(0, new ImportLine.CellError("id_externe",
                            new FieldError("import.cell.external-id-twice", new Object[] {first})));
                }
            }
            checked.add(l);
        }
        var known = store.digests(checked.stream().map(ImportLine::externalId).filter(s -> !s.isEmpty()).toList());
        var preview = new ArrayList<PreviewLine>();
        for (var l : checked) {
            String digest = known.get(l.externalId());
            ImportLine.Status status = !l.valid() ? ImportLine.Status.INVALID
                    : digest == null ? ImportLine.Status.NEW
                    : digest.equals(l.digest()) ? ImportLine.Status.UNCHANGED : ImportLine.Status.CHANGED;
            preview.add(new PreviewLine(l, status));
        }
        return new Preview(fileName, text, sha256(text), null, preview);
    }

    private long write(ImportLine line) {
        var p = line.primary();
        long householdId = households.create(line.familyName(), p.value("addressLine"), p.value("postalCode"),
                p.value("city"), line.resident(), guardian(p));
        if (line.second() != null) {
            households.setSecondGuardian(householdId, guardian(line.second()));
        }
        for (var child : line.children()) {
            households.addChild(householdId, child.value("firstName"), child.value("lastName"),
                    LocalDate.parse(child.value("birthDate")), child.value("sex"), null, null);
        }
        if (line.allowance() != null) {
            var a = line.allowance();
            households.setAllowance(householdId, new AllowanceData(a.value("allowanceFund"),
                    blankToNull(a.value("allowanceNumber")), Integer.valueOf(a.value("quotient")),
                    LocalDate.parse(a.value("quotientSince"))));
        }
        if (line.bank() != null) {
            var b = line.bank();
            households.setBankDetails(householdId, new BankDetails(b.value("bankHolder"), b.value("iban"),
                    blankToNull(b.value("bic"))), null);
        }
        return householdId;
    }

    private static Guardian guardian(FormCheck g) {
        return new Guardian(g.value("civility"), g.value("lastName"), g.value("firstName"),
                g.value("birthDate").isEmpty() ? null : LocalDate.parse(g.value("birthDate")),
                blankToNull(g.value("addressLine")), blankToNull(g.value("postalCode")), blankToNull(g.value("city")),
                null, blankToNull(g.value("phoneMobile")), null, blankToNull(g.value("email")), null, null);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
