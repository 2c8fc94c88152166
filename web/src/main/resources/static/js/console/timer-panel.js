import { api, path } from '../api.js';
import { noteServerTime } from '../clock.js';
import { Countdown } from '../countdown.js';
import { plural, t } from '../i18n.js';
import { isOpen } from '../room.js';
import { announce, setText, showError } from '../ui.js';

const MAX_TIMER_MINUTES = 120;
const EXTEND_SECONDS = 60;

/** The step's countdown: start, pause or resume, one more minute, stop. */
export function timerPanel({ room, workshopId, token, render, refresh }) {
  const timerError = document.getElementById('timer-error');
  const countdown = new Countdown(document.getElementById('timer'));
  let timerBusy = false;

  function renderTimer() {
    countdown.show(room.timer);
    const open = isOpen(room.phase);
    const timer = room.timer;
    document.getElementById('timer-none').hidden = Boolean(timer);
    document.getElementById('timer-start').disabled = !open;
    document.getElementById('timer-minutes').disabled = !open;
    const pause = document.getElementById('timer-pause');
    pause.disabled = !timer;
    setText(pause, timer?.state === 'PAUSED' ? t('timer.resume') : t('timer.pause'));
    document.getElementById('timer-extend').disabled = !timer;
    document.getElementById('timer-stop').disabled = !timer;
  }

  /**
   * Runs a timer call, one at a time (buttons stay enabled so the keyboard focus stays on them);
   * the answer carries the server's time, which keeps every screen's countdown together.
   */
  async function timerCall(action, body) {
    if (timerBusy) {
      return false;
    }
    showError(timerError, null);
    timerBusy = true;
    try {
      const answer = await api(`${path`/api/workshops/${workshopId}/timer/`}${action}`, {
        method: 'POST', token, ...(body ? { body } : {}),
      });
      noteServerTime(answer.serverTime);
      room.loadTimer(answer.timer);
      return true;
    } catch (error) {
      showError(timerError, error);
      if (error.status === 409) {
        refresh();
      }
      return false;
    } finally {
      timerBusy = false;
      render();
    }
  }

  document.getElementById('timer-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = document.getElementById('timer-minutes');
    const minutes = Number(input.value);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_TIMER_MINUTES) {
      showError(timerError, { detail: t('timer.minutesInvalid', { max: MAX_TIMER_MINUTES }) });
      input.focus();
      return;
    }
    if (await timerCall('start', { seconds: minutes * 60 })) {
      announce(plural('announce.timerStarted', minutes));
    }
  });

  document.getElementById('timer-pause').addEventListener('click', async () => {
    const pausing = room.timer?.state !== 'PAUSED';
    if (await timerCall(pausing ? 'pause' : 'resume')) {
      announce(t(pausing ? 'announce.timerPaused' : 'announce.timerResumed'));
    }
  });

  document.getElementById('timer-extend').addEventListener('click', async () => {
    if (await timerCall('extend', { seconds: EXTEND_SECONDS })) {
      announce(t('announce.timerExtended'));
    }
  });

  document.getElementById('timer-stop').addEventListener('click', async () => {
    if (await timerCall('stop')) {
      announce(t('announce.timerStopped'));
      document.getElementById('timer-minutes').focus(); // the button is now disabled
    }
  });

  return { render: renderTimer };
}
