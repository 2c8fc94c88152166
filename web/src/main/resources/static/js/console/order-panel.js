import { api, path } from '../api.js';
import { placeInOrder } from '../idea-list.js';
import { plural, t } from '../i18n.js';
import { announce, element, setText, showError } from '../ui.js';

/** The final order of the projects, set with "Monter"/"Descendre" from the room's dots and saved for every screen. */
export function orderPanel({ room, workshopId, token, render, refresh }) {
  /** The order being set here, first first, until it is saved; null: the room's order. */
  let orderDraft = null;
  const orderItems = new Map();
  let orderBusy = false;
  /** The status line says the order was just saved: renders leave it until the order changes again. */
  let orderSaved = false;

  /** The room's order as a starting point: the ranks already set, then the most dots, then the oldest. */
  function roomOrder() {
    const open = room.openProposals();
    const ranked = open.filter((p) => p.priority != null);
    const rest = open.filter((p) => p.priority == null).sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0));
    return [...ranked, ...rest].map((p) => p.proposalId);
  }

  /** The order shown: the draft being set (without proposals withdrawn since, with new ones last), or the room's. */
  function shownOrder() {
    const standing = roomOrder();
    if (!orderDraft) {
      return standing;
    }
    const kept = orderDraft.filter((id) => standing.includes(id));
    return [...kept, ...standing.filter((id) => !kept.includes(id))];
  }

  function renderOrder() {
    const order = room.phase === 'REALIZATION' ? shownOrder() : [];
    document.getElementById('order-panel').hidden = order.length === 0;
    const list = document.getElementById('order-list');
    placeInOrder(list, order.map((proposalId, index) => orderItem(proposalId, index, order.length)));
    for (const id of orderItems.keys()) {
      if (!order.includes(id)) {
        orderItems.delete(id);
      }
    }
    const ranked = room.openProposals().some((p) => p.priority != null);
    const dirty = orderDraft !== null;
    document.getElementById('order-save').disabled = orderBusy || order.length === 0;
    document.getElementById('order-reset').hidden = !dirty;
    const status = document.getElementById('order-status');
    if (dirty) {
      setText(status, t('order.unsaved'));
    } else if (!orderSaved) {
      setText(status, ranked ? t('order.saved') : t('order.none'));
    }
  }

  function orderItem(proposalId, index, total) {
    let item = orderItems.get(proposalId);
    if (!item) {
      const labelId = `order-label-${proposalId}`;
      const up = element('button', { className: 'secondary order-up', attributes: { type: 'button', 'aria-describedby': labelId } });
      const down = element('button', { className: 'secondary order-down', attributes: { type: 'button', 'aria-describedby': labelId } });
      up.addEventListener('click', () => moveInOrder(proposalId, -1, up));
      down.addEventListener('click', () => moveInOrder(proposalId, 1, down));
      item = element('li', { className: 'order-item', attributes: { 'data-proposal-id': proposalId } }, [
        element('span', { className: 'order-rank', attributes: { 'aria-hidden': 'true' } }),
        element('span', { className: 'order-label', attributes: { id: labelId } }),
        element('span', { className: 'order-buttons' }, [up, down]),
      ]);
      orderItems.set(proposalId, item);
    }
    const proposal = room.proposals.get(proposalId);
    setText(item.querySelector('.order-rank'), `${index + 1}.`);
    setText(item.querySelector('.order-label'), t('order.item', {
      title: proposal?.title ?? '', votes: plural('ideas.votes', proposal?.votes ?? 0),
    }));
    const up = item.querySelector('.order-up');
    const down = item.querySelector('.order-down');
    setText(up, t('order.up'));
    setText(down, t('order.down'));
    up.disabled = orderBusy || index === 0;
    down.disabled = orderBusy || index === total - 1;
    return item;
  }

  /** Moves a proposal one place up (-1) or down (+1) in the order being set, keeping the keyboard on it. */
  function moveInOrder(proposalId, delta, button) {
    const order = shownOrder();
    const from = order.indexOf(proposalId);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= order.length) {
      return;
    }
    [order[from], order[to]] = [order[to], order[from]];
    orderDraft = order;
    orderSaved = false;
    showError(document.getElementById('order-error'), null);
    render();
    // Moving the item takes it out of the page for a moment: give it its focus back, or its other button's.
    const item = orderItems.get(proposalId);
    const again = button.disabled ? item.querySelector(delta < 0 ? '.order-down' : '.order-up') : button;
    again.focus();
    announce(t('order.moved', { title: room.proposals.get(proposalId)?.title ?? '', rank: to + 1, count: order.length }));
  }

  async function saveOrder() {
    const proposalIds = shownOrder();
    const orderError = document.getElementById('order-error');
    showError(orderError, null);
    orderBusy = true;
    render();
    try {
      await api(path`/api/workshops/${workshopId}/proposals/order`, { method: 'PUT', token, body: { proposalIds } });
      // Shown at once; the ProposalsRanked message that follows sets the same ranks.
      room.apply({ type: 'ProposalsRanked', payload: { proposalIds } });
      orderDraft = null;
      orderSaved = true;
      setText(document.getElementById('order-status'), t('order.savedNow'));
      announce(t('order.savedNow'));
    } catch (error) {
      showError(orderError, error);
      if (error.status === 409 || error.status === 404) {
        refresh();
      }
    } finally {
      orderBusy = false;
      render();
    }
  }

  document.getElementById('order-save').addEventListener('click', saveOrder);
  document.getElementById('order-reset').addEventListener('click', () => {
    orderDraft = null;
    render();
    document.getElementById('order-save').focus();
  });

  return { render: renderOrder };
}
