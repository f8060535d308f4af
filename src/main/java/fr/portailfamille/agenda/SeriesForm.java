package fr.portailfamille.agenda;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * « Réserver plusieurs jours »: an activity, one of the child's enrolled periods, weekdays, an optional range within
 * the period, a rhythm, and whether to book or cancel. Everything optional for binding (another family's child
 * answers 404 before any message).
 */
class SeriesForm {

    private Long activite;
    private Long periode;
    private List<DayOfWeek> jours;
    private String du;
    private String au;
    private RecurringDays.Rhythm rythme = RecurringDays.Rhythm.EVERY_WEEK;
    private String sens = "reserver";

    boolean cancelling() {
        return "annuler".equals(sens);
    }

    RecurringDays.Pattern pattern() {
        Set<DayOfWeek> days = jours == null || jours.isEmpty() ? Set.of() : EnumSet.copyOf(jours);
        return new RecurringDays.Pattern(days, du, au, rythme == null ? RecurringDays.Rhythm.EVERY_WEEK : rythme);
    }

    public Long getActivite() {
        return activite;
    }

    public void setActivite(Long activite) {
        this.activite = activite;
    }

    public Long getPeriode() {
        return periode;
    }

    public void setPeriode(Long periode) {
        this.periode = periode;
    }

    public List<DayOfWeek> getJours() {
        return jours;
    }

    public void setJours(List<DayOfWeek> jours) {
        this.jours = jours;
    }

    public String getDu() {
        return du;
    }

    public void setDu(String du) {
        this.du = du;
    }

    public String getAu() {
        return au;
    }

    public void setAu(String au) {
        this.au = au;
    }

    public RecurringDays.Rhythm getRythme() {
        return rythme;
    }

    public void setRythme(RecurringDays.Rhythm rythme) {
        this.rythme = rythme;
    }

    public String getSens() {
        return sens;
    }

    public void setSens(String sens) {
        this.sens = "annuler".equals(sens) ? "annuler" : "reserver";
    }
}
