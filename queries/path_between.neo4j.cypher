// name: path_between
// description: The shortest chain of relations, in either direction, between two documents.
// param from: STRING
// param to: STRING
// Neo4j writes shortest paths as shortestPath(); the LadybugDB twin uses [* SHORTEST].
// Where several shortest paths join the two, each engine may return another one: the
// same length and ends (tests/test_neo4j_server.py compares those).
MATCH (a:Document), (b:Document)
WHERE $from IN a.lookup AND $to IN b.lookup
MATCH p = shortestPath((a)-[*..8]-(b))
RETURN [n IN nodes(p) | coalesce(n.number, n.name, n.title)] AS chain,
       [r IN relationships(p) | type(r)] AS relations, length(p) AS steps
