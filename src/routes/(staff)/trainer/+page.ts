// The home is links and lists: no client code needed, so its first visit stays light.
export const csr = false;
