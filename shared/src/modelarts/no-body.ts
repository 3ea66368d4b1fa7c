import { z } from 'zod';

/**
 * Calls documented without a body: v1 version stop (catalog §3.8), visualization stop and
 * restart (§3.16), v2 early stop of a search trial (§4.15). No body, or `{}`, passes; anything
 * else is refused naming its first key, so a stray body never reaches the cloud.
 */
export const NoBodyRequestSchema = z.unknown().superRefine((body, ctx) => {
  if (body === undefined) return;
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const [first] = Object.keys(body);
    if (first === undefined) return;
    ctx.addIssue({
      code: 'custom',
      path: [first],
      message: `${first}: this request takes no body`,
    });
    return;
  }
  ctx.addIssue({ code: 'custom', message: 'this request takes no body' });
});
