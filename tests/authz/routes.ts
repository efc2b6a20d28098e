import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import type { AuthzRow } from './types';

/** One thing under src/routes that needs a row: a page (GET), an endpoint method, or a form action (POST). */
export interface RouteEntry {
	route: string;
	method: AuthzRow['method'];
	action?: string;
	file: string;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function parse(file: string): ts.SourceFile {
	return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

const exported = (n: ts.Node) => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The names a module exports: `export const X`, `export function X`, `export { a as X }`. */
function exportedNames(src: ts.SourceFile): Set<string> {
	const names = new Set<string>();
	for (const st of src.statements) {
		if (ts.isVariableStatement(st) && exported(st)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) names.add(d.name.text);
		if (ts.isFunctionDeclaration(st) && exported(st) && st.name) names.add(st.name.text);
		if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause)) for (const e of st.exportClause.elements) names.add(e.name.text);
	}
	return names;
}

/** The keys of `export const actions = { … }` (shorthand, named, methods); a page without it has none. */
export function actionNames(file: string): string[] {
	const src = parse(file);
	let object: ts.ObjectLiteralExpression | undefined;
	for (const st of src.statements) {
		if (!ts.isVariableStatement(st) || !exported(st)) continue;
		for (const d of st.declarationList.declarations) {
			if (!ts.isIdentifier(d.name) || d.name.text !== 'actions' || !d.initializer) continue;
			let init: ts.Expression = d.initializer;
			while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
			if (!ts.isObjectLiteralExpression(init)) throw new Error(`${file}: \`export const actions\` is not an object literal; the matrix cannot read its actions`);
			object = init;
		}
	}
	if (!object && exportedNames(src).has('actions')) throw new Error(`${file}: cannot read the exported actions`);
	if (!object) return [];
	return object.properties.map((p) => {
		if (ts.isSpreadAssignment(p) || !p.name) throw new Error(`${file}: a spread in \`actions\`; list each action by name`);
		if (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) return p.name.text;
		throw new Error(`${file}: a computed action name; the matrix cannot read it`);
	});
}

/** SvelteKit's id of the route in this folder: '/(staff)/trainer/modules/[id]', '/' for the root. */
function routeId(routesDir: string, dir: string): string {
	const rel = relative(routesDir, dir).split(sep).join('/');
	return rel ? `/${rel}` : '/';
}

/** Every page, endpoint method and form action under src/routes. */
export function walkRoutes(routesDir: string): RouteEntry[] {
	const out: RouteEntry[] = [];
	const visit = (dir: string) => {
		const names = readdirSync(dir);
		const route = routeId(routesDir, dir);
		const has = (n: string) => names.includes(n);
		const pageServer = ['+page.server.ts', '+page.server.js'].find(has);
		if (has('+page.svelte') || pageServer || has('+page.ts')) out.push({ route, method: 'GET', file: join(dir, pageServer ?? '+page.svelte') });
		if (pageServer) for (const action of actionNames(join(dir, pageServer))) out.push({ route, method: 'POST', action, file: join(dir, pageServer) });
		const server = ['+server.ts', '+server.js'].find(has);
		if (server) {
			const names = exportedNames(parse(join(dir, server)));
			for (const m of METHODS) if (names.has(m)) out.push({ route, method: m, file: join(dir, server) });
		}
		for (const n of names) {
			const p = join(dir, n);
			if (statSync(p).isDirectory()) visit(p);
		}
	};
	if (!existsSync(routesDir)) throw new Error(`no routes at ${routesDir}`);
	visit(routesDir);
	return out;
}

/** The key a route entry and a row share. */
export const entryKey = (e: { route: string; method: string; action?: string }) => `${e.method} ${e.route}${e.action ? ` ?/${e.action}` : ''}`;
