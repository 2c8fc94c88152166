import { Room } from '../room.js';
import { assertEqual, test } from './harness.js';

function roomInCritique() {
  const room = new Room();
  room.load({
    workshop: { title: 'Atelier', theme: 'Numérique', participants: [{ participantId: 'p1', displayName: 'Amélie', organisationId: 'o1' }] },
    board: {
      phase: 'CRITIQUE', step: 'COLLECT', version: 3, votesPerParticipant: 5,
      ideas: [{ ideaId: 'i1', text: 'Trop de réunions', participantId: 'p1', organisationId: 'o1', phase: 'CRITIQUE' }],
      clusters: [],
      proposals: [],
    },
  });
  return room;
}

const posted = (ideaId, text) => ({
  type: 'IdeaPosted', payload: { ideaId, text, author: 'p1', organisationId: 'o1', phase: 'CRITIQUE' },
});

test('the fold adds a posted idea and keeps its text as edited', () => {
  const room = roomInCritique();
  room.apply(posted('i2', 'Pas de matériel'));
  room.apply({ type: 'IdeaEdited', payload: { ideaId: 'i2', text: 'Peu de matériel' } });
  assertEqual([...room.ideas.keys()], ['i1', 'i2'], 'ideas');
  assertEqual(room.ideas.get('i2').text, 'Peu de matériel', 'text');
  assertEqual(room.ideas.get('i2').participantId, 'p1', 'author');
});

test('the fold removes a withdrawn or hidden idea', () => {
  const room = roomInCritique();
  room.apply(posted('i2', 'Pas de matériel'));
  room.apply({ type: 'IdeaHidden', payload: { ideaId: 'i1' } });
  room.apply({ type: 'IdeaWithdrawn', payload: { ideaId: 'i2' } });
  assertEqual(room.ideas.size, 0, 'ideas left');
});

test('the fold counts dots up and down, never below zero', () => {
  const room = roomInCritique();
  room.apply({ type: 'VoteCast', payload: { ideaId: 'i1' } });
  room.apply({ type: 'VoteCast', payload: { ideaId: 'i1' } });
  room.apply({ type: 'VoteRetracted', payload: { ideaId: 'i1' } });
  assertEqual(room.ideas.get('i1').votes, 1, 'votes');
  room.apply({ type: 'VoteRetracted', payload: { ideaId: 'i1' } });
  room.apply({ type: 'VoteRetracted', payload: { ideaId: 'i1' } });
  assertEqual(room.ideas.get('i1').votes, 0, 'votes');
});

test('the fold puts ideas in clusters and takes them out again', () => {
  const room = roomInCritique();
  room.apply({ type: 'ClusterCreated', payload: { clusterId: 'c1', title: 'Se connaître', phase: 'CRITIQUE' } });
  room.apply({ type: 'IdeaClustered', payload: { ideaId: 'i1', clusterId: 'c1' } });
  assertEqual(room.ideas.get('i1').clusterId, 'c1', 'cluster');
  room.apply({ type: 'ClusterRenamed', payload: { clusterId: 'c1', title: 'Se rencontrer' } });
  assertEqual(room.clusters.get('c1').title, 'Se rencontrer', 'title');
  room.apply({ type: 'IdeaClustered', payload: { ideaId: 'i1' } });
  assertEqual(room.ideas.get('i1').clusterId, null, 'cluster');
});

test('a new step or phase starts with no countdown and nobody done', () => {
  const room = roomInCritique();
  room.apply({ type: 'TimerStarted', payload: { seconds: 300, endsAt: '2026-12-03T20:05:00Z' } });
  room.apply({ type: 'ParticipantReady', payload: { participantId: 'p1' } });
  room.apply({ type: 'StepAdvanced', payload: { to: 'CLUSTER' } });
  assertEqual(room.step, 'CLUSTER', 'step');
  assertEqual(room.timer, null, 'timer');
  assertEqual(room.ready.size, 0, 'ready');
  room.apply({ type: 'PhaseAdvanced', payload: { to: 'UTOPIA', step: 'COLLECT' } });
  assertEqual([room.phase, room.step], ['UTOPIA', 'COLLECT'], 'phase and step');
  room.apply({ type: 'WorkshopClosed', payload: {} });
  assertEqual([room.phase, room.step], ['CLOSED', null], 'closed');
});

test('a pause keeps what was left of the countdown, an extension adds to it', () => {
  const room = roomInCritique();
  room.apply({ type: 'TimerStarted', payload: { seconds: 300, endsAt: '2026-12-03T20:05:00Z' } });
  room.apply({ type: 'TimerPaused', payload: { remainingSeconds: 120 } });
  assertEqual([room.timer.state, room.timer.remainingSeconds], ['PAUSED', 120], 'paused');
  room.apply({ type: 'TimerExtended', payload: { seconds: 60, remainingSeconds: 180 } });
  assertEqual([room.timer.seconds, room.timer.remainingSeconds], [360, 180], 'extended');
});

test('the fold follows a project from its proposal to its partnership and rank', () => {
  const room = roomInCritique();
  room.apply({ type: 'ProjectProposed', payload: { proposalId: 'pr1', title: 'Ressourcerie', derivedFromIdeas: ['i1'], at: '2026-12-03T20:00:00Z' } });
  room.apply({ type: 'OrganisationCommitted', payload: { proposalId: 'pr1', organisationId: 'o1' } });
  room.apply({ type: 'OrganisationCommitted', payload: { proposalId: 'pr1', organisationId: 'o1' } });
  room.apply({ type: 'OrganisationCommitted', payload: { proposalId: 'pr1', organisationId: 'o2' } });
  room.apply({ type: 'PartnershipFormed', payload: { proposalId: 'pr1', partnershipId: 'pa1', organisationIds: ['o1', 'o2'] } });
  room.apply({ type: 'ProposalsRanked', payload: { proposalIds: ['pr1'] } });
  const proposal = room.proposals.get('pr1');
  assertEqual(proposal.commitments.map((c) => c.organisationId), ['o1', 'o2'], 'commitments, each once');
  assertEqual(proposal.partnershipId, 'pa1', 'partnership');
  assertEqual(proposal.priority, 1, 'rank');
  assertEqual(room.partnershipOf(proposal).organisationIds, ['o1', 'o2'], 'partners');
  room.apply({ type: 'ProposalWithdrawn', payload: { proposalId: 'pr1' } });
  assertEqual(room.openProposals().length, 0, 'open proposals');
});

test('a change the board already holds applies harmlessly', () => {
  const room = roomInCritique();
  room.apply({ type: 'ClusterCreated', payload: { clusterId: 'c1', title: 'A', phase: 'CRITIQUE' } });
  room.apply({ type: 'ClusterCreated', payload: { clusterId: 'c1', title: 'A', phase: 'CRITIQUE' } });
  room.apply({ type: 'ParticipantJoined', payload: { participantId: 'p1', displayName: 'Amélie', organisationId: 'o1' } });
  assertEqual(room.clusters.size, 1, 'clusters');
  assertEqual(room.participants.size, 1, 'participants');
});

test('a merge moves the ideas and the dots into the cluster that stays, under its title', () => {
  const room = roomInCritique();
  room.apply(posted('i2', 'Pas de matériel'));
  room.apply({ type: 'ClusterCreated', payload: { clusterId: 'c1', title: 'Se connaître', phase: 'CRITIQUE' } });
  room.apply({ type: 'ClusterCreated', payload: { clusterId: 'c2', title: 'Moyens', phase: 'CRITIQUE' } });
  room.apply({ type: 'IdeaClustered', payload: { ideaId: 'i1', clusterId: 'c1' } });
  room.apply({ type: 'IdeaClustered', payload: { ideaId: 'i2', clusterId: 'c2' } });
  room.apply({ type: 'ClusterVoteCast', payload: { clusterId: 'c1' } });
  room.apply({ type: 'ClusterVoteCast', payload: { clusterId: 'c2' } });
  room.apply({ type: 'ClustersMerged', payload: { clusterId: 'c1', into: 'c2' } });
  assertEqual([...room.clusters.keys()], ['c2'], 'clusters');
  assertEqual(room.clusters.get('c2'), { clusterId: 'c2', title: 'Moyens', phase: 'CRITIQUE', votes: 2 }, 'the cluster that stays');
  assertEqual([room.ideas.get('i1').clusterId, room.ideas.get('i2').clusterId], ['c2', 'c2'], 'ideas');
});

test('a dissolved cluster leaves its ideas in none', () => {
  const room = roomInCritique();
  room.apply({ type: 'ClusterCreated', payload: { clusterId: 'c1', title: 'Se connaître', phase: 'CRITIQUE' } });
  room.apply({ type: 'IdeaClustered', payload: { ideaId: 'i1', clusterId: 'c1' } });
  room.apply({ type: 'ClusterDissolved', payload: { clusterId: 'c1' } });
  assertEqual(room.clusters.size, 0, 'clusters');
  assertEqual(room.ideas.get('i1').clusterId, null, 'cluster of the idea');
});

test('the rules set for a phase, then its reveal, are folded', () => {
  const room = roomInCritique();
  room.apply({ type: 'PhaseConfigured', payload: { phase: 'UTOPIA', privateWriting: true, anonymous: false, hiddenTallies: true } });
  assertEqual(room.settingsOf('UTOPIA'),
    { phase: 'UTOPIA', privateWriting: true, anonymous: false, hiddenTallies: true, revealed: false }, 'rules');
  room.apply({ type: 'PhaseAdvanced', payload: { from: 'CRITIQUE', to: 'UTOPIA', step: 'COLLECT' } });
  assertEqual(room.awaitsReveal('UTOPIA'), true, 'awaits its reveal');
  room.apply({ type: 'IdeasRevealed', payload: { phase: 'UTOPIA' } });
  assertEqual(room.awaitsReveal('UTOPIA'), false, 'revealed');
  assertEqual(room.settingsOf('UTOPIA').hiddenTallies, true, 'the other rules kept');
});

test('someone done with a step is counted in that step only', () => {
  const room = roomInCritique();
  room.apply({ type: 'ParticipantReady', payload: { participantId: 'p1', phase: 'CRITIQUE', step: 'COLLECT' } });
  assertEqual([...room.ready], ['p1'], 'ready in the step now open');
  room.apply({ type: 'StepAdvanced', payload: { phase: 'CRITIQUE', from: 'COLLECT', to: 'CLUSTER' } });
  // A page whose call was answered once the room had moved on.
  room.apply({ type: 'ParticipantReady', payload: { participantId: 'p1', phase: 'CRITIQUE', step: 'COLLECT' } });
  assertEqual(room.ready.size, 0, 'nobody done in the new step');
});

test("a page's own change, then its live message, leave the room as the message alone would", () => {
  const byMessage = roomInCritique();
  const ownFirst = roomInCritique();
  const changes = [
    posted('i2', 'Pas de matériel'),
    { type: 'IdeaEdited', payload: { ideaId: 'i2', text: 'Peu de matériel' } },
    { type: 'ClusterCreated', payload: { clusterId: 'c1', title: 'Moyens', phase: 'CRITIQUE' } },
    { type: 'IdeaClustered', payload: { ideaId: 'i2', clusterId: 'c1' } },
    { type: 'ProjectProposed', payload: { proposalId: 'pr1', title: 'Ressourcerie', derivedFromIdeas: ['i2'], at: '2026-12-03T20:00:00Z' } },
    { type: 'OrganisationCommitted', payload: { proposalId: 'pr1', organisationId: 'o1' } },
    { type: 'ActionAgreed', payload: { proposalId: 'pr1', actionId: 'a1', organisationId: 'o1', what: 'Inventaire', status: 'PLANNED', at: '2026-12-03T20:01:00Z' } },
    { type: 'ActionUpdated', payload: { proposalId: 'pr1', actionId: 'a1', what: 'Inventaire', status: 'DONE', at: '2026-12-03T20:02:00Z' } },
  ];
  for (const change of changes) {
    byMessage.apply(change);
    ownFirst.apply(change); // shown at once by the page that made it
    ownFirst.apply(change); // then said again by its live message
  }
  assertEqual([...ownFirst.ideas.values()], [...byMessage.ideas.values()], 'ideas');
  assertEqual([...ownFirst.clusters.values()], [...byMessage.clusters.values()], 'clusters');
  assertEqual([...ownFirst.proposals.values()], [...byMessage.proposals.values()], 'proposals');
});

test('an idea says what it builds on and what builds on it, across phases', () => {
  const room = roomInCritique();
  room.apply(posted('i2', 'Pas de matériel'));
  room.apply({ type: 'PhaseAdvanced', payload: { from: 'CRITIQUE', to: 'UTOPIA', step: 'COLLECT' } });
  room.apply({ type: 'IdeaPosted', payload: {
    ideaId: 'd1', text: 'Un atelier partagé', author: 'p1', organisationId: 'o1', phase: 'UTOPIA', inspiredBy: ['i1', 'gone'],
  } });
  room.apply({ type: 'IdeaPosted', payload: {
    ideaId: 'd2', text: 'Du matériel en commun', author: 'p1', organisationId: 'o1', phase: 'UTOPIA', inspiredBy: ['i1'],
  } });

  assertEqual(room.inspirationsOf(room.ideas.get('d1')).map((source) => [source.ideaId, source.idea?.phase ?? null]),
    [['i1', 'CRITIQUE'], ['gone', null]], 'what the dream builds on, an idea no longer shown included');
  assertEqual(room.ideasBuildingOn('i1').map((idea) => idea.ideaId), ['d1', 'd2'], 'what builds on the critique, oldest first');
  assertEqual(room.ideasBuildingOn('i2'), [], 'nothing builds on the other critique');
  assertEqual(room.inspirationsOf(room.ideas.get('i1')), [], 'a critique posted without links');
});

test('an approved idea joins the room as posted; a page that just posted in a moderated phase shows it waiting', () => {
  const room = roomInCritique();
  room.apply({ type: 'IdeaPosted', payload: { ideaId: 'i2', text: 'Pas de matériel', author: 'p1', organisationId: 'o1', phase: 'CRITIQUE', moderation: 'PENDING' } });
  assertEqual(room.ideas.get('i2').moderation, 'PENDING', 'waiting on its own page');
  room.apply({ type: 'IdeaApproved', payload: { ideaId: 'i2', text: 'Peu de matériel', author: 'p1', organisationId: 'o1', phase: 'CRITIQUE' } });
  assertEqual(room.ideas.get('i2').moderation, 'APPROVED', 'approved');
  assertEqual(room.ideas.get('i2').text, 'Peu de matériel', 'with its text as approved');
});

test('a waiting idea the facilitator put in a cluster keeps it once approved; a rejected one is marked', () => {
  const room = roomInCritique();
  room.apply({ type: 'IdeaPosted', payload: { ideaId: 'i2', text: 'Pas de matériel', author: 'p1', organisationId: 'o1', phase: 'CRITIQUE', moderation: 'PENDING' } });
  room.apply({ type: 'IdeaPosted', payload: { ideaId: 'i3', text: 'Hors sujet', author: 'p1', organisationId: 'o1', phase: 'CRITIQUE', moderation: 'PENDING' } });
  room.apply({ type: 'IdeaClustered', payload: { ideaId: 'i2', clusterId: 'c1' } });
  room.apply({ type: 'IdeaApproved', payload: { ideaId: 'i2', text: 'Pas de matériel', author: 'p1', organisationId: 'o1', phase: 'CRITIQUE' } });
  room.apply({ type: 'IdeaRejected', payload: { ideaId: 'i3' } });
  room.apply({ type: 'IdeaRejected', payload: { ideaId: 'never-seen' } });
  assertEqual(room.ideas.get('i2').clusterId, 'c1', 'the approved idea stays in its cluster');
  assertEqual(room.ideas.get('i3').moderation, 'REJECTED', 'the rejected idea is marked');
  assertEqual(room.ideas.has('never-seen'), false, 'a rejection of an idea this page never had adds nothing');
});

test('a phase\'s voting mode and moderation follow their live messages', () => {
  const room = roomInCritique();
  room.apply({ type: 'VotingModeChosen', payload: { phase: 'CRITIQUE', mode: 'CRITERIA', criteria: [{ criterionId: 'c1', label: 'Impact' }] } });
  room.apply({ type: 'PhaseModerated', payload: { phase: 'CRITIQUE', moderated: true } });
  assertEqual(room.votingModeOf('CRITIQUE'), 'CRITERIA', 'the mode chosen');
  assertEqual(room.settingsOf('CRITIQUE').criteria.map((criterion) => criterion.label), ['Impact'], 'its criteria');
  assertEqual(room.settingsOf('CRITIQUE').moderated, true, 'moderated');
  room.apply({ type: 'PhaseModerated', payload: { phase: 'CRITIQUE', moderated: false } });
  assertEqual(room.settingsOf('CRITIQUE').moderated, false, 'no longer moderated');
});
