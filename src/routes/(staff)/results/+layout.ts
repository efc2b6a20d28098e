// The dashboard and an indicator's records are figures, tables, static SVG and a GET form: no client
// code, so a funder's phone gets no JavaScript and the server does not serialise the page's data twice
// (as HTML and again as hydration data).
export const csr = false;
