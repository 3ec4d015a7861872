// name: organisation_names
// description: Every organisation with its names.
MATCH (o:Organisation)
RETURN o.key AS key, o.name AS name, o.name_en AS name_en, o.level AS level,
       o.province AS province
