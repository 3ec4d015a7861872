// name: mentions
// description: Every edge that touches a document, both ways, with its evidence.
// param key: STRING
// Neo4j spells the relationship type type(r); the LadybugDB twin uses label(r).
MATCH (d:Document)-[r]->(x) WHERE d.key = $key
RETURN 'out' AS direction, type(r) AS relation, x.key AS other_key,
       coalesce(x.number, x.name, x.title) AS other, r.sources AS sources,
       r.surfaces AS surfaces, r.sentences AS sentences, r.confidence AS confidence
UNION ALL
MATCH (x)-[r]->(d:Document) WHERE d.key = $key
RETURN 'in' AS direction, type(r) AS relation, x.key AS other_key,
       coalesce(x.number, x.name, x.title) AS other, r.sources AS sources,
       r.surfaces AS surfaces, r.sentences AS sentences, r.confidence AS confidence
