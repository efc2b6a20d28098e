// `node --import tsx src/cluster.ts build/index.js`: the built server as one
// process per core on PostgreSQL (what `npm start` does; the bench uses it too).
import { runServer } from './lib/server/cluster';

const entry = process.argv[2];
if (!entry) {
	console.error('usage: node --import tsx src/cluster.ts BUILD_ENTRY');
	process.exit(2);
}
await runServer(entry);
