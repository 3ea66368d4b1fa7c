import { expect, type Page } from '@playwright/test';
import { PORTAL_ORIGIN } from './ports.js';

/** People of the test identity provider (bff/src/test-support/oidc-idp.ts) and their roles. */
export const PEOPLE = {
  viewer: 'vera',
  operator: 'otto',
  otherOperator: 'olga',
  admin: 'ada',
  noRole: 'nobody',
} as const;

/**
 * Signs `person` in as a user does: the console's sign-in button, the provider's login form (any
 * password) and its consent page. Returns once the browser is back at the console.
 */
export async function signInWithSso(page: Page, person: string): Promise<void> {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Sign in with your company account' }).click();
  await page.locator('input[name="login"]').fill(person);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
  // the provider asks for consent once per browser session (each test has a fresh one)
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(
    (url) => url.origin === PORTAL_ORIGIN && ['/jobs', '/login'].includes(url.pathname),
  );
}

/** Signs in and waits for the job list, with the user's role in the header. */
export async function signInAs(page: Page, person: string, role: string): Promise<void> {
  await signInWithSso(page, person);
  await expect(page.getByRole('heading', { name: 'Training jobs' })).toBeVisible();
  await expect(page.getByTestId('session-info')).toContainText(person);
  await expect(page.getByTestId('session-role')).toHaveText(role);
}
