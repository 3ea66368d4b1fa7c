import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { algorithmSources, checkAlgorithmSource } from './source-rules.js';

type Algorithm = Parameters<typeof checkAlgorithmSource>[0];
const rules = z.unknown().superRefine((a, ctx) => checkAlgorithmSource(a as Algorithm, ctx));

/** Each issue as `path: message`, [] when accepted. */
const issues = (a: Algorithm): string[] => {
  const r = rules.safeParse(a);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const engine = { engine_name: 'PyTorch', engine_version: '1.8' };
const code = { code_dir: '/bkt/code/', boot_file: '/bkt/code/train.py', engine };
const NEEDS_ENGINE =
  'engine: algorithm.engine needs engine_id, or engine_name + engine_version, with code_dir + boot_file';

describe('algorithm sources (catalog §4.1)', () => {
  it.each<[Algorithm, string[]]>([
    [{ id: 'a1' }, ['id']],
    [{ subscription_id: 's' }, ['subscription']],
    [{ item_version_id: 'i' }, ['subscription']],
    [{ code_dir: '/b/c/' }, ['code']],
    [{ boot_file: '/b/c/t.py' }, ['code']],
    [{ engine: { image_url: 'o/i:1' }, code_dir: '/b/c/' }, ['image']],
    [
      { id: 'a1', subscription_id: 's', engine: { image_url: 'o/i' } },
      ['id', 'subscription', 'image'],
    ],
    [{ engine }, []],
  ])('%j uses %j', (a, sources) => expect(algorithmSources(a)).toEqual(sources));

  it.each<[string, Algorithm, string[]]>([
    ['an id', { id: 'a1' }, []],
    ['a subscription', { subscription_id: 's', item_version_id: 'i' }, []],
    ['code with an engine name and version', code, []],
    ['code with an engine id', { ...code, engine: { engine_id: 'e1' } }, []],
    [
      'code with an engine id and name',
      { ...code, engine: { engine_id: 'e1', engine_name: 'x' } },
      [],
    ],
    ['an image with a command', { engine: { image_url: 'o/i:1' }, command: 'sh run.sh' }, []],
    [
      'no source',
      {},
      [
        ': algorithm needs one source: id, subscription_id + item_version_id, code_dir + boot_file with an engine, or engine.image_url + command',
      ],
    ],
    ['two sources', { id: 'a1', ...code }, [': algorithm sources are exclusive, got id and code']],
    [
      'a subscription without item version',
      { subscription_id: 's' },
      ['item_version_id: algorithm.item_version_id is required with subscription_id'],
    ],
    [
      'an item version without subscription',
      { item_version_id: 'i' },
      ['subscription_id: algorithm.subscription_id is required with item_version_id'],
    ],
    [
      'code_dir alone',
      { code_dir: '/bkt/code/', engine },
      ['boot_file: algorithm.boot_file is required with code_dir'],
    ],
    [
      'boot_file alone',
      { boot_file: '/bkt/code/t.py', engine },
      ['code_dir: algorithm.code_dir is required with boot_file'],
    ],
    [
      'a boot file outside code_dir',
      { ...code, boot_file: '/bkt/codex/t.py' },
      ['boot_file: algorithm.boot_file must be inside algorithm.code_dir'],
    ],
    ['code without an engine', { code_dir: '/b/c/', boot_file: '/b/c/t.py' }, [NEEDS_ENGINE]],
    [
      'an engine name without version',
      { ...code, engine: { engine_name: 'PyTorch' } },
      [
        'engine.engine_version: engine.engine_version is required with engine.engine_name',
        NEEDS_ENGINE,
      ],
    ],
    [
      'an image without command',
      { engine: { image_url: 'o/i:1' } },
      ['command: algorithm.command is required with engine.image_url'],
    ],
    [
      'an id with an engine name but no version',
      { id: 'a1', engine: { engine_name: 'PyTorch' } },
      ['engine.engine_version: engine.engine_version is required with engine.engine_name'],
    ],
  ])('%s', (_why, a, expected) => expect(issues(a)).toEqual(expected));

  it.each([
    ['obs://bkt/code', '/bkt/code/t.py'],
    ['/bkt/code///', 'obs://bkt/code/t.py'],
    ['obs://bkt/code/', 'obs://bkt/code/sub/t.py'],
  ])('code_dir %s holds %s (scheme and trailing slashes aside)', (code_dir, boot_file) =>
    expect(issues({ ...code, code_dir, boot_file })).toEqual([]),
  );

  it.each([
    // only a leading scheme goes: a key holding "obs://" keeps it
    ['/bkt/obs://c/', '/bkt//c/t.py'],
    // only trailing slashes go: a boot file in a sibling folder of the same prefix is outside
    ['/bkt/code', '/bkt/codex.py'],
    ['/bkt/code/', '/bkt/code/'],
  ])('code_dir %s does not hold %s', (code_dir, boot_file) =>
    expect(issues({ ...code, code_dir, boot_file })).toEqual([
      'boot_file: algorithm.boot_file must be inside algorithm.code_dir',
    ]),
  );
});
