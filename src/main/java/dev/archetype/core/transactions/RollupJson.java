package dev.archetype.core.transactions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The attribute roll-up in the CLI's JSON: each archetype gains
 * {@code "attributes": [{"attribute": "Varietal", "level": "Pinot Noir", "share": 0.86, "overall": 0.14,
 * "lift": 6.1, "text": "..."}, {"attribute": "Minimum Qty (kg)", "mean": 10, "overall": 58.4, ...}]},
 * strongest first.
 */
public final class RollupJson {
    /** How many lifts each archetype lists. */
    public static final int LIMIT = 6;

    private RollupJson() {
    }

    /** The strongest lifts of one cluster (0-based). */
    public static ArrayNode attributes(AttributeRollup rollup, int cluster) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (AttributeLift l : rollup.strongest(cluster, LIMIT)) {
            ObjectNode o = array.addObject();
            o.put("attribute", l.attribute());
            if (l instanceof AttributeLift.Level lv) {
                o.put("level", lv.level());
                o.put("share", round(lv.share()));
                o.put("overall", round(lv.overallShare()));
                o.put("lift", round(lv.lift()));
            } else {
                AttributeLift.Mean m = (AttributeLift.Mean) l;
                o.put("mean", round(m.mean()));
                o.put("overall", round(m.overallMean()));
                if (!Double.isNaN(m.ratio())) o.put("ratio", round(m.ratio()));
            }
            o.put("score", round(l.score()));
            o.put("text", l.describe());
        }
        return array;
    }

    /**
     * Adds {@code "attributes"} to every object of an {@code archetypes} array whose {@code "cluster"} (1-based)
     * the roll-up covers, and sets {@code "name"} to the roll-up's drafted name when {@code useNames}.
     */
    public static void addTo(ArrayNode archetypes, AttributeRollup rollup, boolean useNames) {
        for (JsonNode node : archetypes) {
            if (!(node instanceof ObjectNode o) || !o.has("cluster")) continue;
            int cluster = o.get("cluster").asInt() - 1;
            if (cluster < 0 || cluster >= rollup.k()) continue;
            if (useNames) o.put("name", rollup.name(cluster));
            o.set("attributes", attributes(rollup, cluster));
        }
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 10_000) / 10_000.0 : v;
    }
}
