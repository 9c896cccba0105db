// Builds the name lexicon: one normalised name a line (lower case, no accents), a tab, and
// its flags: F first name, L last name, W also an ordinary French word. See refresh.sh.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';

const [fakerDir, wordsFile, toolDir, target, version] = process.argv.slice(2);
const faker = await import(pathToFileURL(path.join(fakerDir, 'dist', 'index.js')).href);

// French locales, then the languages of the largest communities living in France.
const locales = ['fr', 'fr_BE', 'fr_CA', 'fr_CH', 'fr_LU', 'fr_SN', 'en', 'en_NG', 'en_GH', 'yo_NG',
  'es', 'it', 'pt_PT', 'pt_BR', 'tr', 'vi', 'de', 'nl', 'pl', 'ro', 'ku_kmr_latin', 'az',
  'sr_RS_latin', 'hr', 'cs_CZ', 'sk', 'id_ID', 'uz_UZ_latin'];

// The same folding as TextTokens.Normalize: accents removed, lower case, « œ » as « oe », « æ » as « ae ».
const normalise = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/’/g, "'");
const words = (s) => s.split(/[\s]+/).filter((w) => w.length > 0);
const names = new Map();
const mark = (raw, flag) => {
  for (const w of words(raw)) {
    const n = normalise(w);
    if (n.length < 3 || !/^\p{L}+(?:['-]\p{L}+)*$/u.test(n)) continue;
    names.set(n, (names.get(n) ?? new Set()).add(flag));
  }
};
const all = (group) => group ? [...(group.generic ?? []), ...(group.female ?? []), ...(group.male ?? [])] : [];
for (const locale of locales) {
  const key = Object.keys(faker).find((k) => k.toLowerCase() === `faker${locale}`.toLowerCase());
  const person = faker[key]?.rawDefinitions?.person;
  if (!person) throw new Error(`no person names for locale ${locale}`);
  all(person.first_name).forEach((n) => mark(n, 'F'));
  all(person.last_name).forEach((n) => mark(n, 'L'));
}
const extra = (file) => fs.readFileSync(path.join(toolDir, file), 'utf8').split('\n').filter((l) => !l.startsWith('#')).join(' ');
words(extra('extra-first-names.txt')).forEach((n) => mark(n, 'F'));
// Last names may hold a space ("Da Silva"): each word counts.
words(extra('extra-last-names.txt')).forEach((n) => mark(n, 'L'));

const french = new Set(fs.readFileSync(wordsFile, 'utf8').split('\n').map(normalise));
// A simple-past form of an -er verb ("moussa" from "mousser") is no ordinary word in a report.
const isWord = (n) => french.has(n) && !(n.endsWith('a') && french.has(`${n.slice(0, -1)}er`));
const lines = [...names.entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([n, flags]) => `${n}\t${['F', 'L'].filter((f) => flags.has(f)).join('')}${isWord(n) ? 'W' : ''}`);
fs.mkdirSync(target, { recursive: true });
fs.writeFileSync(path.join(target, 'lexicon.tsv.gz'), zlib.gzipSync(lines.join('\n') + '\n', { level: 9 }));
fs.writeFileSync(path.join(target, 'README.md'), `# Name lexicon of the personal-data detector

\`lexicon.tsv.gz\`: ${lines.length} normalised names (lower case, accents removed), one a line,
with flags: \`F\` first name, \`L\` last name, \`W\` also an ordinary French word (such a name
needs more evidence before it counts as a person).

Sources: the person-name lists of @faker-js/faker ${version} (MIT) for the locales
${locales.join(', ')}; the lists \`tools/privacy/extra-*.txt\` written by the Coprod team;
the word list of the Debian package wfrench (GPL-2+), used only for the \`W\` flag.
Regenerate with \`tools/privacy/refresh.sh\`.

\`famous-names.txt\` (ours): people whose names French streets, schools and public places
commonly carry; a match is a place, not a person, unless a title or an age says otherwise.
`);
console.log(`${lines.length} names written to ${target}`);
