// name: search_sentences
// description: The evidence sentences of every edge, with the two nodes they speak of (what `vanban search` reads besides titles).
MATCH (x)-[r]->(y)
RETURN x.key AS subject, y.key AS target, r.sentences AS sentences
