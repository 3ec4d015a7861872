// name: unresolved
// description: References that fit several documents and were not guessed, with their candidates.
MATCH (u:Unresolved)
RETURN u.canonical AS reference, u.relation AS relation, u.reason AS reason,
       u.candidates AS candidates, u.source AS source, u.sentence AS sentence
ORDER BY reference, source
