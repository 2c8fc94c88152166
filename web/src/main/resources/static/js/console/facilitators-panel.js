import { api, path } from '../api.js';
import { t } from '../i18n.js';
import { announce, confirmAction, element, setText, showError } from '../ui.js';

const CHANGES_FACILITATORS = new Set(['FacilitatorAdded', 'FacilitatorRemoved']);

/** The console's link for a co-facilitator: their token and the room's code in the fragment, never sent to the server. */
export function handoverLink(workshopId, token, joinCode) {
  const fragment = new URLSearchParams({ facilitator: token, ...(joinCode ? { code: joinCode } : {}) });
  return `${window.location.origin}${path`/facilitator.html?workshop=${workshopId}`}#${fragment}`;
}

/**
 * Who runs the room: the facilitators (the first one, then co-facilitators), a co-facilitator added
 * with a link to hand over, one withdrawn. Every console follows the others' changes live.
 */
export function facilitatorsPanel({ workshopId, token, access }) {
  const list = document.getElementById('facilitator-list');
  const errorNode = document.getElementById('facilitators-error');
  const nameInput = document.getElementById('facilitator-name');
  let facilitators = [];

  async function load() {
    try {
      facilitators = await api(path`/api/workshops/${workshopId}/facilitators`, { token });
      renderPanel();
    } catch (error) {
      showError(errorNode, error);
    }
  }

  function nameOf(facilitator) {
    if (facilitator.first) {
      return t('facilitators.first');
    }
    return facilitator.name;
  }

  function renderPanel() {
    list.replaceChildren(...facilitators.map((facilitator) => {
      const nameId = `facilitator-${facilitator.facilitatorId}`;
      const parts = [element('span', { className: 'facilitator-name', text: nameOf(facilitator), attributes: { id: nameId } })];
      if (facilitator.you) {
        parts.push(element('span', { className: 'facilitator-you', text: t('facilitators.you') }));
      } else if (facilitators.length > 1) {
        const remove = element('button', {
          className: 'secondary small danger-text', text: t('facilitators.remove'),
          attributes: { type: 'button', 'aria-describedby': nameId },
        });
        remove.addEventListener('click', () => removeFacilitator(facilitator));
        parts.push(remove);
      }
      return element('li', { attributes: { 'data-facilitator-id': facilitator.facilitatorId } }, parts);
    }));
  }

  async function removeFacilitator(facilitator) {
    const { confirmed } = await confirmAction({
      title: t('facilitators.removeTitle', { name: nameOf(facilitator) }),
      message: t('facilitators.removeMessage'),
      confirmLabel: t('facilitators.remove'),
      destructive: true,
    });
    if (!confirmed) {
      return;
    }
    showError(errorNode, null);
    try {
      await api(path`/api/workshops/${workshopId}/facilitators/${facilitator.facilitatorId}`, { method: 'DELETE', token });
      await load();
      document.getElementById('facilitators-title').focus();
      announce(t('facilitators.removed', { name: nameOf(facilitator) }));
    } catch (error) {
      showError(errorNode, error);
    }
  }

  document.getElementById('facilitator-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    showError(errorNode, null);
    const name = nameInput.value.trim();
    if (!name) {
      showError(errorNode, { detail: t('facilitators.nameRequired') });
      nameInput.focus();
      return;
    }
    const submit = document.getElementById('facilitator-add');
    submit.disabled = true;
    try {
      const added = await api(path`/api/workshops/${workshopId}/facilitators`, { method: 'POST', token, body: { name } });
      nameInput.value = '';
      document.getElementById('handover').hidden = false;
      setText(document.getElementById('handover-text'), t('facilitators.handover', { name }));
      const link = document.getElementById('handover-link');
      link.value = handoverLink(workshopId, added.token, access.joinCode);
      link.focus();
      link.select();
      await load();
    } catch (error) {
      showError(errorNode, error);
    } finally {
      submit.disabled = false;
    }
  });

  document.getElementById('handover-copy').addEventListener('click', async () => {
    const link = document.getElementById('handover-link');
    try {
      await navigator.clipboard.writeText(link.value);
      announce(t('facilitators.copied'));
    } catch {
      link.select(); // no clipboard on a plain-HTTP LAN address: the link is selected, to copy by hand
    }
  });

  return {
    render() {},
    load,
    onMessage(message) {
      if (CHANGES_FACILITATORS.has(message.type)) {
        load();
      }
    },
  };
}
