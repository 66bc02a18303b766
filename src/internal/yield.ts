/**
 * Lets the event loop run input, rendering and timers: a message-channel task, which is neither
 * throttled like `setTimeout` in a background tab nor ahead of every other task like
 * `scheduler.yield()` continuations (under which the kiosk's own timers would wait).
 * Browser and Node alike (the CLI validates with the same code).
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    // (`onmessage` rather than `addEventListener`: assigning it also starts the port, in Node too.)
    (channel.port1 as unknown as { onmessage: (() => void) | null }).onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
