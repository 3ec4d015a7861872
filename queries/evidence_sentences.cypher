// name: evidence_sentences
// description: Every evidence sentence by the id of its Evidence row (`search_sentences` gives the edges they stand behind).
MATCH (v:Evidence)
RETURN v.id AS id, v.sentence AS sentence
