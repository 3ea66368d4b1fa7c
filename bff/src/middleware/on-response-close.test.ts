import { ServerResponse, IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { onResponseClose } from './on-response-close.js';

const response = () => new ServerResponse(new IncomingMessage(new Socket()));

describe('onResponseClose', () => {
  it('runs every callback once, in order, from one close listener', () => {
    const res = response();
    const seen: string[] = [];
    onResponseClose(res, () => seen.push('log'));
    onResponseClose(res, () => seen.push('metrics'));
    onResponseClose(res, () => seen.push('abort'));
    expect(res.listenerCount('close')).toBe(1);
    res.emit('close');
    res.emit('close');
    expect(seen).toEqual(['log', 'metrics', 'abort']);
  });

  it('keeps responses apart', () => {
    const a = response();
    const b = response();
    const seen: string[] = [];
    onResponseClose(a, () => seen.push('a'));
    onResponseClose(b, () => seen.push('b'));
    b.emit('close');
    expect(seen).toEqual(['b']);
  });
});
