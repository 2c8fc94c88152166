import './format.test.js';
import './room.test.js';
import './live.test.js';
import './half-days.test.js';

export { runAll } from './harness.js';
