// The local id of a person without a Wikidata id: `local:` + slug(name).
// Letters that NFD does not decompose are spelled out, and apostrophes dropped ('N'Tam' -> 'ntam'), so no name
// turns into stray one-letter pieces ('Błaszczak' -> 'blaszczak', not 'b-aszczak').
const SPELLED = { ł: 'l', ø: 'o', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ı: 'i' };
export const slug = (name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[łøðþæœßđı]/g, (c) => SPELLED[c]).replace(/['’ʻʼ`]/g, '')
  .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
