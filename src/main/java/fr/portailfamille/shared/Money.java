package fr.portailfamille.shared;

/**
 * An amount of euros in integer cents: money is never a floating-point number here.
 */
public record Money(long cents) implements Comparable<Money>, java.io.Serializable {

    public static final Money ZERO = new Money(0);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money negate() {
        return new Money(Math.negateExact(cents));
    }

    public Money abs() {
        return cents < 0 ? negate() : this;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    public boolean isZero() {
        return cents == 0;
    }

    public static Money min(Money a, Money b) {
        return a.cents <= b.cents ? a : b;
    }

    /** French format: {@code 1 234,56 €} with non-breaking spaces. */
    public String format() {
        long abs = Math.abs(cents);
        String euros = Long.toString(abs / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < euros.length(); i++) {
            if (i > 0 && (euros.length() - i) % 3 == 0) {
                grouped.append('\u00a0');
            }
            grouped.append(euros.charAt(i));
        }
        long rest = abs % 100;
        return (cents < 0 ? "-" : "") + grouped + "," + (rest < 10 ? "0" : "") + rest + "\u00a0€";
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return format();
    }
}
