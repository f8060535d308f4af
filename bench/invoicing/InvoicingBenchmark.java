import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import fr.portailfamille.PortailFamilleApplication;
import fr.portailfamille.billing.BillableDays;
import fr.portailfamille.billing.BillingUnit;
import fr.portailfamille.billing.Invoicing;
import fr.portailfamille.billing.TariffSettings;
import fr.portailfamille.billing.Tariffs;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Monthly invoicing run for FAMILIES households × 2 children × every working day of the month (20 in March 2027
 * minus Easter Monday… see DAYS) on PostgreSQL. Run by hand through run.sh; prints time and peak heap of the run.
 *
 * The agenda side of the BillableDays port is simulated in memory (what is measured is billing: tariffs, lines,
 * gapless numbers, invoiced-day keys, inserts).
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
        Map<Long, List<Long>> childrenByHousehold = new HashMap<>();
        BillableDays agenda = new BillableDays() {
            @Override
            public List<Long> households(YearMonth month) {
                return new ArrayList<>(childrenByHousehold.keySet());
            }

            @Override
            public List<BillableDay> days(YearMonth month, Collection<Long> ids) {
                List<BillableDay> rows = new ArrayList<>(ids.size() * 2 * DAYS);
                List<LocalDate> days = workingDays(month);
                for (long h : ids) {
                    for (long child : childrenByHousehold.get(h)) {
                        for (LocalDate d : days) {
                            rows.add(new BillableDay(h, child, "ALSH", BillingUnit.DAY, d, false));
                        }
                    }
                }
                return rows;
            }
        };
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(PortailFamilleApplication.class)
                // in front of the agenda module's implementation, as the primary BillableDays
                .initializers(c -> ((org.springframework.context.support.GenericApplicationContext) c).registerBean(
                        "benchBillableDays", BillableDays.class, () -> agenda, bd -> bd.setPrimary(true)))
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=", "--portail.demo-data=false", "--server.port=0",
                        "--logging.level.root=WARN", "--logging.level.fr.portailfamille.billing=INFO");
        try {
            long t0 = System.nanoTime();
            seed(ctx, childrenByHousehold);
            System.out.printf("Seeded %d households, %d children in %.1f s%n", childrenByHousehold.size(),
                    childrenByHousehold.values().stream().mapToInt(List::size).sum(), (System.nanoTime() - t0) / 1e9);
            Invoicing invoicing = ctx.getBean(Invoicing.class);
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            var result = invoicing.run(MONTH, MONTH.plusMonths(1).atDay(2));
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("Run: %d invoices, %d days, total %s, %d skipped%n", result.invoices(), result.days(),
                    result.total(), result.skipped().size());
            System.out.printf("Time of the run: %.1f s%n", seconds);
            System.out.printf("Peak heap used during the run (sum of pool peaks): %d MB (max heap %d MB)%n",
                    peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
            long again = System.nanoTime();
            var rerun = invoicing.run(MONTH, MONTH.plusMonths(1).atDay(2));
            System.out.printf("Re-run of the same month: %d invoices in %.1f s%n", rerun.invoices(),
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

    static void seed(ConfigurableApplicationContext ctx, Map<Long, List<Long>> childrenByHousehold) {
        Tariffs tariffs = ctx.getBean(Tariffs.class);
        tariffs.saveSettings(new TariffSettings(12, 10));
        tariffs.addBracket("Tranche 1", 0);
        tariffs.addBracket("Tranche 2", 700);
        tariffs.addBracket("Tranche 3", 1200);
        long[] day = {850, 1200, 1600};
        var brackets = tariffs.brackets();
        for (int i = 0; i < brackets.size(); i++) {
            tariffs.savePrice("ALSH", BillingUnit.DAY, brackets.get(i).id(), day[i], day[i] + 500);
        }
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        Random random = new Random(42);
        List<Object[]> households = new ArrayList<>();
        for (int i = 0; i < FAMILIES; i++) {
            households.add(new Object[] {"Famille Bench " + i, random.nextInt(10) > 0, random.nextInt(2000),
                    LocalDate.of(2026, 9, 1)});
        }
        jdbc.batchUpdate("""
                INSERT INTO household (name, address_line, postal_code, city, resident, family_quotient,
                                       family_quotient_since)
                VALUES (?, '1 rue du Banc', '44100', 'Val-Fleuri', ?, ?, ?)""", households);
        jdbc.query("SELECT id FROM household ORDER BY id", rs -> {
            childrenByHousehold.put(rs.getLong(1), new ArrayList<>());
        });
        jdbc.batchUpdate("""
                INSERT INTO guardian (household_id, role, last_name, first_name) VALUES (?, 'PRIMARY', 'Bench', 'Parent')""",
                childrenByHousehold.keySet().stream().map(h -> new Object[] {h}).toList());
        List<Object[]> children = new ArrayList<>();
        for (long h : childrenByHousehold.keySet()) {
            children.add(new Object[] {h, "Aîné", LocalDate.of(2017, 1, 1).plusDays(random.nextInt(700))});
            children.add(new Object[] {h, "Cadet", LocalDate.of(2020, 1, 1).plusDays(random.nextInt(700))});
        }
        jdbc.batchUpdate("""
                INSERT INTO child (household_id, first_name, last_name, birth_date, sex) VALUES (?, ?, 'Bench', ?, 'F')""",
                children);
        jdbc.query("SELECT household_id, id FROM child ORDER BY id", rs -> {
            childrenByHousehold.get(rs.getLong(1)).add(rs.getLong(2));
        });
    }
}
