#!/usr/bin/env -S npx tsx
// Admin command line: `npm run cli -- help`. Uses relative imports only (runs under tsx, outside Vite).
import { parseArgs } from 'node:util';
import { commands, CliError } from './lib/server/cli/commands';

async function main(argv: string[]): Promise<number> {
	const [name = 'help', ...rest] = argv;
	const command = commands[name];
	if (!command) {
		console.error(`Unknown command: ${name}\n`);
		commands.help.run({ values: {}, positionals: [] });
		return 2;
	}
	let parsed;
	try {
		parsed = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: true, strict: true });
	} catch (e) {
		console.error(`${name}: ${(e as Error).message}\nUsage: npm run cli -- ${name} ${command.usage ?? ''}`);
		return 2;
	}
	try {
		return (await command.run(parsed as never)) ?? 0;
	} catch (e) {
		if (e instanceof CliError) {
			console.error(`${name}: ${e.message}`);
			return e.exitCode;
		}
		throw e;
	}
}

main(process.argv.slice(2)).then(
	(code) => {
		if (code !== -1) process.exit(code);
	},
	(e) => {
		console.error(e instanceof Error ? e.message : e);
		process.exit(1);
	}
);
