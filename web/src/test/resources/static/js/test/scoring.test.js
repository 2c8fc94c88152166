import { describeEvent, Names } from '../history-text.js';
import { Room } from '../room.js';
import { rankedResults, resultsShown } from '../scoring.js';
import { assertEqual, assertTrue, test } from './harness.js';

function roomVoting(mode, { step = 'VOTE', hiddenTallies = false } = {}) {
  const room = new Room();
  room.load({
    workshop: { title: 'Atelier', participants: [] },
    board: {
      phase: 'REALIZATION', step, version: 9,
      settings: [{ phase: 'REALIZATION', hiddenTallies, votingMode: mode,
        criteria: mode === 'CRITERIA' ? [{ criterionId: 'impact', label: 'Impact' }, { criterionId: 'c2', label: 'Faisabilité' }] : [] }],
      ideas: [
        { ideaId: 'i1', text: 'Des bus le soir', phase: 'REALIZATION', votes: 0, points: 30 },
        { ideaId: 'i2', text: 'Des pistes cyclables', phase: 'REALIZATION', votes: 0, points: 70 },
      ],
      clusters: [],
      proposals: [
        { proposalId: 'p1', title: 'Navette', status: 'OPEN', votes: 0,
          ratings: [{ criterionId: 'impact', average: 2, count: 1 }, { criterionId: 'c2', average: 3, count: 1 }] },
        { proposalId: 'p2', title: 'Cuisine', status: 'OPEN', votes: 0,
          ratings: [{ criterionId: 'impact', average: 4.5, count: 2 }, { criterionId: 'c2', average: 3, count: 1 }] },
      ],
      myPoints: [{ ideaId: 'i2', points: 70 }],
      myRatings: [{ proposalId: 'p2', criterionId: 'impact', score: 5 }],
    },
  });
  return room;
}

test('points rank the targets of a POINTS phase, most first', () => {
  const room = roomVoting('POINTS');
  assertEqual(rankedResults(room, 'REALIZATION').map((result) => result.label), ['Des pistes cyclables', 'Des bus le soir']);
  assertEqual(room.myPoints.get('idea:i2'), 70);
});

test('criteria rank the projects by the mean of their averages', () => {
  const room = roomVoting('CRITERIA');
  assertEqual(rankedResults(room, 'REALIZATION').map((result) => result.label), ['Cuisine', 'Navette']);
  assertEqual(room.myRatings.get('proposal:p2|impact'), 5);
  assertEqual(room.criteriaOf('REALIZATION').length, 2);
});

test('a dots phase has no points or criteria results', () => {
  assertEqual(rankedResults(roomVoting('DOTS'), 'REALIZATION'), []);
});

test('hidden tallies keep the results back until the vote ends', () => {
  assertTrue(!resultsShown(roomVoting('POINTS', { hiddenTallies: true }), 'REALIZATION'), 'hidden while voting');
  assertTrue(resultsShown(roomVoting('POINTS', { hiddenTallies: true, step: 'DISCUSS' }), 'REALIZATION'), 'shown after');
});

test('the history tells points and scores in words, naming what they went on', () => {
  const names = new Names();
  names.learnEvent({ type: 'IdeaPosted', payload: { ideaId: 'i1', text: 'Des bus le soir' } });
  names.learnEvent({ type: 'VotingModeChosen', payload: { criteria: [{ criterionId: 'impact', label: 'Impact' }] } });
  const points = describeEvent({ type: 'PointsAllocated', payload: { allocations: [{ ideaId: 'i1', points: 60 }] } }, names);
  assertTrue(points.includes('60') && points.includes('Des bus le soir') && !points.includes('PointsAllocated'), points);
  const score = describeEvent({ type: 'CriterionRated', payload: { ideaId: 'i1', criterionId: 'impact', score: 4 } }, names);
  assertTrue(score.includes('4/5') && score.includes('Impact'), score);
});
