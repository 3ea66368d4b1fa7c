import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveCredentials, MissingCredentialError } from './portal-credentials.js';
import { parsePortalFile, PortalFileError, readPortalFile } from './portal-file.js';

const good = `# the example of README
projects:
  - name: eu-de
    id: 0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4
    credentials: { ak_env: TEAM_AK, sk_env: TEAM_SK }
  - name: eu-nl
    credentials: { user_env: SA_USER, password_env: SA_PASSWORD, domain_env: SA_DOMAIN }
roles:
  - { group: ml-viewers, project: eu-de, role: viewer }
  - { group: ml-admins, project: eu-nl, role: admin }
guardrails:
  operator: { flavors: [modelarts.vm.cpu.2u], max_nodes: 2, max_running_per_user: 3, auto_stop_max_hours: 24 }
`;

function problemsOf(text: string): string[] {
  try {
    parsePortalFile(text, 'portal.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(PortalFileError);
    return (err as PortalFileError).problems;
  }
  throw new Error('the file was accepted');
}

describe('the portal file', () => {
  it('reads projects, role bindings and guardrails', () => {
    const f = parsePortalFile(good);
    expect(f.projects.map((p) => p.name)).toEqual(['eu-de', 'eu-nl']);
    expect(f.roles[1]).toEqual({ group: 'ml-admins', project: 'eu-nl', role: 'admin' });
    expect(f.guardrails.operator).toMatchObject({ max_nodes: 2, auto_stop_max_hours: 24 });
  });

  it('names the line and the field of each problem', () => {
    const bad = good
      .replace('role: viewer', 'role: superuser')
      .replace('max_nodes: 2', 'max_nodes: "two"');
    expect(problemsOf(bad)).toEqual([
      'line 9: roles[0].role must be viewer, operator or admin',
      'line 12: guardrails.operator.max_nodes must be a whole number',
    ]);
    // cross-references are checked once the shapes hold
    expect(problemsOf(good.replace('project: eu-nl, role', 'project: eu-xx, role'))).toEqual([
      'line 10: roles[1].project names no project of the file (eu-de, eu-nl)',
    ]);
  });

  it('refuses unknown settings, an AK/SK project without id, a secret written in the file', () => {
    const bad = good
      .replace('    id: 0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4\n', '')
      .replace('{ ak_env: TEAM_AK, sk_env: TEAM_SK }', '{ ak_env: TEAM_AK, sk: "s3cret" }');
    const problems = problemsOf(bad);
    expect(problems[0]).toMatch(/^line 4: projects\[0\]\.credentials must be \{ ak_env, sk_env \}/);
    expect(problems.join('\n')).not.toContain('s3cret');
    expect(problemsOf(good.replace('roles:', 'rolez:'))).toContain(
      'line 8: rolez is not a known setting',
    );
    expect(problemsOf(good.replace('\n    id: 0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4', ''))).toEqual([
      'line 3: projects[0].id is required with AK/SK credentials (the project id)',
    ]);
  });

  it('says which file, with one problem a line', () => {
    try {
      parsePortalFile('projects: []\nextra: 1\n', 'portal.yaml');
    } catch (e) {
      expect((e as Error).name).toBe('PortalFileError');
      expect((e as Error).message).toBe(
        'portal.yaml:\n  - line 1: projects must list at least one project\n  - line 2: extra is not a known setting',
      );
    }
    expect(() => readPortalFile('/nonexistent/portal.yaml')).toThrow(
      '/nonexistent/portal.yaml:\n  - cannot be read (ENOENT)',
    );
    expect(problemsOf('- just\n- a list\n')).toEqual([
      'line 1: (the file) Invalid input: expected object, received array',
    ]);
    expect(
      problemsOf('projects:\n  - name: eu-de\n    credentials: { ak_env: A, sk_env: B, x: 1 }\n'),
    ).toEqual([
      'line 3: projects[0].credentials.x is not a known setting',
      'line 2: projects[0].id is required with AK/SK credentials (the project id)',
    ]);
  });

  it('names the line of a YAML syntax error and of a duplicate key', () => {
    expect(problemsOf('projects:\n  - name: [unclosed\n')[0]).toMatch(/^line \d+: /);
    expect(problemsOf(`${good}roles: []\n`)[0]).toBe('line 13: Map keys must be unique');
  });
});

describe('the example portal file (docs/portal.example.yaml, shown in README)', () => {
  it('is valid', () => {
    const f = readPortalFile(
      fileURLToPath(new URL('../../../docs/portal.example.yaml', import.meta.url)),
    );
    expect(f.roles).toHaveLength(3);
    expect(f.guardrails.operator?.obs_prefixes?.outputs).toEqual(['/team-bucket/outputs/']);
  });
});

describe('the service-account credentials', () => {
  it('are read from the variables the file names', () => {
    const creds = resolveCredentials(parsePortalFile(good), {
      TEAM_AK: 'AK1',
      TEAM_SK: 'SK1',
      SA_USER: 'u',
      SA_PASSWORD: 'p',
      SA_DOMAIN: 'd',
    });
    expect(creds.get('eu-de')).toEqual({
      kind: 'aksk',
      projectName: 'eu-de',
      projectId: '0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4',
      key: { ak: 'AK1', sk: 'SK1' },
      // OBS is signed with the project's AK/SK when the file names no obs_credentials
      obsKey: { ak: 'AK1', sk: 'SK1' },
    });
    expect(creds.get('eu-nl')).toMatchObject({ kind: 'password', user: 'u', domain: 'd' });
    expect(creds.get('eu-nl')?.obsKey).toBeUndefined();
  });

  it("read a password account's OBS key from obs_credentials", () => {
    const file = good.replace(
      /(credentials: \{ user_env[^\n]*\n)/,
      '$1    obs_credentials: { ak_env: OBS_AK, sk_env: OBS_SK }\n',
    );
    const env = { TEAM_AK: 'a', TEAM_SK: 'b', SA_USER: 'u', SA_PASSWORD: 'p', SA_DOMAIN: 'd' };
    const creds = resolveCredentials(parsePortalFile(file), { ...env, OBS_AK: 'OA', OBS_SK: 'OS' });
    expect(creds.get('eu-nl')?.obsKey).toEqual({ ak: 'OA', sk: 'OS' });
    expect(() => resolveCredentials(parsePortalFile(file), env)).toThrow(
      'eu-nl: obs_credentials.ak_env names OBS_AK, which is not set',
    );
  });

  it('name the variable of each field', () => {
    const run = () => resolveCredentials(parsePortalFile(good), {});
    expect(run).toThrow(
      [
        'Portal credentials missing:',
        '  - eu-de: ak_env names TEAM_AK, which is not set',
        '  - eu-de: sk_env names TEAM_SK, which is not set',
        '  - eu-nl: user_env names SA_USER, which is not set',
        '  - eu-nl: password_env names SA_PASSWORD, which is not set',
        '  - eu-nl: domain_env names SA_DOMAIN, which is not set',
      ].join('\n'),
    );
    try {
      run();
    } catch (e) {
      expect((e as Error).name).toBe('MissingCredentialError');
    }
  });

  it('name every missing variable, never a value', () => {
    const run = () =>
      resolveCredentials(parsePortalFile(good), { TEAM_AK: 'AK1', SA_USER: 'u', SA_DOMAIN: '' });
    expect(run).toThrow(MissingCredentialError);
    expect(run).toThrow(
      /eu-de: sk_env names TEAM_SK, which is not set\n.*eu-nl: password_env names SA_PASSWORD.*\n.*eu-nl: domain_env names SA_DOMAIN/,
    );
  });
});
