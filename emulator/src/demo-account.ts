/** The demo account shipped in config/users.json (fixed by the team contract). */
export const DEMO_ACCOUNT = {
  domain: 'demo',
  username: 'demo',
  password: 'demo',
  project: 'eu-de',
  projectId: '0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4',
  /** A second project of the same account, for project-mismatch tests. */
  otherProject: 'eu-nl',
  otherProjectId: '7c3a9e2b41d64f0a8b5e6d7c8f9a0b1c',
} as const;
