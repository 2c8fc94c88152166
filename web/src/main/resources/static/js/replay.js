import { api, path } from './api.js';
import { IdeaList } from './idea-list.js';
import { plural, t } from './i18n.js';
import { describeEvent, formatInstant } from './history-text.js';
import { Room } from './room.js';
import { element, setText, showError, showPhase, showStep } from './ui.js';

// One change a second at ×1: a workshop of a few hundred changes replays in minutes, or seconds at ×16.
const BASE_INTERVAL_MS = 1000;
const MAX_CACHED_BOARDS = 400;
const PARALLEL_READS = 4;

/**
 * The board as it was at each position, from GET …/board?at=<position>, replayed at will: a slider
 * over positions 1..version, one step back or forth, play and pause at ×1, ×4 or ×16. Boards are read
 * ahead of the one shown and kept, so that playing stays smooth.
 */
export class Replay {
  #workshopId;
  #token;
  #names;
  #room = new Room();
  #ideas;
  #nodes;
  #workshop = {};
  #version = 1;
  #position = 1;
  #shown = 0;
  #events = new Map();
  #boards = new Map();
  #reading = new Map();
  #timer = null;
  #speed = 1;

  constructor({ workshopId, token, names }) {
    this.#workshopId = workshopId;
    this.#token = token;
    this.#names = names;
    const byId = (id) => document.getElementById(id);
    this.#nodes = {
      slider: byId('replay-position'),
      play: byId('replay-play'),
      previous: byId('replay-previous'),
      next: byId('replay-next'),
      caption: byId('replay-caption'),
      counter: byId('replay-counter'),
      phase: byId('replay-phase'),
      step: byId('replay-step'),
      time: byId('replay-time'),
      event: byId('replay-event'),
      error: byId('replay-error'),
      board: byId('replay-board'),
      proposals: byId('replay-proposal-list'),
      noProposals: byId('replay-no-proposals'),
    };
    this.#ideas = new IdeaList(byId('replay-ideas'), this.#room);
    this.#nodes.slider.addEventListener('input', () => this.show(Number(this.#nodes.slider.value)));
    this.#nodes.previous.addEventListener('click', () => this.show(this.#position - 1));
    this.#nodes.next.addEventListener('click', () => this.show(this.#position + 1));
    this.#nodes.play.addEventListener('click', () => (this.#timer ? this.pause() : this.play()));
    document.querySelectorAll('input[name="replay-speed"]').forEach((radio) => radio.addEventListener('change', () => {
      this.#speed = Number(radio.value);
      if (this.#timer) {
        this.pause();
        this.play();
      }
    }));
    this.#renderPlay();
  }

  /** Starts at the latest position, with the workshop's participants and the register for names. */
  start({ workshop, organisations, version, events }) {
    this.#workshop = workshop;
    this.#room.organisations = organisations;
    this.#version = Math.max(1, version);
    for (const event of events) {
      this.#events.set(event.position, event);
    }
    this.#nodes.slider.max = String(this.#version);
    return this.show(this.#version);
  }

  /** The events of positions, for the caption (what happened, when, in which phase). */
  learnEvents(events) {
    for (const event of events) {
      this.#events.set(event.position, event);
    }
    this.#renderCaption();
  }

  /** A coloured strip under the slider: where each phase lies on the axis of positions. */
  paintBands(bands) {
    const total = this.#version;
    const colour = (phase) => `var(--band-${phase.toLowerCase()})`;
    const stops = bands.flatMap((band) => [
      `${colour(band.phase)} ${((band.from - 1) / total) * 100}%`,
      `${colour(band.phase)} ${(band.to / total) * 100}%`,
    ]);
    this.#nodes.slider.parentElement.style.setProperty('--bands',
      stops.length > 0 ? `linear-gradient(to right, ${stops.join(', ')})` : 'none');
  }

  async show(position) {
    const wanted = Math.min(this.#version, Math.max(1, Math.round(position)));
    this.#position = wanted;
    this.#nodes.slider.value = String(wanted);
    this.#renderCaption();
    this.#readAhead();
    try {
      const board = await this.#board(wanted);
      if (this.#position !== wanted) {
        return; // the slider moved on while this board was read
      }
      showError(this.#nodes.error, null);
      this.#render(board, wanted);
    } catch (error) {
      if (this.#position === wanted) {
        showError(this.#nodes.error, error);
        this.pause();
      }
    }
  }

  play() {
    if (this.#position >= this.#version) {
      this.show(1); // played to the end: start again
    }
    this.#timer = setInterval(() => this.#tick(), BASE_INTERVAL_MS / this.#speed);
    this.#renderPlay();
    this.#readAhead();
  }

  pause() {
    clearInterval(this.#timer);
    this.#timer = null;
    this.#renderPlay();
  }

  /** Texts built from data, said again in the language just chosen. */
  render() {
    this.#renderPlay();
    this.#renderCaption();
    const board = this.#boards.get(this.#shown);
    if (board) {
      this.#render(board, this.#shown);
    }
  }

  #tick() {
    if (this.#position >= this.#version) {
      this.pause();
      return;
    }
    // Waits for the next board rather than skip it, so every change is seen.
    if (this.#shown === this.#position && this.#boards.has(this.#position + 1)) {
      this.show(this.#position + 1);
    } else {
      this.#readAhead();
    }
  }

  #board(position) {
    if (this.#boards.has(position)) {
      return Promise.resolve(this.#boards.get(position));
    }
    if (!this.#reading.has(position)) {
      const reading = api(`${path`/api/workshops/${this.#workshopId}/board`}?at=${position}`, { token: this.#token })
        .then((board) => {
          this.#keep(position, board);
          return board;
        })
        .finally(() => this.#reading.delete(position));
      this.#reading.set(position, reading);
    }
    return this.#reading.get(position);
  }

  #keep(position, board) {
    this.#boards.set(position, board);
    if (this.#boards.size > MAX_CACHED_BOARDS) {
      // Forgets the boards farthest from where the replay is.
      const farthest = [...this.#boards.keys()].sort((a, b) => Math.abs(b - this.#position) - Math.abs(a - this.#position));
      farthest.slice(0, this.#boards.size - MAX_CACHED_BOARDS).forEach((key) => this.#boards.delete(key));
    }
  }

  /** Reads the next few boards while playing, more at higher speeds, a few at a time. */
  #readAhead() {
    const ahead = this.#timer ? 4 * this.#speed : 2;
    for (let position = this.#position + 1; position <= Math.min(this.#version, this.#position + ahead); position++) {
      if (this.#reading.size >= PARALLEL_READS) {
        return;
      }
      if (!this.#boards.has(position) && !this.#reading.has(position)) {
        this.#board(position).then(() => this.#readAhead(), () => {});
      }
    }
  }

  #render(board, position) {
    this.#room.load({ board, workshop: this.#workshop });
    this.#names.learnBoard(board);
    this.#ideas.render();
    this.#renderProposals(board.proposals ?? []);
    this.#shown = position;
    this.#nodes.board.dataset.position = String(position);
    this.#nodes.board.dataset.ideas = String(board.ideas.length);
    showPhase(this.#nodes.phase, board.phase);
    showStep(this.#nodes.step, board.step);
  }

  #renderProposals(proposals) {
    this.#nodes.noProposals.hidden = proposals.length > 0;
    this.#nodes.proposals.replaceChildren(...proposals.map((proposal) => {
      const organisations = (proposal.commitments ?? []).map((commitment) => this.#names.organisation(commitment.organisationId));
      return element('li', {
        className: `replay-proposal${proposal.status === 'WITHDRAWN' ? ' is-withdrawn' : ''}`,
        attributes: { 'data-proposal-id': proposal.proposalId },
      }, [
        element('p', { className: 'replay-proposal-title', text: proposal.title }),
        element('p', { className: 'hint', text: organisations.length > 0
          ? plural('replay.commitments', organisations.length, { organisations: organisations.join(', ') })
          : t('replay.noCommitment') }),
        ...(proposal.partnershipId ? [element('p', { className: 'partnership-badge', text: t('replay.partnership') })] : []),
        ...(proposal.status === 'WITHDRAWN' ? [element('p', { className: 'hint', text: t('replay.withdrawn') })] : []),
        element('p', { className: 'hint', text: plural('ideas.votes', proposal.votes ?? 0) }),
      ]);
    }));
  }

  #renderCaption() {
    setText(this.#nodes.counter, t('replay.counter', { position: this.#position, version: this.#version }));
    const event = this.#events.get(this.#position);
    setText(this.#nodes.time, event ? formatInstant(event.at) : '');
    if (event) {
      this.#nodes.time.setAttribute('datetime', event.at);
      showPhase(this.#nodes.phase, event.phase);
      showStep(this.#nodes.step, event.step);
    }
    setText(this.#nodes.event, event ? describeEvent(event, this.#names) : '');
  }

  #renderPlay() {
    const playing = Boolean(this.#timer);
    setText(this.#nodes.play, playing ? t('replay.pause') : t('replay.play'));
    this.#nodes.play.dataset.playing = String(playing);
    // While playing, the caption changes too fast to be read out; it is said again once paused.
    this.#nodes.caption.setAttribute('aria-live', playing ? 'off' : 'polite');
    this.#nodes.board.classList.toggle('is-playing', playing);
  }
}
