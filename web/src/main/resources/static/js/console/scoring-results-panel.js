import { renderResults } from '../scoring.js';

/** Points and criteria results of the phase now open, ranked, once they may be shown. */
export function scoringResultsPanel({ room }) {
  return { render: () => renderResults(document.getElementById('console-scoring-results'), room, room.phase) };
}
