/**
 * One line of text → runs in visual (left-to-right drawing) order, each with
 * the font for its script. pdfkit, through fontkit, shapes an Arabic run and
 * returns its glyphs right to left, but it lays a whole line out as one
 * left-to-right run: digits and Latin inside Arabic come out reversed and
 * Arabic words in the wrong order (STACK.md trap 2). So the Unicode bidi
 * algorithm (bidi-js) decides the levels, and runs are reordered here (rule L2).
 */
import bidiFactory from 'bidi-js';
import type { FontName } from './fonts';
import { BIDI_CONTROLS } from './text';

export const bidi = bidiFactory();

export interface Run {
	/** In logical order; fontkit reverses an Arabic run itself. */
	text: string;
	font: FontName;
	level: number;
}

export interface Line {
	rtl: boolean;
	/** In drawing order, left to right. */
	runs: Run[];
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const TIFINAGH = /[\u2D30-\u2D7F]/;
const LETTER = /\p{L}/u;

type Script = 'arabic' | 'tifinagh' | 'latin' | null;

function scriptOf(ch: string): Script {
	if (ARABIC.test(ch)) return 'arabic';
	if (TIFINAGH.test(ch)) return 'tifinagh';
	if (LETTER.test(ch)) return 'latin';
	return null;
}

/** Splits `text` into runs and orders them for drawing from the left. */
export function layoutLine(raw: string, opts: { bold?: boolean; direction?: 'rtl' | 'ltr' | 'auto' } = {}): Line {
	// The catalogue isolates numbers for browsers; fonts have no glyph for the controls and the runs here do the same job.
	const text = raw.replace(BIDI_CONTROLS, '');
	const bold = opts.bold ?? false;
	const embedding = bidi.getEmbeddingLevels(text, opts.direction ?? 'auto');
	const paragraphLevel = embedding.paragraphs[0]?.level ?? 0;
	const rtl = paragraphLevel % 2 === 1;
	const levels = embedding.levels;
	const chars = text.split('');
	// Brackets in right-to-left runs take their mirror glyph (fontkit does not mirror).
	for (const [i, mirror] of bidi.getMirroredCharactersMap(text, levels)) chars[i] = mirror;

	// Logical runs: same level; within a level, a new run where the script's font changes.
	const logical: { chars: string[]; level: number; script: Script }[] = [];
	for (let i = 0; i < chars.length; i++) {
		const level = levels[i];
		const script = scriptOf(chars[i]);
		const last = logical[logical.length - 1];
		if (last && last.level === level && (script === null || last.script === null || last.script === script)) {
			last.chars.push(chars[i]);
			last.script ??= script;
		} else {
			logical.push({ chars: [chars[i]], level, script });
		}
	}

	const fontFor = (script: Script, level: number): FontName => {
		// Digits and punctuation alone take the paragraph's face (Amiri's digits sit well in Arabic lines).
		const s = script ?? (level % 2 === 1 || rtl ? 'arabic' : 'latin');
		const base: FontName = s === 'arabic' ? 'arabic' : s === 'tifinagh' ? 'tifinagh' : 'latin';
		return bold && base !== 'tifinagh' ? (`${base}-bold` as FontName) : base;
	};

	let runs: Run[] = logical.map((r) => {
		let text = r.chars.join('');
		// fontkit reverses a run with Arabic letters itself, not one without (brackets, dashes, spaces).
		if (r.level % 2 === 1 && r.script !== 'arabic') text = [...text].reverse().join('');
		return { text, font: fontFor(r.script, r.level), level: r.level };
	});

	// Rule L2: from the highest level down to the lowest odd one, reverse every
	// maximal sequence of runs at that level or higher.
	const max = Math.max(0, ...runs.map((r) => r.level));
	const lowestOdd = Math.min(...runs.map((r) => r.level).filter((l) => l % 2 === 1), Infinity);
	for (let level = max; level >= lowestOdd && level > 0; level--) {
		const out: Run[] = [];
		let i = 0;
		while (i < runs.length) {
			if (runs[i].level >= level) {
				let j = i;
				while (j < runs.length && runs[j].level >= level) j++;
				out.push(...runs.slice(i, j).reverse());
				i = j;
			} else out.push(runs[i++]);
		}
		runs = out;
	}
	return { rtl, runs };
}
