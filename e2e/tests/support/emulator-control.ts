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

/** Sets the emulator's faults (`fail`, `drop`, `latency_ms`, …), replacing any. */
export async function setFaults(faults: Record<string, unknown>): Promise<void> {
  const r = await control<{ ok?: boolean; error?: string }>('faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (!r.ok) throw new Error(`faults refused: ${r.error}`);
}

export async function clearFaults(): Promise<void> {
  const res = await fetch(`${EMULATOR_URL}/__control/faults`, { method: 'DELETE' });
  if (!res.ok) throw new Error(`clearing faults answered ${res.status}`);
}
