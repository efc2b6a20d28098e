// The home is figures and links: no client code needed, so its first visit stays light.
export const csr = false;
