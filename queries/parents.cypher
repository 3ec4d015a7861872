// name: parents
// description: One step up a lineage walk: what the given documents point at by the given relations.
// param keys: LIST<STRING>
// param relations: LIST<STRING>
// Used by `vanban lineage` level by level; labels are spelled out so that both engines
// name the relation without type()/label().
MATCH (d:Document)-[r:IMPLEMENTS]->(x:Document) WHERE d.key IN $keys AND 'IMPLEMENTS' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'IMPLEMENTS' AS relation, r.sources AS sources, r.sentences AS sentences, r.confidence AS confidence
UNION ALL
MATCH (d:Document)-[r:GUIDES]->(x:Document) WHERE d.key IN $keys AND 'GUIDES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'GUIDES' AS relation, r.sources AS sources, r.sentences AS sentences, r.confidence AS confidence
UNION ALL
MATCH (d:Document)-[r:CONTINUES]->(x:Document) WHERE d.key IN $keys AND 'CONTINUES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'CONTINUES' AS relation, r.sources AS sources, r.sentences AS sentences, r.confidence AS confidence
UNION ALL
MATCH (d:Document)-[r:BASED_ON]->(x:Document) WHERE d.key IN $keys AND 'BASED_ON' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'BASED_ON' AS relation, r.sources AS sources, r.sentences AS sentences, r.confidence AS confidence
UNION ALL
MATCH (d:Document)-[r:AMENDS]->(x:Document) WHERE d.key IN $keys AND 'AMENDS' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'AMENDS' AS relation, r.sources AS sources, r.sentences AS sentences, r.confidence AS confidence
UNION ALL
MATCH (d:Document)-[r:REPLACES]->(x:Document) WHERE d.key IN $keys AND 'REPLACES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'REPLACES' AS relation, r.sources AS sources, r.sentences AS sentences, r.confidence AS confidence
UNION ALL
MATCH (d:Document)-[r:REPEALS]->(x:Document) WHERE d.key IN $keys AND 'REPEALS' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'REPEALS' AS relation, r.sources AS sources, r.sentences AS sentences, r.confidence AS confidence
UNION ALL
MATCH (d:Document)-[r:CITES]->(x:Document) WHERE d.key IN $keys AND 'CITES' IN $relations
RETURN d.key AS frontier, x.key AS reached, 'CITES' AS relation, r.sources AS sources, r.sentences AS sentences, r.confidence AS confidence
