import { path } from '../api.js';
import { evaluatorPage } from '../evaluator-access.js';
import { t } from '../i18n.js';
import { setText } from '../ui.js';

/** What the room needs to come in: the code, its QR code and link; the evaluators' link, folded apart. */
export function joinPanel({ access, workshopId }) {
  function renderJoin() {
    const code = access.joinCode;
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
