import { likeness, NEAR, nearestIdea, words } from '../near-duplicate.js';
import { assertEqual, assertTrue, test } from './harness.js';

// Pairs from the labelled sets of the suggestion tests (query-side test resources).
const REWRITES = [
  ['Ouvrir une épicerie solidaire pour les étudiants', 'Ouvrir une epicerie solidaire pour les etudiantes et etudiants'],
  ['Des pistes cyclables sécurisées entre Saint-Étienne et les communes voisines',
    'Des pistes cyclables securisees entre St-Etienne et les communes voisines'],
  ['Un repair café chaque mois à la médiathèque', 'Un Repair Café tous les mois à la mediatheque'],
  ['Lancer une monnaie locale complémentaire', 'Lancer une monaie locale complementaire'],
  ['Les formulaires en ligne sont incompréhensibles', 'Les formulaires sur internet sont incompréhensibles'],
];
const SAME_SUBJECT_OTHER_IDEA = [
  ['Une épicerie sociale avec des prix adaptés aux revenus', 'Ouvrir une épicerie solidaire pour les étudiants'],
  ['Des garages à vélos couverts près des gares', 'Des pistes cyclables sécurisées entre Saint-Étienne et les communes voisines'],
  ['Les cantines servent des plats industriels aux enfants', 'Introduire plus de menus végétariens à la cantine'],
];

test('a French text is compared without case, accents, elisions, common words, plurals or feminine forms', () => {
  assertEqual(words("L'École des étudiantes"), words('les ecoles d etudiants'));
  assertEqual(words('Créer des locaux'), ['local']);
});

test('the rewrites of an idea (typos, accents, plurals) are near-duplicates', () => {
  for (const [first, second] of REWRITES) {
    assertTrue(likeness(first, second) >= NEAR, `${first} / ${second}: ${likeness(first, second)}`);
  }
});

test('two ideas on one subject are not near-duplicates', () => {
  for (const [first, second] of SAME_SUBJECT_OTHER_IDEA) {
    assertTrue(likeness(first, second) < NEAR, `${first} / ${second}: ${likeness(first, second)}`);
  }
});

test('the nearest idea is found among the board\'s, and none for a draft of one word', () => {
  const ideas = [
    { ideaId: 'a', text: 'Une épicerie sociale avec des prix adaptés aux revenus' },
    { ideaId: 'b', text: 'Ouvrir une épicerie solidaire pour les étudiants' },
  ];
  assertEqual(nearestIdea('ouvrir une epicerie solidaire pour etudiants', ideas)?.ideaId, 'b');
  assertEqual(nearestIdea('Épicerie', ideas), null);
  assertEqual(nearestIdea('Des concerts gratuits dans les parcs', ideas), null);
});
