// Learners' pages are read on phones over slow connections and need no client
// code: links and plain forms do everything. Without it a lesson's first visit
// ships no JavaScript at all.
export const csr = false;
