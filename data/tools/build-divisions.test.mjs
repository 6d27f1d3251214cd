// Specification of build-divisions.mjs and lib/place-names.mjs: names, spellings and places of ISO 3166-2 divisions.
// Run: node --test data/tools/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseName, spellings, bareAllowed, centre, admin1Codes, indonesianEnglish } from './build-divisions.mjs';
import { plain, key, unfolded } from './lib/place-names.mjs';

test('plain spellings drop marks the matcher does not fold and transliteration apostrophes', () => {
  assert.equal(plain('Al Ḩudaydah'), 'Al Hudaydah');
  assert.equal(plain('Kunaṟ'), 'Kunar');
  assert.equal(plain('Şāʻdah'), 'Sadah');
  assert.equal(key('Pul-e ‘Alam'), 'pul e alam');
  assert.equal(unfolded('Rafaḩ'), true);
  assert.equal(unfolded('Gdańsk'), false); // the matcher folds ń itself
  assert.equal(unfolded('Herat'), false);
});

test('the kind word is dropped from the name and put back capitalised', () => {
  assert.equal(baseName('Zakarpatska oblast', 'Oblast'), 'Zakarpatska');
  assert.equal(baseName('Badakhshān', 'Province'), 'Badakhshān');
  assert.deepEqual(spellings('Paktīkā', 'Province'), ['Paktika', 'Paktika Province']);
  assert.deepEqual(spellings('Ḩajjah', 'Governorate', false), ['Hajjah Governorate', 'Hajjah Province']);
  assert.deepEqual(spellings('Al Jawf', 'Governorate'),
    ['Al Jawf', 'Al Jawf Governorate', 'Al Jawf Province', 'al-Jawf', 'al-Jawf Governorate', 'al-Jawf Province', 'Al-Jawf', 'Al-Jawf Governorate', 'Al-Jawf Province']);
});

const taken = {
  commonWords: new Set(['bay', 'lake', 'central', 'northern']),
  givenNames: new Set(['Victoria']),
  directions: new Set(['north', 'central', 'northern']),
  names: new Set(['kandahar', 'somali']),
};

test('a name alone stands for the division only when it means nothing else', () => {
  assert.equal(bareAllowed('Kunar', taken), true);
  assert.equal(bareAllowed('Bay', taken), false); // a common word
  assert.equal(bareAllowed('Lakes', taken), false); // its plural
  assert.equal(bareAllowed('Northern', taken), false);
  assert.equal(bareAllowed('Central Northern', taken), false); // words that are all directions or common
  assert.equal(bareAllowed('North Kordofan', taken), true);
  assert.equal(bareAllowed('Victoria', taken), false); // a given name
  assert.equal(bareAllowed('Kandahar', taken), false); // a town's name
  assert.equal(bareAllowed('Somali', taken), false); // a demonym
  assert.equal(bareAllowed('Southern Nations, Nationalities and Peoples', taken), false);
});

const town = (cityId, name, adminCode, population, featureCode = 'PPL', lat = 0, lon = 0) =>
  ({ cityId, name, adminCode, population, featureCode, loc: { coordinates: [lon, lat] } });

test('a division is placed at the centre of its five largest towns', () => {
  const towns = [1, 2, 3, 4, 5].map((n) => town(n, `T${n}`, '01', n * 1000, 'PPL', n, -n)).concat([town(9, 'Tiny', '01', 10, 'PPL', 90, 90)]);
  assert.deepEqual(centre(towns), { lat: '3.0000', lon: '-3.0000' });
});

test('the GeoNames code comes from the seat of the same name, a listed seat, or the one left over', () => {
  const divisions = [
    { code: 'XX-KAN', base: 'Kandahar' }, { code: 'XX-KNR', base: 'Kunar' }, { code: 'XX-HEL', base: 'Helmand' },
  ];
  const towns = [
    town(1, 'Kandahār', '23', 400000, 'PPLA'), town(2, 'Asadābād', '34', 48000, 'PPLA'), town(3, 'Lashkar Gāh', '10', 200000, 'PPLA'),
    town(4, 'Spin Boldak', '23', 15000),
  ];
  const codes = admin1Codes(divisions, towns, new Map([['XX-KNR', 'Asadabad']]));
  assert.deepEqual([...codes], [['XX-KAN', '23'], ['XX-KNR', '34'], ['XX-HEL', '10']]);
});

test('a small town of the division\'s name elsewhere is not taken for its seat', () => {
  const codes = admin1Codes([{ code: 'XX-A', base: 'Alpha' }, { code: 'XX-B', base: 'Beta' }, { code: 'XX-C', base: 'Gamma' }],
    [town(1, 'Alpha', '02', 5000), town(2, 'Beta', '02', 90000, 'PPLA'), town(3, 'Delta', '03', 9000, 'PPLA'), town(4, 'Zeta', '04', 9000, 'PPLA')], new Map());
  assert.deepEqual([...codes], [['XX-B', '02']]);
});

test('short names and foreign direction words are not names alone; Persian "va" is "and"', () => {
  const withFrench = { ...taken, directions: new Set([...taken.directions, 'nord', 'est', 'ouest', 'centre']) };
  assert.equal(bareAllowed('Mon', withFrench), false); // 'Mon' is also Monday's abbreviation
  assert.equal(bareAllowed('Est', withFrench), false);
  assert.equal(bareAllowed('Nord-Ouest', withFrench), false);
  assert.equal(bareAllowed('Artibonite', withFrench), true);
  assert.deepEqual(spellings('Sīstān va Balūchestān', 'Province'),
    ['Sistan va Baluchestan', 'Sistan va Baluchestan Province', 'Sistan and Baluchestan', 'Sistan and Baluchestan Province']);
});

test('Indonesian provinces get the English order of compass words and the English names of Java and Sumatra', () => {
  assert.equal(indonesianEnglish('Jawa Barat'), 'West Java');
  assert.equal(indonesianEnglish('Sulawesi Tenggara'), 'Southeast Sulawesi');
  assert.equal(indonesianEnglish('Sumatera Utara'), 'North Sumatra');
  assert.equal(indonesianEnglish('Nusa Tenggara Timur'), 'East Nusa Tenggara');
  assert.equal(indonesianEnglish('Riau'), null);
  assert.deepEqual(spellings('Kalimantan Tengah', 'Province', true, 'Central Kalimantan'),
    ['Kalimantan Tengah', 'Kalimantan Tengah Province', 'Central Kalimantan', 'Central Kalimantan Province']);
});
