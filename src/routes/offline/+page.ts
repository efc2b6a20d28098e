// Precached by the service worker and shown when a page cannot be reached: plain HTML,
// no client code from kit; /offline.js lists what this phone keeps.
export const csr = false;
