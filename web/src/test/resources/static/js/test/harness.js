// A small test runner for the page code, run in headless Chromium by PageCodeTest: no Node toolchain.

const tests = [];

export function test(name, body) {
  tests.push({ name, body });
}

export function assertEqual(actual, expected, what = 'value') {
  const shown = (value) => JSON.stringify(value instanceof Set || value instanceof Map ? [...value] : value);
  if (shown(actual) !== shown(expected)) {
    throw new Error(`${what}: expected ${shown(expected)} but was ${shown(actual)}`);
  }
}

export function assertTrue(condition, what) {
  if (!condition) {
    throw new Error(what);
  }
}

/** Runs every registered test in turn; answers [{name, error}], error null for a pass. */
export async function runAll() {
  const results = [];
  for (const { name, body } of tests) {
    try {
      await body();
      results.push({ name, error: null });
    } catch (error) {
      results.push({ name, error: error?.stack ?? String(error) });
    }
  }
  return results;
}
