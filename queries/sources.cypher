// name: sources
// description: Paths and languages of the given sources.
// param ids: LIST<STRING>
UNWIND $ids AS i MATCH (s:Source {id: i})
RETURN s.id AS id, s.path AS path, s.language AS language, s.title AS title
