import { element } from './ui.js';

/** The objections parked during UTOPIA, as a list of their texts (they carry no author). */
export function renderObjections(list, objections) {
  list.replaceChildren(...objections.map(({ objectionId, text }) =>
    element('li', { className: 'objection', text, attributes: { 'data-objection-id': objectionId } })));
}

/** The board shows the parked objections from REALIZATION on. */
export function objectionsSurfaced(phase) {
  return phase === 'REALIZATION' || phase === 'CLOSED';
}
