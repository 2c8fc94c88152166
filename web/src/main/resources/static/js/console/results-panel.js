import { plural, t } from '../i18n.js';
import { isOpen } from '../room.js';
import { element, setText } from '../ui.js';
import { excerpt } from './excerpt.js';

/** The dots of the phase now open, on clusters, ideas and proposals, as bars on one scale. */
export function resultsPanel({ room }) {
  function renderResults() {
    const open = isOpen(room.phase);
    const phaseIdeas = open ? room.ideasOf(room.phase) : [];
    const phaseClusters = open ? room.clustersOf(room.phase) : [];
    const phaseProposals = room.phase === 'REALIZATION' ? room.openProposals() : [];
    const votesOf = (target) => target.votes ?? 0;
    const total = [...phaseIdeas, ...phaseClusters, ...phaseProposals].reduce((sum, target) => sum + votesOf(target), 0);
    const hidden = room.talliesHidden();
    // Points and criteria have their own panel (scoring-results-panel.js).
    const shown = open && room.votingModeOf(room.phase) === 'DOTS' && (room.showsVotes(room.phase) || hidden || total > 0);
    document.getElementById('results-panel').hidden = !shown;
    if (!shown) {
      return;
    }
    setText(document.getElementById('results-title'), t('results.title', { phase: t(`phase.${room.phase}`) }));
    document.getElementById('results-hidden').hidden = !hidden;
    document.getElementById('results-total').hidden = hidden;
    document.getElementById('idea-results-title').hidden = hidden;
    document.getElementById('vote-bars').hidden = hidden;
    setText(document.getElementById('results-total'), plural('results.total', total));
    const most = Math.max(1, ...[...phaseIdeas, ...phaseClusters, ...phaseProposals].map(votesOf));
    const bar = (attributes, label, votes) => {
      const fill = element('span', { className: 'vote-bar-fill' });
      fill.style.setProperty('--share', String(votes / most));
      return element('li', { className: 'vote-bar', attributes: { ...attributes, 'data-votes': String(votes) } }, [
        element('span', { className: 'vote-bar-label', text: label }),
        element('span', { className: 'vote-bar-track', attributes: { 'aria-hidden': 'true' } }, [fill]),
        element('span', { className: 'vote-bar-count', text: plural('ideas.votes', votes) }),
      ]);
    };
    const ranked = (targets, label) => [...targets].sort((a, b) => votesOf(b) - votesOf(a) || label(a).localeCompare(label(b)));
    document.getElementById('cluster-results').hidden = hidden || phaseClusters.length === 0;
    document.getElementById('cluster-vote-bars').replaceChildren(...ranked(phaseClusters, (cluster) => cluster.title)
      .map((cluster) => bar({ 'data-cluster-id': cluster.clusterId }, cluster.title, votesOf(cluster))));
    document.getElementById('vote-bars').replaceChildren(...ranked(phaseIdeas, (idea) => idea.text)
      .map((idea) => bar({ 'data-idea-id': idea.ideaId }, excerpt(idea.text), votesOf(idea))));
    document.getElementById('proposal-results').hidden = hidden || phaseProposals.length === 0;
    document.getElementById('proposal-vote-bars').replaceChildren(...ranked(phaseProposals, (proposal) => proposal.title)
      .map((proposal) => bar({ 'data-proposal-id': proposal.proposalId }, proposal.title, votesOf(proposal))));
  }

  return { render: renderResults };
}
