// Public and light: no client JavaScript.
export const csr = false;
