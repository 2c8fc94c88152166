import { api, path } from '../api.js';
import { formatNumber } from '../format.js';
import { plural, t } from '../i18n.js';
import { isOpen } from '../room.js';
import { announce, element, readJsonStorage, setText, showError } from '../ui.js';

const DISMISSED_PREFIX = 'atelier.dismissedSuggestions.';
/** Suggestion items made so far, to give each its own ids. */
let made = 0;

/**
 * At the CLUSTER step, the server's suggestions for the phase now open: proposed clusters, each
 * accepted (created with its ideas, through the cluster API), its title edited first, or dismissed;
 * and the near-identical ideas. Asked for once on entering the step and again on demand; what the
 * room did since (ideas clustered, withdrawn) is taken out as it happens. Dismissals are kept for
 * the tab's life.
 */
export function suggestionsPanel({ room, workshopId, token, render, refresh }) {
  const box = document.getElementById('suggestions');
  const list = document.getElementById('suggestion-list');
  const duplicates = document.getElementById('duplicate-list');
  const status = document.getElementById('suggestions-status');
  const error = document.getElementById('suggestions-error');
  const acceptAll = document.getElementById('suggestions-accept-all');
  const storageKey = DISMISSED_PREFIX + workshopId;
  const dismissed = new Set(readJsonStorage(sessionStorage, storageKey) ?? []);
  /** The answer for one phase: {phase, clusters, similar}; null until asked. */
  let suggestions = null;
  let loading = false;
  /** The phase and step the suggestions were last asked for, so that entering the step asks again. */
  let askedAt = null;
  /** Suggestion items by key, kept so that a live update never wipes a title being edited. */
  const items = new Map();
  const duplicateItems = new Map();

  const keyOf = (ideaIds) => [...ideaIds].sort().join(' ');

  function clustering() {
    return isOpen(room.phase) && room.step === 'CLUSTER';
  }

  /** Ideas of the phase, still on the board and in no cluster. */
  function stillFree(ideaIds) {
    return ideaIds.filter((ideaId) => {
      const idea = room.ideas.get(ideaId);
      return idea && idea.phase === suggestions.phase && !room.clusters.has(idea.clusterId);
    });
  }

  function shownClusters() {
    if (!suggestions || suggestions.phase !== room.phase) {
      return [];
    }
    return suggestions.clusters
      .map((cluster) => ({ ...cluster, key: keyOf(cluster.ideaIds), ideaIds: stillFree(cluster.ideaIds) }))
      .filter((cluster) => cluster.ideaIds.length > 1 && !dismissed.has(cluster.key));
  }

  function shownDuplicates() {
    if (!suggestions || suggestions.phase !== room.phase) {
      return [];
    }
    return suggestions.similar
      .map((group) => ({ ...group, key: `similar ${keyOf(group.ideaIds)}`,
        ideaIds: group.ideaIds.filter((ideaId) => room.ideas.has(ideaId)) }))
      .filter((group) => group.ideaIds.length > 1 && !dismissed.has(group.key));
  }

  async function load() {
    const phase = room.phase;
    loading = true;
    showError(error, null);
    renderPanel();
    try {
      const answer = await api(`${path`/api/workshops/${workshopId}/suggestions`}?${new URLSearchParams({ phase })}`,
        { token });
      suggestions = { phase, clusters: answer.clusters, similar: answer.similar };
    } catch (failure) {
      showError(error, failure);
    } finally {
      loading = false;
      renderPanel();
    }
  }

  function renderPanel() {
    box.hidden = !clustering();
    if (box.hidden) {
      askedAt = null; // back at this step later, the suggestions are asked for again
      return;
    }
    const at = `${room.phase} ${room.step}`;
    if (askedAt !== at) {
      askedAt = at;
      load();
      return;
    }
    const clusters = shownClusters();
    setText(status, loading ? t('suggestions.loading')
      : clusters.length > 0 ? plural('suggestions.count', clusters.length) : suggestions ? t('suggestions.none') : '');
    acceptAll.hidden = loading || clusters.length === 0;
    setText(acceptAll, plural('suggestions.acceptAll', clusters.length));
    document.getElementById('suggestions-refresh').disabled = loading;

    const shownKeys = new Set(clusters.map((cluster) => cluster.key));
    for (const key of items.keys()) {
      if (!shownKeys.has(key)) {
        items.get(key).remove();
        items.delete(key);
      }
    }
    clusters.forEach((cluster, index) => {
      const item = items.get(cluster.key) ?? newItem(cluster);
      updateItem(item, cluster, index + 1);
      if (list.children[index] !== item) {
        list.insertBefore(item, list.children[index] ?? null);
      }
    });
    renderDuplicates(shownDuplicates());
  }

  function newItem(cluster) {
    made += 1;
    const inputId = `suggestion-title-${made}`;
    const headingId = `suggestion-heading-${made}`;
    const input = element('input', {
      className: 'suggestion-title', attributes: { id: inputId, type: 'text', maxlength: '200', autocomplete: 'off' },
    });
    input.value = cluster.title;
    const accept = element('button', { className: 'primary suggestion-accept', attributes: { type: 'submit' } });
    const dismiss = element('button', { className: 'secondary suggestion-dismiss', attributes: { type: 'button' } });
    const form = element('form', { attributes: { novalidate: '', 'aria-labelledby': headingId } }, [
      element('h4', { attributes: { id: headingId } }),
      element('label', { className: 'suggestion-title-label', attributes: { for: inputId } }),
      input,
      element('ul', { className: 'suggestion-ideas' }),
      element('div', { className: 'button-row' }, [accept, dismiss]),
    ]);
    const item = element('li', { className: 'suggestion', attributes: { 'data-key': cluster.key } }, [form]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      acceptOne(item);
    });
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        dismissOne(item);
      }
    });
    dismiss.addEventListener('click', () => dismissOne(item));
    items.set(cluster.key, item);
    return item;
  }

  function updateItem(item, cluster, number) {
    item.dataset.ideaIds = cluster.ideaIds.join(' ');
    setText(item.querySelector('h4'), `${t('suggestions.item', { number })} · ${plural('suggestions.ideas', cluster.ideaIds.length)}`);
    setText(item.querySelector('.suggestion-title-label'), t('suggestions.titleLabel'));
    setText(item.querySelector('.suggestion-accept'), t('suggestions.accept'));
    setText(item.querySelector('.suggestion-dismiss'), t('suggestions.dismiss'));
    item.querySelector('.suggestion-ideas').replaceChildren(...cluster.ideaIds.map((ideaId) =>
      element('li', { text: room.ideas.get(ideaId)?.text ?? '' })));
  }

  function renderDuplicates(groups) {
    document.getElementById('duplicates-box').hidden = groups.length === 0;
    const shownKeys = new Set(groups.map((group) => group.key));
    for (const key of duplicateItems.keys()) {
      if (!shownKeys.has(key)) {
        duplicateItems.get(key).remove();
        duplicateItems.delete(key);
      }
    }
    groups.forEach((group, index) => {
      let item = duplicateItems.get(group.key);
      if (!item) {
        const dismiss = element('button', { className: 'secondary duplicate-dismiss', attributes: { type: 'button' } });
        item = element('li', { className: 'duplicate', attributes: { 'data-key': group.key } }, [
          element('p', { className: 'duplicate-score' }), element('ul', { className: 'duplicate-ideas' }),
          element('div', { className: 'button-row' }, [dismiss]),
        ]);
        dismiss.addEventListener('click', () => forget(group.key, item));
        duplicateItems.set(group.key, item);
      }
      setText(item.querySelector('.duplicate-score'), t('suggestions.likeness', { percent: formatNumber(group.score * 100) }));
      setText(item.querySelector('.duplicate-dismiss'), t('suggestions.dismiss'));
      item.querySelector('.duplicate-ideas').replaceChildren(...group.ideaIds.map((ideaId) =>
        element('li', { text: room.ideas.get(ideaId)?.text ?? '' })));
      if (duplicates.children[index] !== item) {
        duplicates.insertBefore(item, duplicates.children[index] ?? null);
      }
    });
  }

  /** Creates the cluster with the title as edited; answers true once done. */
  async function create(item) {
    const input = item.querySelector('.suggestion-title');
    const title = input.value.trim();
    if (!title) {
      showError(error, { detail: t('clusters.titleRequired') });
      input.focus();
      return false;
    }
    const ideaIds = stillFree(item.dataset.ideaIds.split(' '));
    try {
      const { clusterId } = await api(path`/api/workshops/${workshopId}/clusters`, {
        method: 'POST', token, body: { title, ideaIds },
      });
      // Shown at once; the ClusterCreated and IdeaClustered messages that follow set the same.
      room.apply({ type: 'ClusterCreated', payload: { clusterId, title, phase: room.phase } });
      ideaIds.forEach((ideaId) => room.apply({ type: 'IdeaClustered', payload: { ideaId, clusterId } }));
      return true;
    } catch (failure) {
      showError(error, failure);
      if (failure.status === 409) {
        refresh();
      }
      return false;
    }
  }

  async function acceptOne(item) {
    showError(error, null);
    const next = neighbourOf(item);
    item.querySelectorAll('button').forEach((button) => {
      button.disabled = true;
    });
    const created = await create(item);
    item.querySelectorAll('button').forEach((button) => {
      button.disabled = false;
    });
    if (created) {
      render();
      announce(plural('announce.suggestionsAccepted', 1));
      focusAfter(next);
    }
  }

  function dismissOne(item) {
    const next = neighbourOf(item);
    forget(item.dataset.key, item);
    announce(t('announce.suggestionDismissed'));
    focusAfter(next);
  }

  function forget(key, item) {
    dismissed.add(key);
    sessionStorage.setItem(storageKey, JSON.stringify([...dismissed]));
    item.remove();
    renderPanel();
  }

  /** Where the keyboard goes once an item is gone: the next suggestion's title, else the previous, else the heading. */
  function neighbourOf(item) {
    return item.nextElementSibling?.dataset.key ?? item.previousElementSibling?.dataset.key ?? null;
  }

  function focusAfter(key) {
    const target = key ? items.get(key)?.querySelector('.suggestion-title') : null;
    (target ?? document.getElementById('suggestions-title')).focus();
  }

  acceptAll.addEventListener('click', async () => {
    showError(error, null);
    acceptAll.disabled = true;
    let created = 0;
    for (const item of [...list.children]) {
      if (!(await create(item))) {
        break;
      }
      created += 1;
    }
    acceptAll.disabled = false;
    render();
    if (created > 0) {
      announce(plural('announce.suggestionsAccepted', created));
    }
    document.getElementById('suggestions-title').focus();
  });
  document.getElementById('suggestions-refresh').addEventListener('click', () => load());

  return { render: renderPanel };
}
