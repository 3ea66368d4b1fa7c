import type { z } from 'zod';

interface AlgorithmLike {
  id?: string | undefined;
  subscription_id?: string | undefined;
  item_version_id?: string | undefined;
  code_dir?: string | undefined;
  boot_file?: string | undefined;
  command?: string | undefined;
  engine?:
    | {
        engine_id?: string | undefined;
        engine_name?: string | undefined;
        engine_version?: string | undefined;
        image_url?: string | undefined;
      }
    | undefined;
}

export type AlgorithmSource = 'id' | 'subscription' | 'code' | 'image';

/** Which of the four documented sources a job algorithm uses (catalog §4.1). */
export function algorithmSources(a: AlgorithmLike): AlgorithmSource[] {
  const sources: AlgorithmSource[] = [];
  if (a.id) sources.push('id');
  if (a.subscription_id || a.item_version_id) sources.push('subscription');
  if (a.engine?.image_url) sources.push('image');
  else if (a.code_dir || a.boot_file) sources.push('code');
  return sources;
}

const strip = (p: string) => p.replace(/^obs:\/\//, '/').replace(/\/+$/, '');

/** Exactly one source, and each source complete (pairs, engine choice, command for images). */
export function checkAlgorithmSource(a: AlgorithmLike, ctx: z.RefinementCtx): void {
  const issue = (path: string[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const sources = algorithmSources(a);
  if (sources.length === 0) {
    issue(
      [],
      'algorithm needs one source: id, subscription_id + item_version_id, code_dir + boot_file with an engine, or engine.image_url + command',
    );
    return;
  }
  if (sources.length > 1) {
    issue([], `algorithm sources are exclusive, got ${sources.join(' and ')}`);
    return;
  }
  const e = a.engine;
  if (e?.engine_name && !e.engine_version && !e.engine_id)
    issue(
      ['engine', 'engine_version'],
      'engine.engine_version is required with engine.engine_name',
    );
  switch (sources[0]) {
    case 'subscription':
      if (!a.subscription_id)
        issue(['subscription_id'], 'algorithm.subscription_id is required with item_version_id');
      if (!a.item_version_id)
        issue(['item_version_id'], 'algorithm.item_version_id is required with subscription_id');
      break;
    case 'code':
      if (!a.code_dir) issue(['code_dir'], 'algorithm.code_dir is required with boot_file');
      if (!a.boot_file) issue(['boot_file'], 'algorithm.boot_file is required with code_dir');
      if (a.code_dir && a.boot_file && !strip(a.boot_file).startsWith(strip(a.code_dir) + '/'))
        issue(['boot_file'], 'algorithm.boot_file must be inside algorithm.code_dir');
      if (!e?.engine_id && !(e?.engine_name && e.engine_version))
        issue(
          ['engine'],
          'algorithm.engine needs engine_id, or engine_name + engine_version, with code_dir + boot_file',
        );
      break;
    case 'image':
      if (!a.command) issue(['command'], 'algorithm.command is required with engine.image_url');
      break;
    default:
      break;
  }
}
