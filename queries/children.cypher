// name: children
// description: One step of a lineage walk: what points at the given documents by the given relations.
// param keys: LIST<STRING>
// param relations: LIST<STRING>
// Used by `vanban lineage` level by level; labels are spelled out so that both engines
// name the relation without type()/label().
MATCH (x)-[r:IMPLEMENTS]->(d:Document) WHERE d.key IN $keys AND 'IMPLEMENTS' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'IMPLEMENTS' AS relation, r.sources AS sources, r.sentences AS sentences, r.confidence AS confidence
UNION ALL
MATCH (x)-[r:GUIDES]->(d:Document) WHERE d.key IN $keys AND 'GUIDES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'GUIDES' AS relation, r.sources AS sources, r.sentences AS sentences, r.confidence AS confidence
UNION ALL
MATCH (x)-[r:CONTINUES]->(d:Document) WHERE d.key IN $keys AND 'CONTINUES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'CONTINUES' AS relation, r.sources AS sources, r.sentences AS sentences, r.confidence AS confidence
UNION ALL
MATCH (x)-[r:BASED_ON]->(d:Document) WHERE d.key IN $keys AND 'BASED_ON' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'BASED_ON' AS relation, r.sources AS sources, r.sentences AS sentences, r.confidence AS confidence
UNION ALL
MATCH (x)-[r:AMENDS]->(d:Document) WHERE d.key IN $keys AND 'AMENDS' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'AMENDS' AS relation, r.sources AS sources, r.sentences AS sentences, r.confidence AS confidence
UNION ALL
MATCH (x)-[r:REPLACES]->(d:Document) WHERE d.key IN $keys AND 'REPLACES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'REPLACES' AS relation, r.sources AS sources, r.sentences AS sentences, r.confidence AS confidence
UNION ALL
MATCH (x)-[r:REPEALS]->(d:Document) WHERE d.key IN $keys AND 'REPEALS' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'REPEALS' AS relation, r.sources AS sources, r.sentences AS sentences, r.confidence AS confidence
UNION ALL
MATCH (x)-[r:CITES]->(d:Document) WHERE d.key IN $keys AND 'CITES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'CITES' AS relation, r.sources AS sources, r.sentences AS sentences, r.confidence AS confidence
