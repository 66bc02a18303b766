// Shared by the elements and the feed validation, which the CLI compiles without the DOM's types:
// the one DOM function used here is declared for this module alone.
declare const requestAnimationFrame: (callback: () => void) => number;

/**
 * A task of its own after this one: a message-channel task, which is neither throttled like
 * `setTimeout` in a background tab nor ahead of every other task like `scheduler.yield()`
 * continuations (under which the kiosk's own timers would wait). Work split this way lets the
 * page handle input and paint between the steps.
 */
export function nextTask(): Promise<void> {
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

/**
 * After the next frame has been laid out and painted, then a task of its own: work done in
 * steps this way is laid out step by step too. A hidden page paints no frames, so after 100 ms
 * at the latest.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  }).then(nextTask);
}
