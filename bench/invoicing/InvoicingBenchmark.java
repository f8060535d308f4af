import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import fr.portailfamille.PortailFamilleApplication;
import fr.portailfamille.billing.BillingUnit;
import fr.portailfamille.billing.TariffSettings;
import fr.portailfamille.billing.Tariffs;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Monthly invoicing run for FAMILIES households x 2 children x the first DAYS working days of March 2027 on
 * PostgreSQL, through the real modules: the reservations are seeded as rows of the agenda's {@code reservation}
 * table (status RESERVED, one holiday activity of code ALSH, an active enrolment per child), so the run reads them
 * through the agenda module's {@code AgendaBillableDays} and the activity codes through the activities module,
 * exactly as the back-office's run does. Run by hand through run.sh; prints the time and peak heap of the run.
 */
public class InvoicingBenchmark {

    static final int FAMILIES = Integer.getInteger("families", 10_000);
    static final YearMonth MONTH = YearMonth.of(2027, 3);
    static final int DAYS = 20;

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("db", "jdbc:postgresql://127.0.0.1:5432/portail_bench");
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS public CASCADE");
            c.createStatement().execute("CREATE SCHEMA public");
        }
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(PortailFamilleApplication.class)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=", "--portail.demo-data=false", "--server.port=0",
                        "--logging.level.root=WARN", "--logging.level.fr.portailfamille.billing=INFO");
        try {
            long t0 = System.nanoTime();
            seed(ctx);
            System.out.printf("Seeded in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, counts(ctx));
            var invoicingJobs = ctx.getBean(fr.portailfamille.billing.InvoicingJobs.class);
            var jobs = ctx.getBean(fr.portailfamille.jobs.Jobs.class);
            System.out.println("BillableDays implementation: "
                    + org.springframework.aop.support.AopUtils.getTargetClass(
                            ctx.getBean(fr.portailfamille.billing.BillableDays.class)).getName());
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            // Through the back-office's job path (issue 16): started as a background job, awaited to its end.
            var job = jobs.awaitEnd(invoicingJobs.start(MONTH, MONTH.plusMonths(1).atDay(2), "bench"),
                    java.time.Duration.ofHours(1));
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("Job %d %s: %d/%d households; %s%n", job.id(), job.state(), job.done(), job.total(),
                    job.summaryArgs());
            System.out.printf("Time of the run (job started to ended): %.1f s%n", seconds);
            System.out.printf("Peak heap used during the run (sum of pool peaks): %d MB (max heap %d MB)%n",
                    peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
            long again = System.nanoTime();
            var rerun = jobs.awaitEnd(invoicingJobs.start(MONTH, MONTH.plusMonths(1).atDay(2), "bench"),
                    java.time.Duration.ofHours(1));
            System.out.printf("Re-run of the same month: %s in %.1f s%n", rerun.summaryArgs(),
                    (System.nanoTime() - again) / 1e9);
        } finally {
            ctx.close();
        }
    }

    static List<LocalDate> workingDays(YearMonth month) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()) && days.size() < DAYS; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }

    static String counts(ConfigurableApplicationContext ctx) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        return jdbc.queryForObject("""
                SELECT (SELECT COUNT(*) FROM household) || ' households, ' || (SELECT COUNT(*) FROM child)
                       || ' children, ' || (SELECT COUNT(*) FROM reservation WHERE status = 'RESERVED')
                       || ' reserved days'""", String.class);
    }

    /** Tariffs through billing's facade; activity, families, enrolments and reservations in SQL (set-based). */
    static void seed(ConfigurableApplicationContext ctx) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        List<LocalDate> days = workingDays(MONTH);
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        long activity = jdbc.queryForObject("""
                INSERT INTO activity (code, name, kind, min_age, max_age, daily_capacity, booking_deadline,
                                      cancellation_deadline, daily_reservations, validation_required)
                VALUES ('ALSH', 'Accueil de loisirs (banc d''essai)', 'ACCUEIL_LOISIRS', 3, 13, ?, 'J-2 à 12:00',
                        'J-2 à 12:00', TRUE, FALSE) RETURNING id""", Long.class, FAMILIES * 2);
        long period = jdbc.queryForObject("""
                INSERT INTO activity_period (activity_id, label, start_date, end_date, weekdays)
                VALUES (?, 'Mars 2027', ?, ?, '1,2,3,4,5') RETURNING id""", Long.class, activity, MONTH.atDay(1),
                MONTH.atEndOfMonth());
        Tariffs tariffs = ctx.getBean(Tariffs.class);
        tariffs.saveSettings(new TariffSettings(12, 10));
        tariffs.addBracket("Tranche 1", 0);
        tariffs.addBracket("Tranche 2", 700);
        tariffs.addBracket("Tranche 3", 1200);
        long[] price = {850, 1200, 1600};
        var brackets = tariffs.brackets();
        for (int i = 0; i < brackets.size(); i++) {
            tariffs.savePrice("ALSH", BillingUnit.DAY, brackets.get(i).id(), price[i], price[i] + 500);
        }
        // 9 households in 10 resident, quotients spread over the three brackets (deterministic)
        jdbc.update("""
                INSERT INTO household (name, address_line, postal_code, city, resident, family_quotient,
                                       family_quotient_since)
                SELECT 'Famille Bench ' || g, '1 rue du Banc', '44100', 'Val-Fleuri', g % 10 <> 0, (g * 7919) % 2000,
                       DATE '2026-09-01'
                  FROM generate_series(1, ?) g""", FAMILIES);
        jdbc.update("INSERT INTO guardian (household_id, role, last_name, first_name) "
                + "SELECT id, 'PRIMARY', 'Bench', 'Parent' FROM household");
        jdbc.update("""
                INSERT INTO child (household_id, first_name, last_name, birth_date, sex)
                SELECT id, 'Aîné', 'Bench', DATE '2017-01-01' + (id % 700)::int, 'F' FROM household
                UNION ALL
                SELECT id, 'Cadet', 'Bench', DATE '2020-01-01' + (id % 700)::int, 'M' FROM household""");
        jdbc.update("""
                INSERT INTO enrolment (household_id, child_id, activity_id, period_id, status, created_at)
                SELECT household_id, id, ?, ?, 'ACTIVE', CURRENT_TIMESTAMP FROM child""", activity, period);
        jdbc.update("""
                INSERT INTO reservation (household_id, child_id, activity_id, service_day, status, holds_place,
                                         billable, queued_at, updated_at)
                SELECT c.household_id, c.id, ?, d::date, 'RESERVED', TRUE, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
                  FROM child c
                 CROSS JOIN generate_series(?::date, ?::date, INTERVAL '1 day') d
                 WHERE EXTRACT(ISODOW FROM d) < 6""", activity, first, last);
        jdbc.update("""
                INSERT INTO activity_day_load (activity_id, service_day, taken)
                SELECT activity_id, service_day, COUNT(*) FROM reservation GROUP BY activity_id, service_day""");
        jdbc.execute("ANALYZE");
    }
}
