/**
 * Lets the event loop run input, rendering and timers: a message-channel task, which is neither
 * throttled like `setTimeout` in a background tab nor ahead of every other task like
 * `scheduler.yield()` continuations (under which the kiosk's own timers would wait).
 * For the elements; src/directory/validate.ts has its own copy (a module that the base element and
 * the directory API both import becomes, in the CDN build, a chunk every element loads).
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
