import { readJsonStorage } from './ui.js';

/**
 * A participant's own dots, per phase and idea. The board only carries tallies, so the page counts
 * its own: from its calls that succeeded and from the live VoteCast / VoteRetracted whose voter is
 * this participant. A call of this page and its live echo arrive in either order; whichever comes
 * first counts, the other is matched to it. Kept in the tab's storage so a reload keeps them.
 */
export class OwnDots {
  #storageKey;
  #counts; // {phase: {ideaId: dots}}
  #calls = []; // this page's calls not yet both answered and echoed

  constructor(storageKey) {
    this.#storageKey = storageKey;
    const stored = readJsonStorage(sessionStorage, storageKey);
    this.#counts = stored && typeof stored === 'object' ? stored : {};
  }

  on(phase, ideaId) {
    return this.#counts[phase]?.[ideaId] ?? 0;
  }

  used(phase) {
    return Object.values(this.#counts[phase] ?? {}).reduce((sum, dots) => sum + dots, 0);
  }

  /** A vote (+1) or a retract (-1) this page is about to send; answers the handle for its outcome. */
  begin(phase, ideaId, delta) {
    const call = { phase, ideaId, delta, counted: false, answered: false, echoed: false };
    this.#calls.push(call);
    return call;
  }

  succeeded(call) {
    call.answered = true;
    this.#countOnce(call);
  }

  failed(call) {
    // An echo already seen means the server did record it, whatever the answer said.
    this.#calls = this.#calls.filter((other) => other !== call);
  }

  /** A live VoteCast (+1) or VoteRetracted (-1) of this participant. */
  echo(phase, ideaId, delta) {
    const call = this.#calls.find((c) => !c.echoed && c.phase === phase && c.ideaId === ideaId && c.delta === delta);
    if (!call) {
      this.#add(phase, ideaId, delta); // cast elsewhere, e.g. in another tab
      return;
    }
    call.echoed = true;
    this.#countOnce(call);
  }

  #countOnce(call) {
    if (!call.counted) {
      call.counted = true;
      this.#add(call.phase, call.ideaId, call.delta);
    }
    if (call.answered && call.echoed) {
      this.#calls = this.#calls.filter((other) => other !== call);
    }
  }

  #add(phase, ideaId, delta) {
    const ofPhase = this.#counts[phase] ?? {};
    ofPhase[ideaId] = Math.max(0, (ofPhase[ideaId] ?? 0) + delta);
    this.#counts[phase] = ofPhase;
    try {
      sessionStorage.setItem(this.#storageKey, JSON.stringify(this.#counts));
    } catch {
      // A full or disabled storage only costs the count across a reload.
    }
  }
}
