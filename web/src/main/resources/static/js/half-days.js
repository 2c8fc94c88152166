import { currentLanguage, t } from './i18n.js';

// The workshop's dated half-days (its `sessions`): which one is under way, which comes next, and
// their calendar. Times are shown in the reader's time zone.

/**
 * Where the room stands among its half-days at `now`: `current` is the index of the half-day under
 * way (-1: none), `next` the index of the next one to start (-1: none left), `between` true once one
 * has ended and another is still to come (the room waits for its next date).
 */
export function halfDayState(sessions, now = Date.now()) {
  const dated = (sessions ?? []).filter((s) => s?.start && s?.end);
  const at = (instant) => new Date(instant).getTime();
  const current = dated.findIndex((s) => at(s.start) <= now && now <= at(s.end));
  const next = dated.findIndex((s) => at(s.start) > now);
  const ended = dated.some((s) => at(s.end) < now);
  return { count: dated.length, sessions: dated, current, next, between: current < 0 && next >= 0 && ended };
}

function locale() {
  return currentLanguage() === 'en' ? 'en-GB' : currentLanguage();
}

/** "15 octobre", "15 October": the day as people say it. */
export function formatLongDay(instant) {
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long' }).format(new Date(instant));
}

/** "14 h", "14 h 30" in French; "14:00" in English. */
export function formatHour(instant) {
  const date = new Date(instant);
  if (currentLanguage() === 'fr') {
    const minutes = date.getMinutes();
    return `${date.getHours()} h${minutes ? ` ${String(minutes).padStart(2, '0')}` : ''}`;
  }
  return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit' }).format(date);
}

/** "Prochaine séance le 15 octobre à 14 h". */
export function nextSessionText(session) {
  return t('halfDays.next', { day: formatLongDay(session.start), hour: formatHour(session.start) });
}

/** "Demi-journée 2 sur 3 : Utopie, jusqu'à 17 h 30" / what the room is at, or '' without dates. */
export function halfDayLine(state) {
  if (state.count === 0) {
    return '';
  }
  if (state.current >= 0) {
    const session = state.sessions[state.current];
    return t('halfDays.current', {
      number: state.current + 1, count: state.count, phase: t(`phase.${session.phase}`), hour: formatHour(session.end),
    });
  }
  return state.next >= 0 ? nextSessionText(state.sessions[state.next]) : t('halfDays.over');
}

function icsTime(instant) {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Text as iCalendar wants it: commas, semicolons and backslashes escaped, lines kept. */
function icsText(value) {
  return String(value ?? '').replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/**
 * The workshop's half-days as an iCalendar file (RFC 5545), one event per half-day, times in UTC;
 * `link` goes in each event so the calendar brings the person back to the workshop.
 */
export function calendar({ workshopId, title, sessions, link, stamp = new Date() }) {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Atelier//Ateliers du Futur//FR', 'CALSCALE:GREGORIAN'];
  (sessions ?? []).filter((s) => s?.start && s?.end).forEach((session, index) => {
    lines.push('BEGIN:VEVENT',
      `UID:${workshopId}-${index + 1}@atelier`,
      `DTSTAMP:${icsTime(stamp)}`,
      `DTSTART:${icsTime(session.start)}`,
      `DTEND:${icsTime(session.end)}`,
      `SUMMARY:${icsText(t('halfDays.calendarTitle', { title, phase: t(`phase.${session.phase}`), number: index + 1 }))}`,
      ...(link ? [`URL:${link}`, `DESCRIPTION:${icsText(link)}`] : []),
      'END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

/** Points a link at the calendar as a file to download. */
export function offerCalendar(anchor, options) {
  const previous = anchor.dataset.objectUrl;
  anchor.href = URL.createObjectURL(new Blob([calendar(options)], { type: 'text/calendar' }));
  anchor.dataset.objectUrl = anchor.href;
  anchor.download = 'atelier.ics';
  if (previous) {
    URL.revokeObjectURL(previous);
  }
}
