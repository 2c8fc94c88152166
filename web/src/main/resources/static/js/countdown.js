import { remainingMs } from './clock.js';
import { t } from './i18n.js';
import { setText } from './ui.js';

const TICK_MS = 250;

/** mm:ss, or h:mm:ss from an hour up; whole seconds rounded up, so 00:00 means the time is up. */
export function formatClock(ms) {
  const total = Math.ceil(ms / 1000);
  const two = (value) => String(value).padStart(2, '0');
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/**
 * Shows a room's timer in a block holding .countdown (role=timer) and .timer-note (aria-live polite),
 * from the server's clock. When a running countdown reaches zero while watched, the block turns to
 * its "over" state and the note says so, which screen readers announce politely.
 */
export class Countdown {
  #root;
  #display;
  #note;
  #timer = null;
  #ticking = null;
  #lastLeft = null;

  constructor(root) {
    this.#root = root;
    this.#display = root.querySelector('.countdown');
    this.#note = root.querySelector('.timer-note');
  }

  show(timer) {
    if (!timer) {
      this.#lastLeft = null;
    }
    this.#timer = timer;
    this.#tick();
    const running = timer?.state === 'RUNNING' && this.#lastLeft > 0;
    if (running && !this.#ticking) {
      this.#ticking = setInterval(() => this.#tick(), TICK_MS);
    } else if (!running && this.#ticking) {
      clearInterval(this.#ticking);
      this.#ticking = null;
    }
  }

  #tick() {
    const timer = this.#timer;
    const left = remainingMs(timer);
    this.#root.hidden = left === null;
    if (left === null) {
      this.#root.dataset.state = 'none';
      return;
    }
    const reachedZero = timer.state === 'RUNNING' && left === 0;
    const state = reachedZero ? 'over' : timer.state === 'PAUSED' ? 'paused' : 'running';
    this.#root.dataset.state = state;
    this.#root.dataset.seconds = String(Math.ceil(left / 1000));
    setText(this.#display, formatClock(left));
    setText(this.#note, state === 'over' ? t('timer.over') : state === 'paused' ? t('timer.paused') : '');
    // The signal moves only when the zero is seen arriving; a page opened after the end just shows it.
    if (reachedZero && this.#lastLeft > 0) {
      this.#root.classList.add('just-ended');
    } else if (!reachedZero) {
      this.#root.classList.remove('just-ended');
    }
    this.#lastLeft = left;
    if (reachedZero && this.#ticking) {
      clearInterval(this.#ticking);
      this.#ticking = null;
    }
  }
}
