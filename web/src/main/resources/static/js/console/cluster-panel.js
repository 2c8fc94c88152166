import { api, path } from '../api.js';
import { ClusterBoard } from '../cluster-board.js';
import { plural, t } from '../i18n.js';
import { isOpen } from '../room.js';
import { announce, confirmAction, setText, showError } from '../ui.js';

/** The clusters of the phase now open: create, move ideas into (picker, select or drag), rename, merge, dissolve. */
export function clusterPanel({ room, workshopId, token, render, refresh }) {
  const clusters = new ClusterBoard(document.getElementById('cluster-board'), room, {
    move: moveIdea, rename: renameCluster, merge: mergeCluster, dissolve: dissolveCluster,
  });

  function renderClusters() {
    const open = isOpen(room.phase);
    document.getElementById('cluster-panel').hidden = !open;
    if (open) {
      setText(document.getElementById('clusters-title'), t('clusters.title', { phase: t(`phase.${room.phase}`) }));
      clusters.render();
    }
  }

  /** Puts an idea in a cluster (null: in none); answers true once done. */
  async function moveIdea(ideaId, clusterId) {
    try {
      await api(path`/api/workshops/${workshopId}/ideas/${ideaId}/cluster`, {
        method: 'PUT', token, body: { clusterId },
      });
      // Shown at once; the IdeaClustered message that follows says the same.
      room.apply({ type: 'IdeaClustered', payload: { ideaId, clusterId } });
      render();
      const title = clusterId ? room.clusters.get(clusterId)?.title ?? '' : t('ideas.unclustered');
      announce(t('announce.moved', { title }));
      return true;
    } catch (error) {
      showError(document.getElementById('cluster-error'), error);
      if (error.status === 409) {
        refresh();
      }
      return false;
    }
  }

  /** Runs a call on a cluster; answers true once done, else shows why (a 409: the board is read again). */
  async function clusterCall(call) {
    const clusterError = document.getElementById('cluster-error');
    showError(clusterError, null);
    try {
      await call();
      render();
      return true;
    } catch (error) {
      showError(clusterError, error);
      if (error.status === 409 || error.status === 404) {
        refresh();
      }
      return false;
    }
  }

  function renameCluster(clusterId, title) {
    return clusterCall(async () => {
      await api(path`/api/workshops/${workshopId}/clusters/${clusterId}`, { method: 'PATCH', token, body: { title } });
      // Shown at once; the ClusterRenamed message that follows sets the same title.
      room.apply({ type: 'ClusterRenamed', payload: { clusterId, title } });
      announce(t('announce.renamed', { title }));
    });
  }

  async function mergeCluster(clusterId, into) {
    const title = room.clusters.get(clusterId)?.title ?? '';
    const intoTitle = room.clusters.get(into)?.title ?? '';
    const { confirmed } = await confirmAction({
      title: t('clusters.mergeTitle', { title, into: intoTitle }),
      message: t('clusters.mergeMessage', { title, into: intoTitle }),
      confirmLabel: t('clusters.merge'),
      destructive: true,
    });
    if (!confirmed) {
      return false;
    }
    return clusterCall(async () => {
      await api(path`/api/workshops/${workshopId}/clusters/${clusterId}/merge`, { method: 'POST', token, body: { into } });
      // Shown at once; the board read that follows the ClustersMerged message agrees.
      room.apply({ type: 'ClustersMerged', payload: { clusterId, into } });
      announce(t('announce.merged', { title, into: intoTitle }));
    });
  }

  async function dissolveCluster(clusterId) {
    const title = room.clusters.get(clusterId)?.title ?? '';
    const { confirmed } = await confirmAction({
      title: t('clusters.dissolveTitle', { title }),
      message: t('clusters.dissolveMessage', { title }),
      confirmLabel: t('clusters.dissolve'),
      destructive: true,
    });
    if (!confirmed) {
      return false;
    }
    return clusterCall(async () => {
      await api(path`/api/workshops/${workshopId}/clusters/${clusterId}`, { method: 'DELETE', token });
      // Shown at once; the board read that follows the ClusterDissolved message agrees.
      room.apply({ type: 'ClusterDissolved', payload: { clusterId } });
      announce(t('announce.dissolved', { title }));
    });
  }

  async function createCluster(event) {
    event.preventDefault();
    const clusterError = document.getElementById('cluster-error');
    const titleInput = document.getElementById('cluster-title');
    showError(clusterError, null);
    const title = titleInput.value.trim();
    if (!title) {
      showError(clusterError, { detail: t('clusters.titleRequired') });
      titleInput.focus();
      return;
    }
    const ideaIds = clusters.picked();
    const submit = document.getElementById('cluster-create');
    submit.disabled = true;
    try {
      const { clusterId } = await api(path`/api/workshops/${workshopId}/clusters`, {
        method: 'POST', token, body: { title, ideaIds },
      });
      // Shown at once; the ClusterCreated and IdeaClustered messages that follow set the same.
      room.apply({ type: 'ClusterCreated', payload: { clusterId, title, phase: room.phase } });
      ideaIds.forEach((ideaId) => room.apply({ type: 'IdeaClustered', payload: { ideaId, clusterId } }));
      clusters.clearPicked();
      titleInput.value = '';
      render();
      announce(plural('announce.clusterCreated', ideaIds.length, { title }));
    } catch (error) {
      showError(clusterError, error);
      if (error.status === 409) {
        refresh();
      }
    } finally {
      submit.disabled = false;
      titleInput.focus();
    }
  }

  document.getElementById('cluster-form').addEventListener('submit', createCluster);

  return { render: renderClusters };
}
