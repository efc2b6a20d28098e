// Some platform-specific optional packages (e.g. @lix-js/sdk-darwin-arm64) are
// not served by the registry this project installs from, so `npm install`
// leaves them out of package-lock.json and `npm ci` then refuses the lock
// ("Missing: … from lock file"). Record each missing one with its os/cpu, as
// npm does for platforms it can reach; `npm ci` then skips them on this machine.
// Run after every `npm install`: node .ci/fix-lock.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const pkgs = lock.packages;
const OS = { darwin: 'darwin', linux: 'linux', linuxmusl: 'linux', win32: 'win32', freebsd: 'freebsd', android: 'android', openbsd: 'openbsd', netbsd: 'netbsd', sunos: 'sunos', aix: 'aix', openharmony: 'openharmony' };
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'];

function platformOf(name) {
	const parts = name.split('/').pop().split('-');
	const cpu = [...parts].reverse().find((p) => CPU.includes(p));
	const os = parts.find((p) => OS[p]);
	if (!cpu) return null;
	return { cpu: [cpu], ...(os ? { os: [OS[os]] } : {}), ...(os === 'linuxmusl' ? { libc: ['musl'] } : os === 'linux' ? { libc: ['glibc'] } : {}) };
}

let added = 0;
const problems = [];
for (const [where, entry] of Object.entries(pkgs)) {
	for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
		const base = where ? `${where}/node_modules/${dep}` : `node_modules/${dep}`;
		if (pkgs[base] || pkgs[`node_modules/${dep}`]) continue;
		const platform = platformOf(dep);
		if (!platform) {
			problems.push(`${dep}@${version} (needed by ${where || 'the project'})`);
			continue;
		}
		pkgs[`node_modules/${dep}`] = { version: version.replace(/^[\^~]/, ''), ...platform, ...(entry.dev ? { dev: true } : {}), optional: true };
		added++;
	}
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`fix-lock: recorded ${added} unreachable platform package(s).`);
if (problems.length) {
	console.error(`fix-lock: optional packages missing from the lock that are not platform builds:\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
