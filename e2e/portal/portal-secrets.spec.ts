import { expect, test } from '@playwright/test';
import { PEOPLE, signInAs } from './sign-in.js';

// The credentials the portal's BFF holds (playwright.portal.config.ts passes them to it).
const SECRETS = {
  'service account SK': 'emulator-demo-secret-key-0000000000000001',
  'OIDC client secret': 'oidc-client-secret-0123456789abcdef',
};
/** A JWT (an ID token) anywhere: three base64url parts. */
const JWT = /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+/;

test('no credential reaches the browser: responses, cookies, storage', async ({
  page,
  context,
}) => {
  const seen: string[] = [];
  page.on('response', async (r) => {
    if (!r.url().includes('/api/')) return;
    seen.push(r.url(), JSON.stringify(await r.allHeaders()));
    seen.push(await r.text().catch(() => ''));
  });
  await signInAs(page, PEOPLE.admin, 'admin');
  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  await page.goto('/jobs');
  await expect(page.getByRole('heading', { name: 'Training jobs' })).toBeVisible();

  const storage = await page.evaluate(() =>
    JSON.stringify({
      local: { ...window.localStorage },
      session: { ...window.sessionStorage },
      cookie: document.cookie,
    }),
  );
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === 'mac_sid');
  expect(session?.httpOnly).toBe(true); // the browser's only credential, out of reach of scripts
  const everything = [...seen, storage, JSON.stringify(cookies)].join('\n');
  expect(everything).toContain(PEOPLE.admin); // the search does see what was exchanged
  for (const [what, value] of Object.entries(SECRETS)) {
    expect(everything.includes(value), `${what} reached the browser`).toBe(false);
  }
  expect(everything).not.toMatch(JWT);
});
