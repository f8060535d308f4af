package fr.portailfamille.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.portailfamille.account.AccountAdministration;
import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.FrenchPublicHolidays;
import fr.portailfamille.agenda.Reservations;
import fr.portailfamille.billing.Invoicing;
import fr.portailfamille.billing.Ledger;
import fr.portailfamille.billing.PaymentMode;
import fr.portailfamille.billing.TariffSettings;
import fr.portailfamille.billing.Tariffs;
import fr.portailfamille.family.AllowanceData;
import fr.portailfamille.family.BankDetails;
import fr.portailfamille.family.FiscalData;
import fr.portailfamille.family.Guardian;
import fr.portailfamille.family.Households;
import fr.portailfamille.family.PaymentMethod;
import fr.portailfamille.shared.Town;
import fr.portailfamille.shared.TownSettings;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the demo town through the modules' facades. Dates are relative to today, so that the demo
 * always shows a late invoice, a current one and a partial payment.
 */
@Component
@Profile("!prod")
class DemoData {

    static final String FAMILY_LOGIN = "demo.famille";
    static final String FAMILY_PASSWORD = "Demo-Famille-2026";
    /** Every account the demo creates: their passwords are public. */
    static final List<String> LOGINS = List.of(FAMILY_LOGIN, "demo.bernard", "demo.petit", "demo.agent", "demo.admin");

    private final Town town;
    private final Households households;
    private final AccountAdministration accounts;
    private final Ledger ledger;
    private final Tariffs tariffs;
    private final Clock clock;
    private final DemoActivities activities;
    private final DemoChildRecords childRecords;
    private final Activities activityCatalog;
    private final Reservations reservations;
    private final Invoicing invoicing;
    private final fr.portailfamille.agenda.BookingWindows bookingWindows;
    private final DemoDocuments documents;

    DemoData(Town town, Households households, AccountAdministration accounts, Ledger ledger, Tariffs tariffs,
             Clock clock, DemoActivities activities, Activities activityCatalog, DemoChildRecords childRecords,
             Reservations reservations, Invoicing invoicing, fr.portailfamille.agenda.BookingWindows bookingWindows,
             DemoDocuments documents) {
        this.bookingWindows = bookingWindows;
        this.documents = documents;
        this.reservations = reservations;
        this.invoicing = invoicing;
        this.childRecords = childRecords;
        this.tariffs = tariffs;
        this.activityCatalog = activityCatalog;
        this.activities = activities;
        this.town = town;
        this.households = households;
        this.accounts = accounts;
        this.ledger = ledger;
        this.clock = clock;
    }

    boolean present() {
        return accounts.loginExists(FAMILY_LOGIN);
    }

    @Transactional
    void load() {
        town.save(new TownSettings("Ville de Val-Fleuri", "Service Jeunesse", "12 place de la République", "44100",
                "Val-Fleuri", "02 40 00 00 00", "jeunesse@val-fleuri.example"));
        LocalDate today = LocalDate.now(clock);
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        YearMonth monthBefore = lastMonth.minusMonths(1);

        var created = activities.load(today);
        tariffs(created);
        long martin = martin(today);
        long bernard = bernard(lastMonth);
        long petit = petit();
        activities.enrolInCrocVacances(martin, created.crocVacances(), today);
        lotteryWindow(created);
        invoices(created, monthBefore, lastMonth, martin, bernard, petit);
        documents.load(martin, created, today);

        accounts.createStaffAccount("demo.agent", "Demo-Agent-2026", "Nadia Leroy", false, false);
        accounts.createStaffAccount("demo.admin", "Demo-Admin-2026", "Paul Girard", true, false);
    }

    /**
     * Croc'Vacances' winter holidays by lottery: requests open since yesterday 08:30, closing in two days at 08:30,
     * drawn the same day at 18:00 — both modes side by side (the other periods stay first come, first served).
     */
    private void lotteryWindow(DemoActivities.Created created) {
        var now = java.time.LocalDateTime.now(clock).toLocalDate();
        bookingWindows.create(new fr.portailfamille.agenda.WindowSettings(created.crocVacances(), created.crocWinter(),
                fr.portailfamille.agenda.BookingMode.LOTTERY, now.minusDays(1).atTime(8, 30),
                now.plusDays(2).atTime(8, 30), now.plusDays(2).atTime(18, 0),
                fr.portailfamille.agenda.LotteryRules.DEFAULT));
    }

    /** Two guardians, three children (about 2, 7 and 12). */
    private long martin(LocalDate today) {
        long id = households.create("Famille Martin", "8 rue des Tilleuls", "44100", "Val-Fleuri", true,
                guardian("Mme", "Martin", "Claire", LocalDate.of(1986, 3, 14), "06 12 34 56 78",
                        "claire.martin@example.org", "Infirmière", "CHU de Val-Fleuri"));
        households.setSecondGuardian(id, guardian("M.", "Martin", "Julien", LocalDate.of(1984, 9, 2),
                "06 98 76 54 32", "julien.martin@example.org", "Technicien", "Transports Atlantique"));
        households.setFiscal(id, new FiscalData(3_850_000L, 300, today.getYear() - 1));
        households.setAllowance(id, new AllowanceData("CAF", "1234567", 742, LocalDate.of(today.getYear(), 1, 1)));
        households.setBankDetails(id, new BankDetails("Claire Martin", "FR7630006000011234567890189", "AGRIFRPP"),
                PaymentMethod.ONLINE_CARD);
        households.addChild(id, "Léa", "Martin", today.minusYears(2).minusMonths(3), "F", null, null);
        long hugo = households.addChild(id, "Hugo", "Martin", today.minusYears(7).minusMonths(5), "M",
                "École élémentaire Jules-Ferry", "CE1");
        childRecords.completeHugo(id, hugo);
        households.addChild(id, "Inès", "Martin", today.minusYears(12).minusMonths(1), "F",
                "Collège Simone-Veil", "5e");
        accounts.createFamilyAccount(FAMILY_LOGIN, FAMILY_PASSWORD, "Claire Martin", id);
        return id;
    }

    /**
     * The last two months, invoiced by the real monthly invoicing from the days the children attended, each day
     * priced by the family's QF bracket (10 % off from the second child). The Martins: three Wednesdays of
     * Croc'Vacances for Hugo and Inès each month and Hugo's school meals (12, then 14); their first invoice is
     * partly paid by cheque, so the second carries the rest of it. Noah Bernard: 12 meals, paid. Jade Petit: 10
     * meals at the non-resident price without a known QF, paid with more CESU than owed.
     */
    private void invoices(DemoActivities.Created created, YearMonth monthBefore, YearMonth lastMonth, long martin,
                          long bernard, long petit) {
        long ines = childNamed(martin, "Inès");
        long hugo = childNamed(martin, "Hugo");
        var schoolDays = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        int[] meals = {12, 14};
        YearMonth[] months = {monthBefore, lastMonth};
        for (int i = 0; i < months.length; i++) {
            var wednesdays = days(months[i], EnumSet.of(DayOfWeek.WEDNESDAY), 3);
            reservations.recordAttended(martin, ines, created.crocVacances(), wednesdays);
            reservations.recordAttended(martin, hugo, created.crocVacances(), wednesdays);
            reservations.recordAttended(martin, hugo, created.restauration(), days(months[i], schoolDays, meals[i]));
            if (months[i].equals(lastMonth)) {
                reservations.recordAttended(bernard, childNamed(bernard, "Noah"), created.restauration(),
                        days(lastMonth, schoolDays, 12));
                reservations.recordAttended(petit, childNamed(petit, "Jade"), created.restauration(),
                        days(lastMonth, schoolDays, 10));
            }
            invoicing.run(months[i], months[i].plusMonths(1).atDay(5));
            if (i == 0) {
                ledger.recordPayment(martin, monthBefore.plusMonths(1).atDay(20), PaymentMode.CHEQUE, 6_000,
                        "Chèque n° 0004521");
            }
        }
        ledger.recordPayment(bernard, lastMonth.plusMonths(1).atDay(8), PaymentMode.TRANSFER, 4_200, "Virement");
        ledger.recordPayment(petit, lastMonth.plusMonths(1).atDay(10), PaymentMode.CESU, 12_000, "CESU n° 88213");
    }

    private long childNamed(long householdId, String firstName) {
        return households.children(householdId).stream().filter(c -> c.firstName().equals(firstName)).findFirst()
                .orElseThrow().id();
    }

    /** The first {@code count} days of the month on these weekdays, public holidays left out. */
    private static List<LocalDate> days(YearMonth month, Set<DayOfWeek> weekdays, int count) {
        var holidays = new FrenchPublicHolidays();
        return month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1))
                .filter(d -> weekdays.contains(d.getDayOfWeek()) && !holidays.isHoliday(d)).limit(count).toList();
    }

    /**
     * Three QF brackets and a price for what each demo activity bills (its kind's unit, under its code): a day of
     * Croc'Vacances or Espace Ados, a school meal; 10 % off from the 2nd child.
     */
    private void tariffs(DemoActivities.Created created) {
        tariffs.saveSettings(new TariffSettings(12, 10));
        tariffs.addBracket("Tranche 1", 0);
        tariffs.addBracket("Tranche 2", 700);
        tariffs.addBracket("Tranche 3", 1200);
        var brackets = tariffs.brackets();
        long[] day = {850, 1200, 1600};
        long[] teenDay = {600, 900, 1200};
        long[] meal = {280, 350, 420};
        for (int i = 0; i < brackets.size(); i++) {
            long b = brackets.get(i).id();
            price(created.crocVacances(), b, day[i], day[i] + 500);
            price(created.espaceAdos(), b, teenDay[i], teenDay[i] + 400);
            price(created.restauration(), b, meal[i], meal[i] + 100);
        }
    }

    private void price(long activityId, long bracketId, long resident, long nonResident) {
        var activity = activityCatalog.get(activityId);
        tariffs.savePrice(activity.code(), activity.kind().billingUnit(), bracketId, resident, nonResident);
    }

    /** A single guardian, nothing owed; pays by direct debit under a mandate signed three months ago. */
    private long bernard(YearMonth lastMonth) {
        long id = households.create("Famille Bernard", "3 allée des Peupliers", "44100", "Val-Fleuri", true,
                guardian("Mme", "Bernard", "Sophie", LocalDate.of(1990, 6, 21), "07 11 22 33 44",
                        "sophie.bernard@example.org", "Comptable", "Cabinet Loire Conseil"));
        households.setAllowance(id, new AllowanceData("MSA", "7654321", 1180, LocalDate.of(lastMonth.getYear(), 1, 1)));
        households.setBankDetails(id, new BankDetails("Sophie Bernard", "FR7630004000031234567890143", "BNPAFRPP"),
                PaymentMethod.DIRECT_DEBIT, lastMonth.minusMonths(2).atDay(10));
        households.addChild(id, "Noah", "Bernard", LocalDate.now(clock).minusYears(9).minusMonths(2), "M",
                "École élémentaire Jules-Ferry", "CM1");
        accounts.createFamilyAccount("demo.bernard", "Demo-Bernard-2026", "Sophie Bernard", id);
        return id;
    }

    /** A family in credit: it paid more than it was invoiced. */
    private long petit() {
        long id = households.create("Famille Petit", "21 chemin du Moulin", "44100", "Val-Fleuri", false,
                guardian("M.", "Petit", "Thomas", LocalDate.of(1982, 11, 30), "06 55 44 33 22",
                        "thomas.petit@example.org", "Enseignant", "Éducation nationale"));
        households.addChild(id, "Jade", "Petit", LocalDate.now(clock).minusYears(5).minusMonths(7), "F",
                "École maternelle Les Lilas", "Grande section");
        households.setBankDetails(id, BankDetails.NONE, PaymentMethod.CESU);
        accounts.createFamilyAccount("demo.petit", "Demo-Petit-2026", "Thomas Petit", id);
        return id;
    }

    private static Guardian guardian(String civility, String last, String first, LocalDate birth, String mobile,
                                     String email, String profession, String employer) {
        return new Guardian(civility, last, first, birth, null, null, null, null, mobile, null, email, profession,
                employer);
    }
}
