import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The folders the emulator's OBS starts with (its shipped samples), two levels deep, and the ones
 * the test's jobs write: data, not words to translate.
 */
export function sampleObsNames(): Set<string> {
  const root = fileURLToPath(new URL('../../../emulator/assets/obs/', import.meta.url));
  const names = new Set(['search-out', 'mnist-model']);
  for (const bucket of readdirSync(root, { withFileTypes: true })) {
    if (!bucket.isDirectory()) continue;
    names.add(bucket.name);
    for (const entry of readdirSync(`${root}${bucket.name}`)) names.add(entry);
  }
  return names;
}

/**
 * Latin-letter words a Chinese page may show: product and service names, units, formats, HTTP
 * methods and the language switch's own "English". Anything else in Latin letters is English left
 * untranslated — unless it is a name the test made, or an API name, path, file name, ID or version
 * (see `untranslatedWords`).
 */
export const ALLOWED_WORDS = new Set([
  'ModelArts',
  'OBS',
  'IAM',
  'SWR',
  'AI',
  'API',
  'GPU',
  'GPUs',
  'CPU',
  'CPUs',
  'vCPU',
  'vCPUs',
  'NPU',
  'NPUs',
  'Ascend',
  'CUDA',
  'B',
  'KB',
  'MB',
  'GB',
  'TB',
  'KiB',
  'MiB',
  'GiB',
  'ms',
  's',
  'min',
  'h',
  'd',
  'ID',
  'IDs',
  'URL',
  'HTTP',
  'HTTPS',
  'JSON',
  'YAML',
  'CSV',
  'PyTorch',
  'TensorFlow',
  'MindSpore',
  'MXNet',
  'Caffe',
  'Spark',
  'Python',
  'Ubuntu',
  'GET',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'English',
  // units and product names written as the cloud writes them
  'kB',
  'NFS',
  'nfs',
  'SFS',
  'Turbo',
  'URN',
  // the match-case toggle's symbol
  'Aa',
  // "名称 A–Z"
  'A',
  'Z',
]);

/** What the walker does not read: code, keys, and anything marked `translate="no"` or `data-api-name`. */
const SKIPPED =
  'code, pre, kbd, samp, script, style, noscript, [translate="no"], [data-api-name], [aria-hidden="true"]';

/**
 * The page's readable words: every visible text node, and the aria-label, title, placeholder and
 * alt attributes of visible elements, outside code and API-name hints. An upstream error's message
 * (the text right after its `<code>ModelArts.0001</code>`) stays as sent and is left out too.
 */
export function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate((skipped) => {
    const texts: string[] = [];
    const upstreamMessage = (node: Node) => {
      let prev = node.previousSibling;
      while (prev && prev.nodeType === Node.TEXT_NODE && !prev.textContent?.trim())
        prev = prev.previousSibling;
      return (
        prev instanceof HTMLElement &&
        prev.tagName === 'CODE' &&
        /^[A-Z][A-Za-z]*\.[A-Za-z0-9]+$/.test(prev.textContent?.trim() ?? '')
      );
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim();
      if (!text || !el || el.closest(skipped) || !el.checkVisibility()) continue;
      if (upstreamMessage(node)) continue;
      texts.push(text);
    }
    for (const el of document.body.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt]',
    )) {
      if (el.closest(skipped) || !el.checkVisibility()) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  }, SKIPPED);
}

/**
 * The texts the page marks as data (`translate="no"`: names, descriptions and folders the users
 * made, upstream messages): other texts that quote them (an aria-label "打开文件夹 <name>") quote data.
 */
export function dataTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('[translate="no"]')]
      .map((el) => (el.textContent ?? '').trim().replace(/\/$/, ''))
      .filter((text) => text.length >= 2),
  );
}

const SEPARATORS = /[\s()（）[\]{}:：,，;；、。"“”'‘’<>|·—–…!?？！+*#%&~^$`\\]+/;

/**
 * The words of `texts` that are English left over: Latin-letter words outside the allowlist, once
 * the names the test made are taken out. A chunk with a digit, `_`, `.`, `/` or `@` is an ID, a
 * version, an API name (`flavor.code`, `app_url`), a path or a file name, and is not a word.
 */
export function untranslatedWords(
  texts: readonly string[],
  names: readonly string[],
  /** File and folder names, skipped where they stand alone (`mnist-model`, not inside a sentence). */
  fileNames: ReadonlySet<string> = new Set(),
): { word: string; text: string }[] {
  const found: { word: string; text: string }[] = [];
  for (const text of texts) {
    let rest = text;
    // a name the test made stands for data (`job-zh1-v1.0` is a version of job `zh1`); a link is too
    for (const name of names) rest = rest.split(name).join('_');
    rest = rest.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, ' ');
    for (const raw of rest.split(SEPARATORS)) {
      const chunk = raw.replace(/\.+$/, '');
      // a command-line flag (`--label=value`) is written as the program reads it
      if (/^--?[A-Za-z]/.test(chunk)) continue;
      if (!/[A-Za-z]/.test(chunk) || /[\d_./@]/.test(chunk) || fileNames.has(chunk)) continue;
      for (const word of chunk.match(/[A-Za-z]+/g) ?? []) {
        if (!ALLOWED_WORDS.has(word)) found.push({ word, text });
      }
    }
  }
  return found;
}
