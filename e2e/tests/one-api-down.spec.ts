import { expect, test } from '@playwright/test';
import { logIn } from './support/console.js';
import { clearFaults, setFaults } from './support/emulator-control.js';

test('with the v2 job list failing, the v1 jobs still list under a notice naming v2', async ({
  page,
}, testInfo) => {
  await setFaults({
    fail: {
      status: 500,
      body: { error_code: 'ModelArts.0010', error_msg: 'Internal error.' },
      path_prefix: '/v2/',
      method: 'POST',
      count: 1000,
    },
  });
  try {
    await logIn(page);
    const notice = page.getByRole('alert').filter({ hasText: 'Showing only some jobs' });
    await expect(notice).toContainText('the v2 job list did not answer');
    await expect(notice).toContainText('ModelArts.0010');
    await expect(page.getByText('Could not load training jobs')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('job-list-v2-down.png'), fullPage: true });
  } finally {
    await clearFaults();
  }
});
