/* global StompJs */
import { api, path } from './api.js';
import { noteServerTime } from './clock.js';
import { t } from './i18n.js';

// Keeps a page's copy of a workshop in step with everyone else's, across reconnects:
// subscribe, wait for the RECEIPT, read the board, then apply only messages above its version,
// in order, each exactly once. Anything missed (a gap, an unknown message) means reading the board again.

export const LiveState = Object.freeze({
  CONNECTING: 'connecting',
  LIVE: 'live',
  RECONNECTING: 'reconnecting',
});

// Message types whose payload pages know how to apply; any other type is folded in by a board read.
const KNOWN_TYPES = new Set([
  'WorkshopScheduled', 'ParticipantJoined', 'PhaseAdvanced', 'StepAdvanced', 'WorkshopClosed',
  'IdeaPosted', 'IdeaEdited', 'IdeaWithdrawn', 'IdeaHidden',
  // A held idea's approval carries it whole; its submission and rejection are read from the board.
  'IdeaApproved',
  'StepReverted', 'PhaseReverted', 'ParticipantReady',
  'TimerStarted', 'TimerPaused', 'TimerResumed', 'TimerExtended', 'TimerStopped',
  'ClusterCreated', 'ClusterRenamed', 'IdeaClustered',
  'VoteCast', 'VoteRetracted', 'ClusterVoteCast', 'ClusterVoteRetracted',
  // Parked off the board: nothing on any screen changes until REALIZATION opens.
  'ObjectionParked',
  'ProjectProposed', 'ProposalAmended', 'ProposalWithdrawn', 'ProposalsRanked',
  'OrganisationCommitted', 'CommitmentWithdrawn',
  'PartnershipFormed', 'PartnershipExtended', 'PartnershipReduced', 'PartnershipDissolved',
  'ProposalVoteCast', 'ProposalVoteRetracted',
  'ActionAgreed', 'ActionUpdated',
  // People: who is in the room, who runs it, who came to which half-day.
  'ParticipantRemoved', 'RejoinCodeReplaced', 'FacilitatorAdded', 'FacilitatorRemoved', 'ParticipantAttended',
]);

// Moves of the room whose effects reach beyond their payload (the dots of the new phase, tallies
// hidden until the VOTE step ends, objections surfacing in REALIZATION): applied, then the board is read.
const READ_AFTER = new Set(['PhaseAdvanced', 'PhaseReverted', 'StepAdvanced', 'StepReverted', 'WorkshopClosed']);

const FIRST_RECONNECT_DELAY_MS = 500;
const MAX_RECONNECT_DELAY_MS = 10_000;
const HEARTBEAT_MS = 10_000;
const CONNECTION_TIMEOUT_MS = 10_000;
const READ_RETRY_DELAY_MS = 2_000;

/**
 * Starts following a workshop.
 * onSync({board, workshop}) replaces the page's state; onMessage(message) applies one change;
 * onState(state) reports the connection; onError(error) reports what a person may need to know.
 * Answers {refresh()}.
 */
export function followWorkshop({ workshopId, token, onSync, onMessage, onState = () => {}, onError = () => {} }) {
  // Read by browser tests, so kept current rather than replaced.
  const status = { version: 0, state: LiveState.CONNECTING };
  window.atelierLive = status;

  let connection = 0; // bumped on every connect and close, so late work from an old connection is dropped
  let subscribed = false; // the RECEIPT for this connection's subscription has arrived
  let synced = false; // the board read is done; until then messages wait in `pending`
  let pending = [];
  let reads = 0; // only the latest board read may be applied
  let everLive = false;

  const client = new StompJs.Client({
    brokerURL: socketUrl(),
    connectHeaders: { Authorization: `Bearer ${token}` },
    reconnectDelay: FIRST_RECONNECT_DELAY_MS,
    reconnectTimeMode: StompJs.ReconnectionTimeMode.EXPONENTIAL,
    maxReconnectDelay: MAX_RECONNECT_DELAY_MS,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    heartbeatIncoming: HEARTBEAT_MS,
    heartbeatOutgoing: HEARTBEAT_MS,
    onConnect: subscribe,
    onWebSocketClose: () => {
      connection += 1;
      subscribed = false;
      synced = false;
      pending = [];
      setState(everLive ? LiveState.RECONNECTING : LiveState.CONNECTING);
    },
    onStompError: (frame) => onError(new Error(frame.headers.message || t('error.live'))),
  });

  function setState(state) {
    status.state = state;
    onState(state);
  }

  function subscribe() {
    connection += 1;
    const current = connection;
    subscribed = false;
    synced = false;
    pending = [];
    const receipt = `subscribed-${current}-${Date.now()}`;
    client.watchForReceipt(receipt, () => {
      if (current === connection) {
        subscribed = true;
        readBoard();
      }
    });
    client.subscribe(path`/topic/workshops/${workshopId}`, (frame) => receive(current, frame), { receipt });
  }

  function receive(fromConnection, frame) {
    if (fromConnection !== connection) {
      return;
    }
    let message;
    try {
      message = JSON.parse(frame.body);
    } catch {
      readBoard(); // an unreadable change is still a change: take it from the board
      return;
    }
    noteServerTime(message.at);
    if (synced) {
      apply(message);
    } else {
      pending.push(message);
    }
  }

  async function readBoard() {
    synced = false;
    reads += 1;
    const read = reads;
    const current = connection;
    const stale = () => read !== reads || current !== connection;
    try {
      const board = await api(path`/api/workshops/${workshopId}/board`, { token });
      noteServerTime(board.serverTime);
      // Read after the board, so the summary holds at least every change the board holds.
      const workshop = await api(path`/api/workshops/${workshopId}`, { token });
      if (stale()) {
        return;
      }
      status.version = board.version;
      onSync({ board, workshop });
      synced = true;
      everLive = true;
      setState(LiveState.LIVE);
      drain();
    } catch (error) {
      if (stale()) {
        return;
      }
      onError(error);
      if (error.transient) {
        setTimeout(() => {
          if (!stale()) {
            readBoard();
          }
        }, READ_RETRY_DELAY_MS);
      }
    }
  }

  function drain() {
    const queued = pending.sort((a, b) => a.position - b.position);
    pending = [];
    for (let index = 0; index < queued.length; index += 1) {
      apply(queued[index]);
      if (!synced) {
        // A gap sent us back to the board: keep the rest for after that read.
        pending = queued.slice(index + 1).concat(pending);
        return;
      }
    }
  }

  function apply(message) {
    if (message.position <= status.version) {
      return; // already on the board
    }
    if (message.position > status.version + 1) {
      pending.push(message);
      readBoard(); // something was missed
      return;
    }
    status.version = message.position;
    // A privately written idea, an anonymous one or a hidden tally travels without what this page
    // may or may not see; the board read answers for this screen.
    if (KNOWN_TYPES.has(message.type) && !isRedacted(message)) {
      onMessage(message);
      if (READ_AFTER.has(message.type)) {
        readBoard();
      }
    } else {
      readBoard();
    }
  }

  client.activate();

  return {
    /** Reads the board again, e.g. after a 409 said the page is behind. */
    refresh() {
      if (subscribed) {
        readBoard();
      }
    },
    /** Stops following for good (the reader was removed from the room). */
    stop() {
      connection += 1;
      client.deactivate();
    },
  };
}

function socketUrl() {
  const url = new URL('/ws', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

function isRedacted({ type, payload }) {
  const hiddenTally = ((type === 'VoteCast' || type === 'VoteRetracted') && !payload?.ideaId)
    || ((type === 'ClusterVoteCast' || type === 'ClusterVoteRetracted') && !payload?.clusterId)
    || ((type === 'ProposalVoteCast' || type === 'ProposalVoteRetracted') && !payload?.proposalId);
  // Where REALIZATION is anonymous a proposal travels without its proposer, whom its own author's
  // screen still shows (and may amend it for): the board says who this screen may see.
  const anonymousProposal = type === 'ProjectProposed' && !Object.hasOwn(payload ?? {}, 'proposer');
  // An idea held for moderation travels without content: only its author and the facilitator may read it.
  const held = payload?.held === true;
  return payload?.private === true || hiddenTally || anonymousProposal || held;
}
