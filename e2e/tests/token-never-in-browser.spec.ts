import { expect, test } from '@playwright/test';
import { logIn } from './support/console.js';
import { issuedTokens } from './support/emulator-control.js';
import { runSeed004Journey } from './support/seed-004.js';
import { BrowserExposureRecorder } from './support/token-recorder.js';

test('the IAM token never reaches the browser during the seed-004 journey', async ({
  page,
  context,
}, testInfo) => {
  const recorder = new BrowserExposureRecorder(context, page);
  await recorder.start();
  await logIn(page);
  const delays = await runSeed004Journey(page, testInfo, `tokencheck_${Date.now() % 100000}`);
  const tokens = await issuedTokens();
  expect(tokens.length).toBeGreaterThan(0);
  const { text, sseMessages } = await recorder.snapshot();
  expect(sseMessages).toBeGreaterThan(0);
  expect(text.length).toBeGreaterThan(1000);
  for (const token of tokens) {
    expect(text.includes(token)).toBe(false);
    expect(text.includes(token.slice(0, 40))).toBe(false);
  }
  const cookies = await context.cookies();
  expect(
    cookies.map((c) => ({ name: c.name, httpOnly: c.httpOnly, sameSite: c.sameSite })),
  ).toEqual([{ name: 'mac_sid', httpOnly: true, sameSite: 'Strict' }]);
  if (delays.length > 0) {
    const sorted = [...delays].sort((a, b) => a - b);
    const summary = {
      lines: sorted.length,
      p50: sorted[Math.floor(sorted.length / 2)],
      max: sorted.at(-1),
    };
    await testInfo.attach('log-delay-ms', {
      body: JSON.stringify(summary),
      contentType: 'application/json',
    });
    console.log(`job line → browser delay (ms): ${JSON.stringify(summary)}`);
  }
});
