/**
 * @module A fetch for the Anthropic SDK that reports every read of a response body to the request's heartbeat.
 * The SDK drops the API's `ping` events before a provider sees them; a route's stream timeout must still
 * hear them, or a model that is thinking but connected would be cut.
 */

/** The fetch option that carries a request's heartbeat (removed before the request is sent). */
export const HEARTBEAT_OPTION = 'tandemHeartbeat';

/** `fetch`, with the body of a response to a request that has a heartbeat reporting each chunk read. */
export async function fetchWithHeartbeat(url: string | URL | Request, init?: RequestInit): Promise<Response> {
  const { [HEARTBEAT_OPTION]: beat, ...rest } = (init ?? {}) as RequestInit & {
    [HEARTBEAT_OPTION]?: () => void;
  };
  const res = await fetch(url, rest);
  if (!beat || !res.body) return res;
  const body = res.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        beat();
        controller.enqueue(chunk);
      },
    }),
  );
  return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
}
