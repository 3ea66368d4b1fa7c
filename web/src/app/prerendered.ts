/**
 * A page the BFF drew on the server (src/ssr/render-page.tsx; bff/src/routes/prerendered-page.ts)
 * carries the data it was drawn from, React Query's dehydrated cache, as
 * `<script type="application/json" id="console-state">`. The console starts its cache from it
 * (console-app.tsx), so it asks neither the session nor the list again (both are fresh), and its
 * first render shows what the server's did. No imports: the page's entry reads it (boot-early.ts).
 */
const STATE_ID = 'console-state';

/** The cookie that tells the server the browser's time zone (times are drawn in it). */
export const TIME_ZONE_COOKIE = 'console-tz';

/** Whether this page was drawn on the server (the session is then in its data). */
export function isPrerendered(): boolean {
  return document.getElementById(STATE_ID) !== null;
}

/** The page's data, once (the element is removed); undefined without one or when damaged. */
export function takePrerenderedState(): object | undefined {
  const element = document.getElementById(STATE_ID);
  if (!element) return undefined;
  element.remove();
  try {
    const state: unknown = JSON.parse(element.textContent ?? '');
    return typeof state === 'object' && state !== null ? state : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Tells the server this browser's time zone (a cookie, no secret), so the next page it draws shows
 * times as the console will (written only when it changed).
 */
export function shareTimeZone(): void {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone) return;
  const cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}`;
  if (document.cookie.split('; ').includes(cookie)) return;
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${cookie}; Path=/; Max-Age=31536000; SameSite=Strict${secure}`;
}
