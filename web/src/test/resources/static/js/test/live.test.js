import { followWorkshop, LiveState } from '../live.js';
import { assertEqual, test } from './harness.js';

// The live client against a stand-in STOMP client and server: what it applies, in which order, and when it reads the board.

class FakeStomp {
  static last = null;

  constructor(config) {
    this.config = config;
    this.receipts = new Map();
    this.handler = null;
    FakeStomp.last = this;
  }

  activate() {}

  watchForReceipt(receipt, callback) {
    this.receipts.set(receipt, callback);
  }

  subscribe(destination, handler, headers) {
    this.destination = destination;
    this.handler = handler;
    this.receipt = headers.receipt;
  }

  /** The server accepts the connection and confirms the subscription. */
  connect() {
    this.config.onConnect();
    this.receipts.get(this.receipt)();
  }

  drop() {
    this.config.onWebSocketClose();
  }

  send(message) {
    this.handler({ body: JSON.stringify({ workshopId: 'w1', at: '2026-12-03T20:00:00Z', payload: {}, ...message }) });
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

/** Follows workshop w1 against boards answered in turn (the last one again once they run out). */
async function following(boardVersions) {
  const realFetch = window.fetch;
  const versions = [...boardVersions];
  const reads = [];
  window.StompJs = { Client: FakeStomp, ReconnectionTimeMode: { EXPONENTIAL: 'EXPONENTIAL' } };
  window.fetch = async (url) => {
    const isBoard = String(url).endsWith('/board');
    const body = isBoard
      ? { phase: 'CRITIQUE', step: 'COLLECT', ideas: [], version: versions.length > 1 ? versions.shift() : versions[0] }
      : { workshopId: 'w1', title: 'Atelier', participants: [] };
    if (isBoard) {
      reads.push(body.version);
    }
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  const applied = [];
  const states = [];
  const live = followWorkshop({
    workshopId: 'w1',
    token: 'token',
    onSync: () => applied.push('sync'),
    onMessage: (message) => applied.push(message.position),
    onState: (state) => states.push(state),
  });
  return {
    live, applied, states, reads, stomp: FakeStomp.last,
    restore: () => {
      window.fetch = realFetch;
      delete window.StompJs;
    },
  };
}

const ideaPosted = (position) => ({ type: 'IdeaPosted', position, payload: { ideaId: `i${position}`, text: 'x' } });

test('live: nothing is read before the subscription is confirmed, then the board, then the changes above it in order', async () => {
  const screen = await following([5]);
  try {
    screen.stomp.config.onConnect();
    await settle();
    assertEqual(screen.reads, [], 'board reads before the receipt');
    screen.stomp.receipts.get(screen.stomp.receipt)();
    screen.stomp.send(ideaPosted(7));
    screen.stomp.send(ideaPosted(5));
    screen.stomp.send(ideaPosted(6));
    await settle();
    assertEqual(screen.applied, ['sync', 6, 7], 'applied');
    assertEqual(screen.states.at(-1), LiveState.LIVE, 'state');
    assertEqual(window.atelierLive.version, 7, 'version');
  } finally {
    screen.restore();
  }
});

test('live: a change received twice is applied once', async () => {
  const screen = await following([1]);
  try {
    screen.stomp.connect();
    await settle();
    screen.stomp.send(ideaPosted(2));
    screen.stomp.send(ideaPosted(2));
    screen.stomp.send(ideaPosted(1));
    await settle();
    assertEqual(screen.applied, ['sync', 2], 'applied');
  } finally {
    screen.restore();
  }
});

test('live: a gap in positions reads the board again instead of applying past it', async () => {
  const screen = await following([1, 4]);
  try {
    screen.stomp.connect();
    await settle();
    screen.stomp.send(ideaPosted(4));
    await settle();
    screen.stomp.send(ideaPosted(5));
    await settle();
    assertEqual(screen.reads, [1, 4], 'board reads');
    assertEqual(screen.applied, ['sync', 'sync', 5], 'applied');
  } finally {
    screen.restore();
  }
});

test('live: after a reconnect the board is read again and the old connection\'s messages are dropped', async () => {
  const screen = await following([1, 3]);
  try {
    screen.stomp.connect();
    await settle();
    const oldHandler = screen.stomp.handler;
    screen.stomp.drop();
    assertEqual(screen.states.at(-1), LiveState.RECONNECTING, 'state after the drop');
    screen.stomp.connect();
    oldHandler({ body: JSON.stringify(ideaPosted(2)) });
    await settle();
    screen.stomp.send(ideaPosted(4));
    await settle();
    assertEqual(screen.reads, [1, 3], 'board reads');
    assertEqual(screen.applied, ['sync', 'sync', 4], 'applied');
    assertEqual(screen.states.at(-1), LiveState.LIVE, 'state');
  } finally {
    screen.restore();
  }
});

test('live: a move of the room is applied, then the board is read for what it brings', async () => {
  const screen = await following([1, 2]);
  try {
    screen.stomp.connect();
    await settle();
    screen.stomp.send({ type: 'StepAdvanced', position: 2, payload: { to: 'CLUSTER' } });
    await settle();
    assertEqual(screen.applied, ['sync', 2, 'sync'], 'applied');
  } finally {
    screen.restore();
  }
});

test('live: a change about an idea held for moderation is not applied: the board is read for it', async () => {
  const screen = await following([1, 2]);
  try {
    screen.stomp.connect();
    await settle();
    screen.stomp.send({ type: 'IdeaEdited', position: 2, payload: { ideaId: 'i1', held: true } });
    await settle();
    assertEqual(screen.reads.length, 2, 'board read again');
    assertEqual(screen.applied, ['sync', 'sync'], 'nothing applied from the message');
  } finally {
    screen.restore();
  }
});
