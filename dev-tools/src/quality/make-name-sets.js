// Builds the party-name evaluation sets of NameQualityHarness from public packages (see make-name-sets.sh):
//   arabic-latin-npm.tsv     Arabic-script given names and their English spellings (npm arabic-name-to-en, ISC)
//   cyrillic-latin-uk.tsv    Ukrainian family names (hunspell-uk dictionary) and their Ukrainian passport romanisation
//   cyrillic-latin-ru.tsv    the same names and their Russian-style romanisation (npm cyrillic-to-translit-js, MIT)
//   slavic-systems.tsv       the two romanisations against each other (Latin against Latin)
// One true pair a line, "name1<TAB>name2"; the harness adds decoys. Names are picked by rule, never by score.
'use strict';
const fs = require('fs');
const path = require('path');
const [, , packages, dictionary, out] = process.argv;

const arabic = require(path.join(packages, 'arabic-name-to-en/package/cases/fullnamedb.js'));
const arabicRows = Object.entries(arabic)
  .filter(([ar, en]) => /^[\u0600-\u06FF]+$/.test(ar) && /^[A-Za-z]+$/.test(en))
  .map(([ar, en]) => `${ar}\t${en}`);

const CyrillicToTranslit = require(path.join(packages, 'cyrillic-to-translit-js/package/dist/bundle.js'));
const uk = new CyrillicToTranslit({ preset: 'uk' });
const ru = new CyrillicToTranslit({ preset: 'ru' });
// family names by their Ukrainian suffixes; the dictionary's other capitalised words are places and acronyms
const SURNAME = /^[А-ЯІЇЄҐ][а-яіїєґ']+(енко|чук|щук|юк|ук|ський|цький|ович|евич|ишин|ів)$/;
const words = fs.readFileSync(dictionary, 'utf8').split('\n').slice(1).map(line => line.split('/')[0]);
const surnames = [...new Set(words.filter(word => SURNAME.test(word)))].sort();
// every fourth name, so that the set stays quick to score and spread over the alphabet
const picked = surnames.filter((_, i) => i % 4 === 0);
const capitalised = s => s.charAt(0).toUpperCase() + s.slice(1);
const ukRows = [];
const ruRows = [];
const systemRows = [];
for (const name of picked) {
  const latinUk = capitalised(uk.transform(name).replace(/'/g, ''));
  const latinRu = capitalised(ru.transform(name).replace(/'/g, ''));
  if (!/^[A-Za-z]+$/.test(latinUk) || !/^[A-Za-z]+$/.test(latinRu)) continue;
  ukRows.push(`${name}\t${latinUk}`);
  ruRows.push(`${name}\t${latinRu}`);
  if (latinUk !== latinRu) systemRows.push(`${latinUk}\t${latinRu}`);
}
fs.mkdirSync(out, { recursive: true });
const write = (file, rows) => fs.writeFileSync(path.join(out, file), rows.join('\n') + '\n');
write('arabic-latin-npm.tsv', arabicRows);
write('cyrillic-latin-uk.tsv', ukRows);
write('cyrillic-latin-ru.tsv', ruRows);
write('slavic-systems.tsv', systemRows);
console.log(`arabic-latin-npm ${arabicRows.length}, cyrillic-latin-uk ${ukRows.length}, ` +
  `cyrillic-latin-ru ${ruRows.length}, slavic-systems ${systemRows.length} pairs in ${out}`);
