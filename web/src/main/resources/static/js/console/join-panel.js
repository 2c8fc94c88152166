import { api, path } from '../api.js';
import { evaluatorPage } from '../evaluator-access.js';
import { t } from '../i18n.js';
import { setText, showError } from '../ui.js';

/** The room display's address: its read-only token and the join code in the fragment, never sent to the server. */
export function roomDisplayPage(workshopId, displayToken, joinCode) {
  const fragment = new URLSearchParams({ display: displayToken, ...(joinCode ? { code: joinCode } : {}) });
  return `${path`/room.html?workshop=${workshopId}`}#${fragment}`;
}

/**
 * What the room needs to come in: the code, its QR code and link; the room display for the
 * projector, opened with a token of its own; the evaluators' link, folded apart.
 */
export function joinPanel({ access, workshopId, token }) {
  document.getElementById('open-display').addEventListener('click', async () => {
    const errorNode = document.getElementById('display-error');
    showError(errorNode, null);
    // Opened at once (a window opened after an await is often blocked), then pointed at the display.
    const projector = window.open('about:blank', '_blank');
    try {
      const display = await api(path`/api/workshops/${workshopId}/displays`, { method: 'POST', token });
      const page = roomDisplayPage(workshopId, display.token, access.joinCode);
      if (projector) {
        projector.opener = null;
        projector.location.href = page;
      } else {
        window.location.assign(page);
      }
    } catch (error) {
      projector?.close();
      showError(errorNode, error);
    }
  });

  function renderJoin() {
    const code = access.joinCode ?? '';
    document.querySelector('.join-panel').classList.toggle('is-codeless', !code);
    const link = `${window.location.origin}/join.html?code=${encodeURIComponent(code)}`;
    setText(document.getElementById('join-code'), code);
    const qr = document.getElementById('join-qr');
    qr.src = path`/join/${code}/qr.svg`;
    qr.alt = t('console.qrAlt', { code });
    const anchor = document.getElementById('join-link');
    anchor.href = link;
    setText(anchor, link);
    // The evaluators' page, its read-only key in the fragment, which browsers never send to the server.
    document.getElementById('evaluator-page').hidden = !access.evaluatorToken;
    if (access.evaluatorToken) {
      const evaluatorLink = `${window.location.origin}${evaluatorPage('evaluator.html', workshopId, access.evaluatorToken)}`;
      const evaluatorAnchor = document.getElementById('evaluator-page-link');
      evaluatorAnchor.href = evaluatorLink;
      setText(evaluatorAnchor, evaluatorLink);
    }
  }

  return { render: renderJoin };
}
