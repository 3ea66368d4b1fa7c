import { describe, expect, it } from 'vitest';
import { fixedWaits } from './check-test-waits.mjs';

const inTest = (body) => `it('x', async () => {\n${body}\n});\n`;

describe('the fixed-wait check', () => {
  it.each([
    ['a sleep', 'await sleep(700);'],
    ['a timer promise', 'await new Promise((r) => setTimeout(r, 300));'],
    ['a timer promise with a block', 'await new Promise((r) => { setTimeout(r, 50); });'],
    ['a page wait', 'await page.waitForTimeout(1000);'],
    ['a delay helper', 'await delay(20);'],
  ])('flags %s outside a loop, with its line', (_label, line) => {
    expect(fixedWaits('a.test.ts', inTest(`  const a = 1;\n  ${line}`))).toEqual([`3: ${line}`]);
  });

  it.each([
    ['a polling loop', 'while (!done()) await sleep(20);'],
    [
      'a for loop',
      'for (let i = 0; i < 9 && !done(); i++) await new Promise((r) => setTimeout(r, 5));',
    ],
    ['a marked line', 'await sleep(80); // fixed-wait-ok: the token has to expire'],
    ['a marked block', '// why it waits:\n  // fixed-wait-ok: a quiet window\n  await sleep(700);'],
    ['waiting for an event', 'await new Promise((r) => server.once("listening", r));'],
    ['a timer that is not awaited', 'setTimeout(done, 10);'],
  ])('lets %s pass', (_label, line) => {
    expect(fixedWaits('a.test.ts', inTest(`  ${line}`))).toEqual([]);
  });

  it('does not count a loop outside the function the wait is in', () => {
    const text = 'for (const x of xs) {\n  it(x, async () => {\n    await sleep(5);\n  });\n}\n';
    expect(fixedWaits('a.test.ts', text)).toEqual(['3: await sleep(5);']);
  });
});
