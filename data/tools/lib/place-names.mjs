// Spellings of place names shared by the gazetteer tools.

// The letters Parley's name matcher folds itself (Parley.Pipeline.Entities.NamePhrases.Accented): 'Gdańsk' matches 'Gdansk'.
const FOLDED = new Set('àáâãäåāăąçćčďđèéêëēėęěğìíîïīįıłñńňòóôõöøōőřśşšťùúûüūůűųýÿźżžÀÁÂÃÄÅĀĂĄÇĆČĎĐÈÉÊËĒĖĘĚĞÌÍÎÏĪĮİŁÑŃŇÒÓÔÕÖØŌŐŘŚŞŠŤÙÚÛÜŪŮŰŲÝŸŹŻŽ');

/**
 * Whether a name has a marked letter the matcher does not fold: the ḩ, ţ, ḑ, z̧, ṟ of GeoNames' and ISO's romanisations
 * of Arabic and Pashto ('Rafaḩ', 'Kunaṟ'). Such a name needs its plain spelling listed ('Rafah') to be found in news.
 */
export const unfolded = (s) => [...s].some((ch) => !FOLDED.has(ch) && /\p{M}/u.test(ch.normalize('NFD')));

// Transliterations mark Arabic 'ayn and hamza with apostrophe-like letters that English news leaves out.
const APOSTROPHES = /['’‘ʻʼ`]/g;

/** The name without diacritics and transliteration apostrophes: 'Al Ḩudaydah' → 'Al Hudaydah', 'Şāʻdah' → 'Sadah'. */
export const plain = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(APOSTROPHES, '').replace(/ı/g, 'i').normalize('NFC');

/** Lower-case plain key for comparing names: 'Pul-e ‘Alam' and 'pul e alam' are one key. */
export const key = (s) => plain(s).toLowerCase().replace(/[-\s]+/g, ' ').trim();
