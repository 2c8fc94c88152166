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
