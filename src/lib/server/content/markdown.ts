import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: true, async: false });

// What a lesson may contain once rendered: text structure, links, images, tables.
// Anything else (scripts, styles, iframes, forms, event handlers, raw HTML) is dropped.
const OPTIONS: sanitizeHtml.IOptions = {
	allowedTags: ['h2', 'h3', 'h4', 'p', 'br', 'hr', 'strong', 'em', 'del', 'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'code', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
	allowedAttributes: {
		a: ['href', 'title'],
		img: ['src', 'alt', 'title', 'width', 'height'],
		th: ['align'],
		td: ['align'],
		ol: ['start']
	},
	allowedSchemes: ['https', 'http', 'mailto', 'tel'],
	allowedSchemesByTag: { img: ['https'] },
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	transformTags: {
		// A lesson's title is the page's h1: headings inside start at h2.
		h1: 'h2',
		h5: 'h4',
		h6: 'h4',
		a: (tagName, attribs) => ({
			tagName,
			attribs: { ...attribs, rel: 'noopener noreferrer nofollow', ...(attribs.href?.startsWith('/') ? {} : { target: '_blank' }) }
		}),
		img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy', decoding: 'async' } })
	},
	// Links without a target and images that are neither https nor our own files are dropped.
	exclusiveFilter: (frame) =>
		(frame.tag === 'a' && !frame.attribs.href) || (frame.tag === 'img' && !/^(https:\/\/|\/(?!\/))/i.test(frame.attribs.src ?? ''))
};
OPTIONS.allowedAttributes = { ...(OPTIONS.allowedAttributes as Record<string, string[]>), a: ['href', 'title', 'rel', 'target'], img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding'] };

/** Markdown from trainers to HTML that is safe to show learners. */
export function renderMarkdown(markdown: string): string {
	const html = marked.parse(markdown ?? '') as string;
	return sanitizeHtml(html, OPTIONS);
}
