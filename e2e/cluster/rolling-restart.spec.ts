import { expect, test } from '@playwright/test';
import { logIn } from '../tests/support/console.js';
import { DEMO } from '../tests/support/env.js';
import { createSteppingV1Job, renderedSteps, stopJob } from './log-steps.js';
import { CLUSTER_ORIGIN } from './ports.js';
import { replicas, restartReplica } from './replicas.js';

/**
 * Issue 10: two BFF replicas on one Redis behind nginx. A live log followed through the balancer
 * goes on while both replicas are restarted one after the other (so the browser's stream surely
 * lost its replica): new lines keep arriving, the session holds (Redis session store), and no line
 * is shown twice or lost.
 */
test('a live log goes on through a rolling restart of both BFF replicas: still signed in, no line twice', async ({
  page,
}) => {
  await logIn(page);
  const job = await createSteppingV1Job(page, 2000, 0.2);
  await page.goto(`/jobs/v1/${job.job_id}/versions/${job.version_id}`);
  const region = page.getByRole('region', { name: 'Logs' });
  const counter = region.getByText(/^[\d,]+ lines/);
  const count = async () => Number(((await counter.textContent()) ?? '0').replace(/\D/g, ''));
  const lastStep = async () => (await renderedSteps(region)).at(-1)?.step ?? 0;

  await expect.poll(lastStep, { timeout: 60_000 }).toBeGreaterThan(10);
  const before = await renderedSteps(region);
  // The lines before `step 1` (header lines) plus one line per step: every step line sits at
  // `offset + step` in the view's buffer as long as none was repeated or lost.
  const offset = before.at(-1)!.index - before.at(-1)!.step;
  for (const s of before) expect(s.index - s.step, s.text).toBe(offset);
  const stepBefore = before.at(-1)!.step;

  for (const { id } of replicas()) await restartReplica(id);

  // The view keeps going — new lines arrive over a stream of a restarted replica — and the page
  // did not ask to sign in again (the session lives in Redis, not in a replica).
  await expect
    .poll(
      async () => {
        if (new URL(page.url()).pathname === '/login') return 'asked to sign in again';
        return (await lastStep()) > stepBefore + 25 ? 'new lines' : 'waiting for new lines';
      },
      { timeout: 45_000 },
    )
    .toBe('new lines');
  await expect(region.getByRole('status', { name: 'Log stream: Live' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`/jobs/v1/${job.job_id}/versions/${job.version_id}`);

  // No line twice, none lost: each rendered step line once, at its place; and the whole buffer
  // holds exactly offset + last step lines (a replayed batch anywhere would add to it).
  const after = await renderedSteps(region);
  const steps = after.map((s) => s.step);
  expect(new Set(steps).size).toBe(steps.length);
  for (const s of after) expect(s.index - s.step, s.text).toBe(offset);
  await expect
    .poll(async () => {
      const last = (await renderedSteps(region)).at(-1);
      const n = await count();
      return last && n === last.index ? n - last.step : 'still arriving';
    })
    .toBe(offset);

  expect(await stopJob(page, job)).toBeLessThan(300);
});

/**
 * The other half of the web's resume: the session ends under the page (signed out elsewhere), the
 * user signs in again and comes back to the log — it shows the lines it had and goes on after the
 * last one, none twice (the page's memory of the log, resumed with last_event_id).
 */
test('signing in again after the session ended: the log resumes after its last line, none twice', async ({
  page,
}) => {
  await logIn(page);
  const job = await createSteppingV1Job(page, 2000, 0.2);
  const jobPath = `/jobs/v1/${job.job_id}/versions/${job.version_id}`;
  await page.goto(jobPath);
  const region = page.getByRole('region', { name: 'Logs' });
  const lastStep = async () => (await renderedSteps(region)).at(-1)?.step ?? 0;
  await expect.poll(lastStep, { timeout: 60_000 }).toBeGreaterThan(10);
  const before = await renderedSteps(region);
  const offset = before.at(-1)!.index - before.at(-1)!.step;

  // The session ends elsewhere (the same cookie, signed out by another tab).
  const ended = await page.request.delete('/api/session', {
    headers: { 'X-Requested-With': 'modelarts-console', Origin: CLUSTER_ORIGIN },
  });
  expect(ended.status()).toBeLessThan(300);
  // The console finds out by itself (the session's live log stream ends with it, on every replica)
  // or at its next call, whichever comes first: both lead to the login.
  const logInHeading = page.getByRole('heading', { name: 'Log in' });
  await expect(async () => {
    if (!(await logInHeading.isVisible())) {
      await page.getByRole('tab', { name: 'Versions' }).click({ timeout: 2000 });
    }
    await expect(logInHeading).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await page.getByLabel('Username').fill(DEMO.username);
  await page.getByLabel('Password').fill(DEMO.password);
  // back on the job, the stream opens again after the last line shown, not from the first one
  const resumed = page.waitForRequest(
    // the job stream's id: `0:<cursor>` for its only log file (`:` escaped in the address)
    (r) => r.url().includes('/api/logs/job/v1/') && /[?&]last_event_id=0%3A\d+/.test(r.url()),
  );
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(jobPath);
  await page.getByRole('tab', { name: 'Overview' }).click();
  await resumed;
  expect((await renderedSteps(region)).at(-1)!.step).toBeGreaterThanOrEqual(before.at(-1)!.step);

  const stepBefore = await lastStep();
  await expect.poll(lastStep, { timeout: 30_000 }).toBeGreaterThan(stepBefore + 10);
  const after = await renderedSteps(region);
  for (const s of after) expect(s.index - s.step, s.text).toBe(offset);
  const texts = after.map((s) => s.text.replace(/ time=\d+$/, ''));
  expect(new Set(texts).size).toBe(texts.length);
  expect(await stopJob(page, job)).toBeLessThan(300);
});
