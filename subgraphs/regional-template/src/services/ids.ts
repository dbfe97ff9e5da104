/** Ids are UUIDs; anything else cannot name a row (and must not reach a uuid comparison in SQL). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
