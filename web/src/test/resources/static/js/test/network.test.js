import { networkStopLabel, networkStops } from '../network.js';
import { assertEqual, assertTrue, test } from './harness.js';

// Two links made within one second, a partnership formed a minute later, another link after it.
const LINKS = ['2026-12-03T20:47:46.120Z', '2026-12-03T20:47:46.870Z', '2026-12-03T20:48:46.500Z', '2026-12-03T20:50:00Z'];
const PARTNERSHIPS = ['2026-12-03T20:48:46.500Z'];

test('the network slider has one stop per moment it can name, before the first link and today', () => {
  const stops = networkStops(LINKS, PARTNERSHIPS);
  assertEqual(stops.map((stop) => stop.kind), ['before', 'links', 'partnership', 'links', 'now'], 'stops');
  // Moments said to the same second are one stop, at the latest of them: it shows both links.
  assertEqual(stops[1].at, '2026-12-03T20:47:46.870Z', 'the stop of two links made in one second');
  assertEqual(stops[0].at, '2026-12-03T20:47:46.119Z', 'before the first link');
  assertEqual(stops.at(-1).at, null, 'today');
});

test('the network slider stops where each partnership formed, even where no link was new', () => {
  const formed = ['2026-12-03T21:00:00Z', '2026-12-03T21:05:00Z'];
  const stops = networkStops(['2026-12-03T20:00:00Z'], formed);
  assertEqual(stops.filter((stop) => stop.kind === 'partnership').map((stop) => stop.at), formed, 'partnership stops');
});

test('no two stops of the network slider say the same thing', () => {
  const stops = networkStops(LINKS, PARTNERSHIPS);
  const labels = stops.map(networkStopLabel);
  assertEqual(new Set(labels).size, labels.length, `labels ${JSON.stringify(labels)}`);
  assertTrue(labels[2].includes('partenariat'), `the partnership's stop says so: ${labels[2]}`);
  assertTrue(labels.every((label) => !label.includes('{')), 'every placeholder filled');
});

test('a network without links has only today', () => {
  assertEqual(networkStops([], []), [{ kind: 'now', at: null, shown: null }], 'stops');
});
