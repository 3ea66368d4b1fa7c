import { expect, test } from '@playwright/test';
import { logIn } from './support/console.js';
import { openV2CreateForm } from './support/v2-forms.js';

test('the v2 flavor picker shows a flavor the public pool has sold out, and it cannot be chosen', async ({
  page,
}, testInfo) => {
  await logIn(page);
  await openV2CreateForm(page);
  await page.getByRole('combobox', { name: 'Flavor', exact: true }).click();
  const soldOut = page.getByRole('option', { name: /^modelarts\.vm\.gpu\.v100 .* Sold out$/ });
  await expect(soldOut).toBeVisible();
  await expect(soldOut).toHaveAttribute('aria-disabled', 'true');
  await expect(
    page.getByRole('option', { name: /^modelarts\.vm\.cpu\.8u .*nodes$/ }),
  ).not.toHaveAttribute('aria-disabled', 'true');
  await soldOut.scrollIntoViewIfNeeded();
  await expect(soldOut).toContainText('NVIDIA-V100');
  await page.screenshot({ path: testInfo.outputPath('v2-flavor-sold-out.png') });
});
