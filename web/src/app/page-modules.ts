import { paths } from '../config/paths.js';

/**
 * Every console page's code, once: the router loads a page's chunk on its first visit (router.tsx),
 * and the page's entry (main.tsx) starts the chunk of the page the browser opens at, beside the
 * console's own code, instead of after it (one round trip less before the first screen).
 */
export const pageModules = {
  login: () => import('../features/auth/components/login-page.js'),
  jobs: () => import('../features/jobs/components/jobs-page.js'),
  createJob: () => import('./routes/create-job-page.js'),
  v1Job: () => import('./routes/job-detail-route.js'),
  v1NewVersion: () => import('./routes/new-version-page.js'),
  configs: () => import('../features/v1-configs/components/configs-page.js'),
  createConfig: () => import('./routes/config-editor-page.js'),
  config: () => import('../features/v1-configs/components/config-detail-page.js'),
  editConfig: () => import('./routes/config-editor-page.js'),
  v2CreateJob: () => import('./routes/v2-create-route.js'),
  v2Job: () => import('./routes/v2-job-route.js'),
  obs: () => import('../features/obs-browser/components/obs-browser-page.js'),
  audit: () => import('../features/audit/components/audit-page.js'),
} satisfies Record<keyof typeof paths, () => Promise<unknown>>;

export type PageName = keyof typeof pageModules;

/** The frame around every signed-in page (header, navigation, dialogs). */
export const consoleShellModule = () => import('./console-shell.js');

/**
 * The page whose pattern (`paths`) matches `pathname`; where several do (`/jobs/v2/create` and
 * `/jobs/v2/:jobId`), the one with more fixed segments, as the router ranks them.
 */
export function pageAt(pathname: string): PageName | undefined {
  const parts = pathname.split('/').filter(Boolean);
  let best: { name: PageName; fixed: number } | undefined;
  for (const name of Object.keys(pageModules) as PageName[]) {
    const pattern = paths[name].path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    let fixed = 0;
    const matches = pattern.every((segment, i) => {
      if (segment.startsWith(':')) return parts[i] !== '';
      fixed += 1;
      return segment === parts[i];
    });
    if (matches && (!best || fixed > best.fixed)) best = { name, fixed };
  }
  return best?.name;
}

/**
 * Starts loading the code of the page at `pathname` (and the console's frame). A chunk that fails
 * here is loaded again by the router, whose page loader knows what to do about it (lazy-page.ts).
 */
export function preloadPageAt(pathname: string): void {
  const name = pageAt(pathname);
  if (name === undefined || name === 'login') return;
  consoleShellModule().catch(() => undefined);
  pageModules[name]().catch(() => undefined);
}
