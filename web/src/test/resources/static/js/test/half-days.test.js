import { calendar, formatHour, halfDayLine, halfDayState, nextSessionText } from '../half-days.js';
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

const local = (month, day, hour, minute = 0) => new Date(2026, month - 1, day, hour, minute).toISOString();
const SEED = [
  { phase: 'CRITIQUE', start: local(9, 24, 14), end: local(9, 24, 17, 30) },
  { phase: 'UTOPIA', start: local(10, 15, 14), end: local(10, 15, 17, 30) },
  { phase: 'REALIZATION', start: local(11, 12, 14), end: local(11, 12, 17, 30) },
];

test('during the second date the room is at half-day 2 of 3, and the third comes next', () => {
  const state = halfDayState(SEED, new Date(2026, 9, 15, 15, 0).getTime());
  assertEqual(state.current, 1);
  assertEqual(state.next, 2);
  assertEqual(state.between, false);
  assertEqual(inLanguage('fr', () => halfDayLine(state)), "Séance 2 sur 3 (Utopie), jusqu'à 17 h 30");
});

test('between the first and second dates the room waits, and says when it meets again', () => {
  const state = halfDayState(SEED, new Date(2026, 9, 1, 10, 0).getTime());
  assertEqual(state.current, -1);
  assertEqual(state.between, true);
  assertEqual(inLanguage('fr', () => nextSessionText(state.sessions[state.next])), 'Prochaine séance le 15 octobre à 14 h');
  assertEqual(inLanguage('en', () => formatHour(state.sessions[state.next].start)), '14:00');
});

test('before the first date nobody waits between dates, and after the last nothing comes next', () => {
  assertEqual(halfDayState(SEED, new Date(2026, 8, 1).getTime()).between, false);
  const after = halfDayState(SEED, new Date(2026, 11, 1).getTime());
  assertEqual(after.next, -1);
  assertEqual(after.between, false);
  assertEqual(halfDayState([], Date.now()).count, 0);
});

test('the calendar has one event per half-day, in UTC, with the way back to the workshop', () => {
  const ics = inLanguage('fr', () => calendar({
    workshopId: 'w-1', title: 'Numérique, design', sessions: SEED, link: 'http://localhost/participant.html?workshop=w-1',
    stamp: new Date(Date.UTC(2026, 8, 1)),
  }));
  const lines = ics.split('\r\n');
  assertEqual(lines[0], 'BEGIN:VCALENDAR');
  assertEqual(lines.filter((line) => line === 'BEGIN:VEVENT').length, 3);
  assertEqual(lines.includes(`DTSTART:${SEED[1].start.replace(/[-:]/g, '').replace('.000', '')}`), true);
  assertEqual(lines.includes('UID:w-1-2@atelier'), true);
  assertEqual(lines.some((line) => line.startsWith('SUMMARY:') && line.includes('Numérique\\, design')), true);
  assertEqual(lines.includes('URL:http://localhost/participant.html?workshop=w-1'), true);
  assertEqual(ics.endsWith('END:VCALENDAR\r\n'), true);
});
