package dev.archetype.core.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archetype.core.model.FittedProfile;
import dev.archetype.core.profile.ColumnStats;
import dev.archetype.core.profile.FeatureContrast;
import dev.archetype.core.profile.MembershipRule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The "fitted" section of a project file: a {@link FittedProfile} as JSON, numbers written to round-trip exactly. */
final class FittedProfileJson {
    private FittedProfileJson() { }

    static void write(ObjectNode root, FittedProfile p) {
        ObjectNode o = root.putObject("fitted");
        o.put("engine", p.engine());
        o.put("data", p.data());
        o.put("rows", p.rows());
        o.put("sse", p.sse());
        o.put("sampleRows", p.sampleRows());
        ArrayNode sizes = o.putArray("sizes");
        for (int s : p.sizes()) sizes.add(s);
        ArrayNode stability = o.putArray("stability");
        for (double s : p.stability()) {
            if (Double.isNaN(s)) stability.addNull(); else stability.add(s);
        }
        ArrayNode columns = o.putArray("columns");
        for (ColumnStats s : p.stats()) {
            ObjectNode c = columns.addObject();
            c.put("column", s.column());
            if (s instanceof ColumnStats.Moments m) {
                c.put("kind", m.kind().name());
                longs(c.putArray("n"), m.n());
                doubles(c.putArray("mean"), m.mean());
                doubles(c.putArray("m2"), m.m2());
            } else if (s instanceof ColumnStats.Counts t) {
                c.put("kind", t.flag() ? "FLAG" : "LEVELS");
                ArrayNode levels = c.putArray("levels");
                t.levels().forEach(levels::add);
                ArrayNode table = c.putArray("counts");
                for (long[] row : t.table()) longs(table.addArray(), row);
            }
        }
        ArrayNode rules = o.putArray("rules");
        for (MembershipRule r : p.rules()) {
            if (r == null) {
                rules.addNull();
                continue;
            }
            ObjectNode rule = rules.addObject();
            rule.put("precision", r.precision());
            rule.put("recall", r.recall());
            ArrayNode conditions = rule.putArray("conditions");
            for (MembershipRule.Condition c : r.conditions()) {
                ObjectNode cond = conditions.addObject();
                cond.put("feature", c.feature());
                cond.put("op", c.op());
                if (c.value() instanceof Double v) cond.put("value", v); else cond.put("value", String.valueOf(c.value()));
                if (c.percent()) cond.put("percent", true);
            }
        }
    }

    static FittedProfile read(JsonNode root, Path file) throws ProjectFileException {
        JsonNode o = root.path("fitted");
        if (o.isMissingNode() || o.isNull()) return null;
        try {
            int[] sizes = ints(array(o, "sizes"));
            double[] stability = new double[sizes.length];
            JsonNode st = array(o, "stability");
            for (int c = 0; c < stability.length; c++) stability[c] = st.path(c).isNumber() ? st.get(c).doubleValue() : Double.NaN;
            List<ColumnStats> stats = new ArrayList<>();
            for (JsonNode c : array(o, "columns")) {
                String column = text(c, "column");
                String kind = text(c, "kind");
                if (kind.equals("FLAG") || kind.equals("LEVELS")) {
                    List<String> levels = new ArrayList<>();
                    for (JsonNode l : array(c, "levels")) levels.add(l.asText());
                    JsonNode counts = array(c, "counts");
                    long[][] table = new long[counts.size()][];
                    for (int k = 0; k < table.length; k++) table[k] = longs(counts.get(k));
                    stats.add(new ColumnStats.Counts(column, levels, table, kind.equals("FLAG")));
                } else {
                    stats.add(new ColumnStats.Moments(column, FeatureContrast.Kind.valueOf(kind), longs(array(c, "n")),
                            doubles(array(c, "mean")), doubles(array(c, "m2"))));
                }
            }
            List<MembershipRule> rules = new ArrayList<>();
            for (JsonNode r : array(o, "rules")) {
                if (r.isNull()) {
                    rules.add(null);
                    continue;
                }
                List<MembershipRule.Condition> conditions = new ArrayList<>();
                for (JsonNode c : array(r, "conditions")) {
                    JsonNode v = c.path("value");
                    conditions.add(new MembershipRule.Condition(text(c, "feature"), text(c, "op"),
                            v.isNumber() ? (Object) v.doubleValue() : v.asText(), c.path("percent").asBoolean(false)));
                }
                rules.add(new MembershipRule(conditions, number(r, "precision"), number(r, "recall")));
            }
            return new FittedProfile(text(o, "engine"), text(o, "data"), o.path("rows").asLong(), sizes, stats, rules, stability,
                    number(o, "sse"), o.path("sampleRows").asInt());
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(file, "its \"fitted\" section is damaged: " + e.getMessage(), e);
        }
    }

    private static void longs(ArrayNode a, long[] v) { for (long x : v) a.add(x); }

    private static void doubles(ArrayNode a, double[] v) {
        for (double x : v) {
            if (Double.isFinite(x)) a.add(x); else a.addNull();
        }
    }

    private static long[] longs(JsonNode a) {
        long[] v = new long[a.size()];
        for (int i = 0; i < v.length; i++) {
            if (!a.get(i).isIntegralNumber()) throw new IllegalArgumentException("a count is not a whole number");
            v[i] = a.get(i).longValue();
        }
        return v;
    }

    private static int[] ints(JsonNode a) {
        long[] l = longs(a);
        int[] v = new int[l.length];
        for (int i = 0; i < v.length; i++) v[i] = Math.toIntExact(l[i]);
        return v;
    }

    private static double[] doubles(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.get(i).isNumber() ? a.get(i).doubleValue() : Double.NaN;
        return v;
    }

    private static JsonNode array(JsonNode o, String field) { return ModelJson.required(o, field); }

    private static String text(JsonNode o, String field) { return ModelJson.text(o, field); }

    private static double number(JsonNode o, String field) { return ModelJson.number(o, field); }
}
