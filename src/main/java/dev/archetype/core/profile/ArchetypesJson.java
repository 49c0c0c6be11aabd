package dev.archetype.core.profile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code "archetypes"} array of the CLI's JSON output:
 * {@code [{"cluster": 1, "name": "...", "size": 120, "share": 0.2727, "distinctive": ["...", ...]}]},
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
            o.put("size", a.size());
            o.put("share", Math.round(a.share() * 10_000) / 10_000.0);
            ArrayNode d = o.putArray("distinctive");
            for (String phrase : a.phrases()) d.add(phrase);
        }
        return array;
    }
}
