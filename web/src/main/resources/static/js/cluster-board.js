import { t } from './i18n.js';
import { placeInOrder } from './idea-list.js';
import { element, setText } from './ui.js';

const DRAG_TYPE = 'application/x-atelier-idea';

/**
 * The facilitator's clusters for the phase now open: a zone for the ideas in no cluster (where
 * ideas are checked to form a new cluster) and one zone per cluster, which can be renamed, merged
 * into another or dissolved. Each idea card has a "move to" select and button, the keyboard way;
 * cards may also be dragged onto a zone. Elements are kept per idea and zone, so live updates
 * neither reset a choice in progress nor steal the focus.
 */
export class ClusterBoard {
  #root;
  #room;
  #move;
  #rename;
  #merge;
  #dissolve;
  #zones = new Map();
  #cards = new Map();
  #picked = new Set();
  #dropBar;

  /**
   * move(ideaId, clusterId | null), rename(clusterId, title), merge(clusterId, into) and
   * dissolve(clusterId) call the server (asking first where it destroys something) and answer
   * true once done.
   */
  constructor(root, room, { move, rename, merge, dissolve }) {
    this.#root = root;
    this.#room = room;
    this.#move = move;
    this.#rename = rename;
    this.#merge = merge;
    this.#dissolve = dissolve;
    // A mouse shortcut only (the keyboard has each card's "move to"), so hidden from assistive technology.
    this.#dropBar = element('div', { className: 'drop-bar', attributes: { 'aria-hidden': 'true' } });
    root.before(this.#dropBar);
  }

  /** The checked ideas still in no cluster, in the board's order. */
  picked() {
    return this.#unclustered().map((idea) => idea.ideaId).filter((ideaId) => this.#picked.has(ideaId));
  }

  clearPicked() {
    this.#picked.clear();
  }

  render() {
    const phase = this.#room.phase;
    const clusters = this.#room.clustersOf(phase);
    const known = new Set(clusters.map((cluster) => cluster.clusterId));
    const ideas = this.#room.ideasOf(phase);
    const inZone = (clusterId) => ideas.filter((idea) => (known.has(idea.clusterId) ? idea.clusterId : null) === clusterId);
    const options = [['', t('clusters.none')], ...clusters.map((cluster) => [cluster.clusterId, cluster.title])];

    const zones = [null, ...clusters].map((cluster) => {
      const zoneIdeas = inZone(cluster?.clusterId ?? null);
      const zone = this.#zone(cluster);
      setText(zone.querySelector('.zone-title'), cluster ? cluster.title : t('clusters.none'));
      if (cluster) {
        this.#updateTools(zone, cluster, clusters);
      }
      setText(zone.querySelector('.count'), String(zoneIdeas.length));
      const empty = zone.querySelector('.zone-empty');
      empty.hidden = zoneIdeas.length > 0;
      setText(empty, cluster ? t('clusters.emptyCluster') : ideas.length > 0 ? t('clusters.allClustered') : t('ideas.empty'));
      placeInOrder(zone.querySelector('ul'), zoneIdeas.map((idea) => this.#card(idea, !cluster, options)));
      return zone;
    });
    placeInOrder(this.#root, zones);

    const zoneKeys = new Set([null, ...clusters].map((cluster) => cluster?.clusterId ?? ''));
    for (const key of this.#zones.keys()) {
      if (!zoneKeys.has(key)) {
        this.#zones.delete(key);
      }
    }
    const shownIdeas = new Set(ideas.map((idea) => idea.ideaId));
    for (const ideaId of this.#cards.keys()) {
      if (!shownIdeas.has(ideaId)) {
        this.#cards.delete(ideaId);
      }
    }
    const stillFree = new Set(inZone(null).map((idea) => idea.ideaId));
    for (const ideaId of this.#picked) {
      if (!stillFree.has(ideaId)) {
        this.#picked.delete(ideaId);
      }
    }
  }

  /** Makes a zone or a drop-bar target take the dragged card into that cluster (null: into none). */
  #acceptDrops(target, clusterId) {
    target.addEventListener('dragover', (event) => {
      if (event.dataTransfer.types.includes(DRAG_TYPE)) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        target.classList.add('is-over');
      }
    });
    target.addEventListener('dragleave', (event) => {
      if (!target.contains(event.relatedTarget)) {
        target.classList.remove('is-over');
      }
    });
    target.addEventListener('drop', (event) => {
      target.classList.remove('is-over');
      const ideaId = event.dataTransfer.getData(DRAG_TYPE);
      if (!ideaId) {
        return;
      }
      event.preventDefault();
      if ((this.#room.ideas.get(ideaId)?.clusterId ?? null) !== clusterId) {
        this.#move(ideaId, clusterId);
      }
    });
  }

  #showDropBar(dragging) {
    const panel = this.#dropBar.parentElement;
    panel?.classList.toggle('is-dragging', dragging);
    if (!dragging) {
      return;
    }
    const clusters = this.#room.clustersOf(this.#room.phase);
    this.#dropBar.replaceChildren(...[null, ...clusters].map((cluster) => {
      const target = element('span', {
        className: 'drop-target',
        text: cluster ? cluster.title : t('clusters.none'),
        attributes: { 'data-cluster-id': cluster?.clusterId ?? '' },
      });
      this.#acceptDrops(target, cluster?.clusterId ?? null);
      return target;
    }));
  }

  #unclustered() {
    const phase = this.#room.phase;
    const known = new Set(this.#room.clustersOf(phase).map((cluster) => cluster.clusterId));
    return this.#room.ideasOf(phase).filter((idea) => !known.has(idea.clusterId));
  }

  #zone(cluster) {
    const key = cluster?.clusterId ?? '';
    let zone = this.#zones.get(key);
    if (zone) {
      return zone;
    }
    const headingId = cluster ? `cluster-zone-${key}` : 'no-cluster-title';
    zone = element('section', {
      className: cluster ? 'cluster-zone' : 'cluster-zone is-unclustered',
      attributes: { 'data-cluster-id': key, 'aria-labelledby': headingId, ...(cluster ? {} : { id: 'no-cluster' }) },
    }, [
      element('h3', { attributes: { id: headingId, tabindex: '-1' } }, [
        element('span', { className: 'zone-title', attributes: { id: `${headingId}-name` } }),
        element('span', { className: 'count' }),
      ]),
      ...(cluster ? [this.#newTools(key, `${headingId}-name`)] : []),
      element('p', { className: 'zone-empty hint' }),
      element('ul', { className: 'cluster-cards', attributes: { role: 'list' } }),
    ]);
    this.#acceptDrops(zone, key || null);
    this.#zones.set(key, zone);
    return zone;
  }

  /** Rename (a small form that opens in place), merge into another cluster, dissolve. */
  #newTools(clusterId, nameId) {
    const describedBy = { 'aria-describedby': nameId };
    const renameButton = element('button', { className: 'secondary rename-button', attributes: { type: 'button', ...describedBy } });
    const dissolveButton = element('button', {
      className: 'secondary danger-text dissolve-button', attributes: { type: 'button', ...describedBy },
    });
    const inputId = `rename-${clusterId}`;
    const input = element('input', { attributes: { id: inputId, type: 'text', maxlength: '200', autocomplete: 'off' } });
    const save = element('button', { className: 'primary rename-save', attributes: { type: 'submit' } });
    const cancel = element('button', { className: 'secondary rename-cancel', attributes: { type: 'button' } });
    const renameForm = element('form', { className: 'rename-form', attributes: { novalidate: '', hidden: '' } }, [
      element('label', { className: 'rename-label', attributes: { for: inputId } }),
      element('div', { className: 'inline-field' }, [input, save]),
      element('div', { className: 'button-row' }, [cancel]),
    ]);
    const selectId = `merge-${clusterId}`;
    const mergeSelect = element('select', { className: 'merge-select', attributes: { id: selectId, ...describedBy } });
    const mergeButton = element('button', { className: 'secondary merge-button', attributes: { type: 'button', ...describedBy } });
    const mergeField = element('div', { className: 'merge-field' }, [
      element('label', { className: 'merge-label', attributes: { for: selectId } }),
      element('div', { className: 'inline-field' }, [mergeSelect, mergeButton]),
    ]);

    const closeRename = () => {
      renameForm.hidden = true;
      renameButton.hidden = false;
      renameButton.focus();
    };
    renameButton.addEventListener('click', () => {
      input.value = this.#room.clusters.get(clusterId)?.title ?? '';
      renameForm.hidden = false;
      renameButton.hidden = true;
      input.focus();
      input.select();
    });
    cancel.addEventListener('click', closeRename);
    renameForm.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        closeRename();
      }
    });
    renameForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      const title = input.value.trim();
      if (!title || title === this.#room.clusters.get(clusterId)?.title) {
        if (!title) {
          input.focus();
          return;
        }
        closeRename();
        return;
      }
      save.disabled = true;
      const renamed = await this.#rename(clusterId, title);
      save.disabled = false;
      if (renamed) {
        closeRename();
      } else {
        input.focus();
      }
    });
    mergeButton.addEventListener('click', async () => {
      const into = mergeSelect.value;
      if (!into) {
        mergeSelect.focus();
        return;
      }
      if (await this.#merge(clusterId, into)) {
        // This zone is gone: the keyboard goes on to the cluster that took its ideas.
        this.#zones.get(into)?.querySelector('h3').focus();
      } else {
        mergeButton.focus();
      }
    });
    dissolveButton.addEventListener('click', async () => {
      if (await this.#dissolve(clusterId)) {
        this.#zones.get('')?.querySelector('h3').focus();
      } else {
        dissolveButton.focus();
      }
    });
    return element('div', { className: 'cluster-tools' }, [
      element('div', { className: 'button-row' }, [renameButton, dissolveButton]),
      renameForm,
      mergeField,
    ]);
  }

  #updateTools(zone, cluster, clusters) {
    const tools = zone.querySelector('.cluster-tools');
    setText(tools.querySelector('.rename-button'), t('clusters.rename'));
    setText(tools.querySelector('.dissolve-button'), t('clusters.dissolve'));
    setText(tools.querySelector('.rename-label'), t('clusters.renameLabel'));
    setText(tools.querySelector('.rename-save'), t('clusters.renameSave'));
    setText(tools.querySelector('.rename-cancel'), t('dialog.cancel'));
    setText(tools.querySelector('.merge-label'), t('clusters.mergeInto'));
    setText(tools.querySelector('.merge-button'), t('clusters.merge'));
    const others = clusters.filter((other) => other.clusterId !== cluster.clusterId)
      .map((other) => [other.clusterId, other.title]);
    tools.querySelector('.merge-field').hidden = others.length === 0;
    const select = tools.querySelector('.merge-select');
    const signature = JSON.stringify(others);
    if (select.dataset.signature !== signature) {
      const chosen = select.value;
      select.replaceChildren(...others.map(([value, label]) => element('option', { text: label, attributes: { value } })));
      select.dataset.signature = signature;
      if (others.some(([value]) => value === chosen)) {
        select.value = chosen;
      }
    }
  }

  #card(idea, free, options) {
    let card = this.#cards.get(idea.ideaId);
    if (!card) {
      card = this.#newCard(idea.ideaId);
      this.#cards.set(idea.ideaId, card);
    }
    setText(card.querySelector('.card-text'), idea.text);
    const checkbox = card.querySelector('.pick-idea');
    checkbox.hidden = !free;
    checkbox.checked = free && this.#picked.has(idea.ideaId);

    const select = card.querySelector('select');
    const current = this.#room.clusters.has(idea.clusterId) ? idea.clusterId : '';
    const signature = JSON.stringify(options);
    if (select.dataset.signature !== signature) {
      select.replaceChildren(...options.map(([value, label]) => element('option', { text: label, attributes: { value } })));
      select.dataset.signature = signature;
      select.value = current;
    } else if (select.dataset.current !== current) {
      select.value = current; // moved by someone else: a choice made here before no longer applies
    }
    select.dataset.current = current;
    setText(card.querySelector('.move-label'), t('clusters.moveTo'));
    setText(card.querySelector('.move-button'), t('clusters.move'));
    card.querySelector('.move-field').hidden = options.length < 2;
    return card;
  }

  #newCard(ideaId) {
    const textId = `card-text-${ideaId}`;
    const selectId = `move-${ideaId}`;
    const checkbox = element('input', { className: 'pick-idea', attributes: { type: 'checkbox', value: ideaId } });
    checkbox.addEventListener('change', () => {
      if (checkbox.checked) {
        this.#picked.add(ideaId);
      } else {
        this.#picked.delete(ideaId);
      }
    });
    const select = element('select', { className: 'move-select', attributes: { id: selectId, 'aria-describedby': textId } });
    const moveButton = element('button', {
      className: 'secondary move-button', attributes: { type: 'button', 'aria-describedby': textId },
    });
    moveButton.addEventListener('click', async () => {
      const target = select.value || null;
      if ((this.#room.ideas.get(ideaId)?.clusterId ?? null) === target) {
        return;
      }
      moveButton.disabled = true;
      const moved = await this.#move(ideaId, target);
      moveButton.disabled = false;
      // The card changed zone, which drops the focus: give it back where the person was.
      (moved ? select : moveButton).focus();
    });
    const card = element('li', { className: 'cluster-card', attributes: { 'data-idea-id': ideaId, draggable: 'true' } }, [
      element('label', { className: 'pick' }, [checkbox, element('span', { className: 'card-text', attributes: { id: textId } })]),
      element('div', { className: 'move-field' }, [
        element('label', { className: 'move-label', attributes: { for: selectId } }),
        element('div', { className: 'inline-field' }, [select, moveButton]),
      ]),
    ]);
    card.addEventListener('dragstart', (event) => {
      event.dataTransfer.setData(DRAG_TYPE, ideaId);
      event.dataTransfer.setData('text/plain', this.#room.ideas.get(ideaId)?.text ?? '');
      event.dataTransfer.effectAllowed = 'move';
      card.classList.add('is-dragging');
      this.#showDropBar(true);
    });
    card.addEventListener('dragend', () => {
      card.classList.remove('is-dragging');
      this.#showDropBar(false);
    });
    return card;
  }
}
