import type request from 'supertest';

/** supertest parser that keeps the body as the exact text sent (no JSON parsing). */
export function rawText(
  res: request.Response,
  cb: (err: Error | null, body: string) => void,
): void {
  let text = '';
  (res as unknown as NodeJS.ReadableStream).on('data', (d: Buffer) => (text += d.toString()));
  (res as unknown as NodeJS.ReadableStream).on('end', () => cb(null, text));
}
