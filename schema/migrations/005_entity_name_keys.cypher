// Looking an entity up by an alias was a scan of every entity ($name IN n.foldedAliases: no index
// serves list membership). Each entity now also carries nameKeys, its folded name and aliases in
// one string, "|institute for the study of war|isw|", and a TEXT index answers
// `nameKeys CONTAINS '|isw|'` without reading the others.
CREATE TEXT INDEX entity_name_keys IF NOT EXISTS FOR (n:Entity) ON (n.nameKeys);
MATCH (e:Entity) WHERE e.nameKeys IS NULL
SET e.nameKeys = reduce(keys = '|', k IN [e.foldedName] + coalesce(e.foldedAliases, []) | keys + replace(k, '|', ' ') + '|');
