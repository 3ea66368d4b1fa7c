import { EMULATOR_URL } from './env.js';

/** The emulator's test-only control surface (enabled by EMULATOR_CONTROL=1 in playwright.config). */
export interface IssuedToken {
  token: string;
  user: string;
  project_id: string;
  expires_at: string;
}
export interface ReceivedRequest {
  method: string;
  path: string;
  body?: unknown;
}

async function control<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${EMULATOR_URL}/__control/${path}`, init);
  if (!res.ok) throw new Error(`control ${path} answered ${res.status}`);
  return (await res.json()) as T;
}

export async function issuedTokens(): Promise<string[]> {
  const { tokens } = await control<{ tokens: IssuedToken[] }>('tokens');
  return tokens.map((t) => t.token);
}

export async function receivedRequests(): Promise<ReceivedRequest[]> {
  const { requests } = await control<{ requests: ReceivedRequest[] }>('requests');
  return requests;
}
