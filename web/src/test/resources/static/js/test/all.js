import './format.test.js';
import './room.test.js';
import './live.test.js';
import './half-days.test.js';
import './network.test.js';
import './near-duplicate.test.js';
import './scoring.test.js';

export { runAll } from './harness.js';
