package dev.archetype.core.profile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code "archetypes"} array of the CLI's JSON output:
 * {@code [{"cluster": 1, "name": "...", "size": 120, "share": 0.2727, "distinctive": ["...", ...]}]}
 * (RFM archetypes add {@code "figures": "last bought 5 days ago, 12 orders, spent 3,400"}),
 * clusters numbered from 1 as users see them.
 */
public final class ArchetypesJson {
    private ArchetypesJson() { }

    public static ArrayNode toJson(ClusterProfile profile) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Archetype a : profile.archetypes()) {
            ObjectNode o = array.addObject();
            o.put("cluster", a.cluster() + 1);
            o.put("name", a.name());
            if (a.figures() != null) o.put("figures", a.figures());
            o.put("size", a.size());
            o.put("share", Math.round(a.share() * 10_000) / 10_000.0);
            if (!Double.isNaN(a.stability())) {
                o.put("stability", Math.round(a.stability() * 1000) / 1000.0);
                o.put("stabilityWord", dev.archetype.core.cluster.BootstrapStability.word(a.stability()));
            }
            ArrayNode d = o.putArray("distinctive");
            for (String phrase : a.phrases()) d.add(phrase);
            if (a.rule() != null) {
                ObjectNode rule = o.putObject("rule");
                rule.put("text", a.rule().text());
                ArrayNode conditions = rule.putArray("conditions");
                for (MembershipRule.Condition c : a.rule().conditions()) {
                    ObjectNode cond = conditions.addObject();
                    cond.put("feature", c.feature());
                    cond.put("op", c.op());
                    if (c.value() instanceof Double v) cond.put("value", v); else cond.put("value", String.valueOf(c.value()));
                }
                rule.put("precision", a.rule().precision());
                rule.put("recall", a.rule().recall());
            }
        }
        return array;
    }
}
