// name: organisations
// description: The fields a lineage or report shows for the given organisation keys.
// param keys: LIST<STRING>
UNWIND $keys AS k MATCH (o:Organisation {key: k})
RETURN o.key AS key, o.name AS title, o.name_en AS name_en, o.level AS level,
       o.province AS province, o.province_today AS province_today
