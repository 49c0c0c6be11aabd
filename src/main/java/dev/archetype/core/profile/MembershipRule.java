package dev.archetype.core.profile;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How to recognise an archetype's members in plain terms: at most three conditions on original columns, with
 * how often the rule is right (precision: of the customers it picks, the share in this archetype) and how much
 * of the archetype it catches (recall).
 *
 * @param conditions the conditions, all of which must hold
 * @param precision  customers meeting the rule who are in the archetype, over all customers meeting it (0..1)
 * @param recall     the archetype's members meeting the rule, over all its members (0..1)
 */
public record MembershipRule(List<Condition> conditions, double precision, double recall) {

    /**
     * One condition in original units.
     *
     * @param feature the original column
     * @param op      {@code <=}, {@code >}, {@code ==} or {@code !=}
     * @param value   a number for {@code <=} and {@code >}, a level for {@code ==} and {@code !=}
     * @param percent whether the number is a share 0..1 shown as a percentage ("Tables > 30%")
     */
    public record Condition(String feature, String op, Object value, boolean percent) {
        public Condition {
            Objects.requireNonNull(feature, "feature");
            if (!List.of("<=", ">", "==", "!=").contains(op)) throw new IllegalArgumentException("unknown op " + op);
            Objects.requireNonNull(value, "value");
        }

        public Condition(String feature, String op, Object value) {
            this(feature, op, value, false);
        }

        /** "Grocery > 9,500", "Region == 3", "Tables > 30%". */
        public String text() {
            String v = value instanceof Double d ? (percent ? NumberText.percent(d) : NumberText.format(d)) : String.valueOf(value);
            String shownOp = switch (op) {
                case "<=" -> "≤";
                case "!=" -> "≠";
                case "==" -> "=";
                default -> op;
            };
            return feature + " " + shownOp + " " + v;
        }
    }

    public MembershipRule {
        conditions = List.copyOf(conditions);
    }

    /** "Grocery > 9,500 and Detergents_Paper > 3,800 — 91% of these customers are in this archetype, it covers 84% of it". */
    public String text() {
        return String.join(" and ", conditions.stream().map(Condition::text).toList()) + " — "
                + NumberText.percent(precision) + " of these customers are in this archetype, it covers "
                + NumberText.percent(recall) + " of it";
    }

    /** The conditions alone, "Grocery > 9,500 and Detergents_Paper > 3,800". */
    public String conditionsText() {
        return String.join(" and ", conditions.stream().map(Condition::text).toList());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (precision %.3f, recall %.3f)", conditionsText(), precision, recall);
    }
}
