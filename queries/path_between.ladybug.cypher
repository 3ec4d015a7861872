// name: path_between
// description: The shortest chain of relations, in either direction, between two documents.
// param from: STRING
// param to: STRING
// LadybugDB writes shortest paths as [* SHORTEST]; the Neo4j twin uses shortestPath().
MATCH p = (a:Document)-[* SHORTEST 1..8]-(b:Document)
WHERE $from IN a.lookup AND $to IN b.lookup
RETURN list_transform(nodes(p), n -> coalesce(n.number, n.name, n.title)) AS chain,
       list_transform(rels(p), r -> label(r)) AS relations, length(p) AS steps
