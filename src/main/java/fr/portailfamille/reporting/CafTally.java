package fr.portailfamille.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.portailfamille.billing.TariffBracket;

/**
 * The CAF return's arithmetic. Per child and day the units' hours are added activity by activity (in code order)
 * up to the daily cap; what is over the cap is dropped. Age is taken on the day attended; the QF band is the tariff
 * bracket holding the household's quotient (« QF inconnu » without one); the regime is CAF, MSA or AUTRE.
 */
final class CafTally {

    static final String UNDER_SIX = "MOINS_6";
    static final String SIX_AND_OVER = "6_ET_PLUS";
    static final String UNKNOWN_QF = "QF inconnu";

    record Key(String ageBand, String qfBand, String regime, boolean holiday) {
    }

    record ChildLine(long childId, String childName, LocalDate birthDate, String qfBand, String regime, int acts,
                     BigDecimal schoolHours, BigDecimal holidayHours, BigDecimal cappedHours) {

        public BigDecimal totalHours() {
            return schoolHours.add(holidayHours);
        }
    }

    record GroupRow(Key key, String hours) {
    }

    record Result(Map<Key, BigDecimal> hoursByGroup, List<ChildLine> children, BigDecimal totalHours,
                  BigDecimal cappedHours) {

        public List<GroupRow> groups() {
            return hoursByGroup.entrySet().stream().map(e -> new GroupRow(e.getKey(), CafColumn.hours(e.getValue())))
                    .toList();
        }

        public String total() {
            return CafColumn.hours(totalHours);
        }

        public String capped() {
            return CafColumn.hours(cappedHours);
        }
    }

    private CafTally() {
    }

    static String ageBand(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears() < 6 ? UNDER_SIX : SIX_AND_OVER;
    }

    static String regime(String fund) {
        if (fund == null) {
            return "AUTRE";
        }
        String f = fund.strip().toUpperCase(java.util.Locale.ROOT);
        return f.equals("CAF") || f.equals("MSA") ? f : "AUTRE";
    }

    static String qfBand(Integer quotient, List<TariffBracket> brackets) {
        if (quotient == null) {
            return UNKNOWN_QF;
        }
        return brackets.stream().filter(b -> b.contains(quotient)).map(TariffBracket::label).findFirst()
                .orElse(UNKNOWN_QF);
    }

    static Result compute(List<CafAttendance> rows, CafRules rules, List<TariffBracket> brackets) {
        List<CafAttendance> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(CafAttendance::childId).thenComparing(CafAttendance::day)
                .thenComparing(CafAttendance::activityCode));
        Map<Key, BigDecimal> groups = new TreeMap<>(Comparator.comparing(Key::ageBand).thenComparing(Key::qfBand)
                .thenComparing(Key::regime).thenComparing(Key::holiday));
        Map<Long, ChildLine> children = new LinkedHashMap<>();
        Map<String, BigDecimal> usedPerDay = new java.util.HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal capped = BigDecimal.ZERO;
        for (CafAttendance a : sorted) {
            String dayKey = a.childId() + "|" + a.day();
            BigDecimal used = usedPerDay.getOrDefault(dayKey, BigDecimal.ZERO);
            BigDecimal wanted = rules.hours(a.activityCode());
            BigDecimal room = rules.dailyCap().subtract(used).max(BigDecimal.ZERO);
            BigDecimal counted = wanted.min(room);
            BigDecimal dropped = wanted.subtract(counted);
            usedPerDay.put(dayKey, used.add(counted));
            String qf = qfBand(a.quotient(), brackets);
            String regime = regime(a.fund());
            groups.merge(new Key(ageBand(a.birthDate(), a.day()), qf, regime, a.holiday()), counted, BigDecimal::add);
            total = total.add(counted);
            capped = capped.add(dropped);
            ChildLine prev = children.get(a.childId());
            ChildLine base = prev != null ? prev : new ChildLine(a.childId(), a.childName(), a.birthDate(), qf, regime,
                    0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
            children.put(a.childId(), new ChildLine(base.childId(), base.childName(), base.birthDate(), base.qfBand(),
                    base.regime(), base.acts() + 1,
                    a.holiday() ? base.schoolHours() : base.schoolHours().add(counted),
                    a.holiday() ? base.holidayHours().add(counted) : base.holidayHours(),
                    base.cappedHours().add(dropped)));
        }
        return new Result(groups, List.copyOf(children.values()), total, capped);
    }
}
