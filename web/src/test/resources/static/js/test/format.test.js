import { afterColon, formatDay, formatInstant, formatNumber, listOf } from '../format.js';
import { plural } from '../i18n.js';
import { assertEqual, test } from './harness.js';

const LANGUAGE = 'atelier.lang';

function inLanguage(language, body) {
  const before = localStorage.getItem(LANGUAGE);
  localStorage.setItem(LANGUAGE, language);
  try {
    return body();
  } finally {
    if (before === null) {
      localStorage.removeItem(LANGUAGE);
    } else {
      localStorage.setItem(LANGUAGE, before);
    }
  }
}

const utc = (text) => text.replace(/\u202f|\u00a0/g, ' ');

test('a moment is said as "3 déc. 2026, 20:58:51" in French, the same way on every page', () => {
  const at = new Date(2026, 11, 3, 20, 58, 51).toISOString();
  assertEqual(utc(inLanguage('fr', () => formatInstant(at))), '3 déc. 2026, 20:58:51');
  assertEqual(utc(inLanguage('fr', () => formatInstant(at, { withSeconds: false }))), '3 déc. 2026, 20:58');
});

test('a moment is said as "3 Dec 2026, 20:58" in English', () => {
  const at = new Date(2026, 11, 3, 20, 58, 51).toISOString();
  assertEqual(utc(inLanguage('en', () => formatInstant(at, { withSeconds: false }))), '3 Dec 2026, 20:58');
});

test('a day without time is said in the same words as a moment', () => {
  assertEqual(utc(inLanguage('fr', () => formatDay('2026-11-12'))), '12 nov. 2026');
  assertEqual(inLanguage('fr', () => formatDay('not a date')), 'not a date');
});

test('numbers carry the language\'s separators', () => {
  assertEqual(utc(inLanguage('fr', () => formatNumber(15000.5, 1))), '15 000,5');
  assertEqual(inLanguage('en', () => formatNumber(15000.5, 1)), '15,000.5');
});

test('French says 0 and 1 in the singular: "0 participant sur 3 a terminé l\'étape"', () => {
  assertEqual(utc(plural('ready.count', 0, { total: 3 })), '0 participant sur 3 a terminé l\'étape');
  assertEqual(utc(plural('ready.count', 1, { total: 3 })), '1 participant sur 3 a terminé l\'étape');
  assertEqual(utc(plural('ready.count', 2, { total: 3 })), '2 participants sur 3 ont terminé l\'étape');
});

test('French says "0 événement sur 0" for a rebuild with nothing to do', () => {
  assertEqual(utc(plural('rebuild.progressText', 0, { done: 0, total: 0, percent: 0 })), '0 événement sur 0 (0 %)');
  assertEqual(utc(plural('rebuild.progressText', 2, { done: 2, total: 5, percent: 40 })), '2 événements sur 5 (40 %)');
});

test('a refusal after a colon goes on in lower case, acronyms kept', () => {
  assertEqual(afterColon('Vous avez posé toutes vos gommettes.'), 'vous avez posé toutes vos gommettes.');
  assertEqual(afterColon('ESS seulement'), 'ESS seulement');
  assertEqual(afterColon(''), '');
});

test('a list is said as the language joins it: "A, B et C", "A, B and C"; one item alone, none as nothing', () => {
  assertEqual(inLanguage('fr', () => listOf(['Ecolab', 'Tisser', 'Numérique'])), 'Ecolab, Tisser et Numérique', 'French');
  assertEqual(inLanguage('en', () => listOf(['Ecolab', 'Tisser', 'Numérique'])), 'Ecolab, Tisser, and Numérique', 'English');
  assertEqual(inLanguage('fr', () => listOf(['Ecolab', 'Tisser'])), 'Ecolab et Tisser', 'two');
  assertEqual(listOf(['Ecolab']), 'Ecolab', 'one');
  assertEqual(listOf([]), '', 'none');
});
