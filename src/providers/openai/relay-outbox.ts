/**
 * @module What a relayed stream sends its client, read by read. Events before the first one with content (a
 * role-only first chunk, say) are held and go out with it, so a route can still retry or fall back after them;
 * keep-alive comments pass only once the stream is the client's.
 */

/** The client's side of a relayed stream. */
export interface RelayOutbox {
  /** Queues an event's SSE text; `content` says whether it commits the stream to the client. */
  send(text: string, content: boolean): void;
  /** Queues a keep-alive comment (SSE text) if the stream is committed; drops it before. */
  comment(text: string): void;
  /** What was queued since the last take: empty while everything is held. */
  take(): string;
}

/** An empty outbox, nothing committed. */
export function createRelayOutbox(): RelayOutbox {
  let out = ''; // what the current read adds for the client
  let held = ''; // events before the first content
  let committed = false;
  return {
    send(text, content) {
      if (!committed && !content) {
        held += text;
        return;
      }
      out += held + text;
      held = '';
      committed = true;
    },
    comment(text) {
      if (committed) out += text;
    },
    take() {
      const text = out;
      out = '';
      return text;
    },
  };
}
