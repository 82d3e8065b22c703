import { describe, expect, it } from 'vitest';
import { createRelayOutbox } from './relay-outbox.js';

describe('createRelayOutbox', () => {
  it('holds events before the first content and sends them with it, in order', () => {
    const outbox = createRelayOutbox();
    outbox.send('data: role\n\n', false);
    expect(outbox.take()).toBe('');
    outbox.send('data: Hi\n\n', true);
    outbox.send('data: empty\n\n', false);
    expect(outbox.take()).toBe('data: role\n\ndata: Hi\n\ndata: empty\n\n');
    expect(outbox.take()).toBe('');
  });

  it('drops keep-alive comments until the stream is committed, then passes them', () => {
    const outbox = createRelayOutbox();
    outbox.comment(':ping\n\n');
    outbox.send('data: Hi\n\n', true);
    outbox.comment(':ping\n\n');
    expect(outbox.take()).toBe('data: Hi\n\n:ping\n\n');
  });
});
