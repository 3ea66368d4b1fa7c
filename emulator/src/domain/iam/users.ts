import fs from 'node:fs';
import { z } from 'zod';

const ProjectSchema = z.object({ name: z.string().min(1), id: z.string().regex(/^[0-9a-f]{32}$/) });
const UserSchema = z.object({
  name: z.string().min(1),
  id: z.string().min(1),
  password: z.string(),
});
const DomainSchema = z.object({
  name: z.string().min(1),
  id: z.string().min(1),
  users: z.array(UserSchema),
  projects: z.array(ProjectSchema),
});
export const UsersFileSchema = z.object({ domains: z.array(DomainSchema).min(1) });
export type UsersFile = z.infer<typeof UsersFileSchema>;
export type Domain = z.infer<typeof DomainSchema>;
export type IamUser = z.infer<typeof UserSchema>;
export type IamProject = z.infer<typeof ProjectSchema>;

/** Reads and validates a users file; fails fast naming the bad field. */
export function loadUsersFile(file: string): UsersFile {
  const parsed = UsersFileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`users file ${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

export interface Identity {
  domain: Domain;
  user: IamUser;
  project: IamProject;
}

/** Domain + user + password + project (by name or id) → identity, or null when anything is wrong. */
export function authenticate(
  users: UsersFile,
  login: {
    domain: string;
    user: string;
    password: string;
    project: { name?: string; id?: string };
  },
): Identity | null {
  const domain = users.domains.find((d) => d.name === login.domain);
  const user = domain?.users.find((u) => u.name === login.user);
  if (!domain || !user || user.password !== login.password) return null;
  const project = domain.projects.find(
    (p) =>
      (login.project.id === undefined || p.id === login.project.id) &&
      (login.project.name === undefined || p.name === login.project.name),
  );
  return project ? { domain, user, project } : null;
}
