import { api, path } from './api.js';
import { formatSpan } from './format.js';
import { halfDayState, offerCalendar } from './half-days.js';
import { participantPage, rejoinLink, showRejoinQr } from './identity.js';
import { t } from './i18n.js';
import { element, setText } from './ui.js';

/**
 * The personal code as the join confirmation and the participant page show it: the code, the link
 * it makes, and that link's QR code to photograph.
 */
export function showPersonalCode({ code, link, qr }, rejoinCode) {
  setText(code, rejoinCode);
  const url = rejoinLink(rejoinCode);
  link.href = url;
  setText(link, url);
  showRejoinQr(qr, rejoinCode).catch(() => {
    qr.hidden = true; // the code and the link say the same; the picture is a convenience
  });
}

/** The workshop's dated half-days as a list, and their calendar to download; hidden without dates. */
export async function showHalfDays({ box, list, calendarLink }, identity) {
  const workshop = await api(path`/api/workshops/${identity.workshopId}`, { token: identity.token });
  const state = halfDayState(workshop.sessions);
  box.hidden = state.count === 0;
  list.replaceChildren(...state.sessions.map((session, index) => element('li', {}, [
    element('strong', { text: t('halfDays.item', { number: index + 1, phase: t(`phase.${session.phase}`) }) }),
    element('span', { text: ` ${formatSpan(session.start, session.end)}` }),
  ])));
  if (state.count > 0) {
    offerCalendar(calendarLink, {
      workshopId: identity.workshopId, title: workshop.title, sessions: state.sessions,
      link: `${window.location.origin}${participantPage(identity.workshopId)}`,
    });
  }
  return workshop;
}
