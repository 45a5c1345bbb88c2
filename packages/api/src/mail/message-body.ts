import type { MessageContent, MessageLink, MessageSection } from '@whatworks/domain';

const escapeHtml = (text: string) =>
	text.replace(
		/[&<>"']/g,
		(character) =>
			({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ??
			character
	);

// Inline styles: many mail programs drop <style>. The dark scheme's colours come from the one
// rule they keep, so text never ends up dark on dark.
const colours = 'color:#0b0c0c;background:#ffffff';
const linkStyle = 'color:#1d70b8;text-decoration:underline';
const darkScheme = `@media (prefers-color-scheme: dark) {
  body, .page { background: #0b0c0c !important; color: #f3f2f1 !important; }
  a { color: #8fc1ff !important; }
  .action { background: #8fc1ff !important; color: #0b0c0c !important; }
}`;

/**
 * The message as HTML: a real heading, paragraphs, link text that makes sense alone, readable in
 * dark mode and at a phone's width, in British English.
 */
export function messageHtml(content: MessageContent): string {
	const paragraph = (text: string) =>
		`<p style="margin:0 0 16px;font-size:19px;line-height:1.4">${escapeHtml(text)}</p>`;
	const link = ({ text, href }: MessageLink) =>
		`<a href="${escapeHtml(href)}" style="${linkStyle}">${escapeHtml(text)}</a>`;
	const action = content.action
		? `<p style="margin:24px 0"><a class="action" href="${escapeHtml(content.action.href)}" style="display:inline-block;padding:10px 16px;background:#00703c;color:#ffffff;font-size:19px;font-weight:bold;text-decoration:none;border-radius:2px">${escapeHtml(content.action.text)}</a></p>`
		: '';
	const webLink = content.webLink
		? `<p style="margin:0 0 16px;font-size:16px">${link(content.webLink)}</p>`
		: '';
	const section = ({ heading, paragraphs, link: more }: MessageSection) =>
		[
			`<h2 style="margin:32px 0 16px;font-size:22px;line-height:1.3">${escapeHtml(heading)}</h2>`,
			...paragraphs.map(paragraph),
			...(more ? [`<p style="margin:0 0 16px;font-size:19px">${link(more)}</p>`] : [])
		].join('\n');
	const footer = [...content.footer.map(escapeHtml), ...(content.footerLinks ?? []).map(link)].map(
		(line) => `<p style="margin:0 0 8px;font-size:16px;line-height:1.4">${line}</p>`
	);
	return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(content.subject)}</title>
<style>${darkScheme}</style>
</head>
<body style="margin:0;padding:0;${colours};font-family:Arial,Helvetica,sans-serif">
<div class="page" style="max-width:640px;margin:0 auto;padding:24px 16px;${colours}">
${webLink}<h1 style="margin:0 0 24px;font-size:27px;line-height:1.2">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map(paragraph).join('\n')}
${action}
${(content.sections ?? []).map(section).join('\n')}
<hr style="border:0;border-top:1px solid #b1b4b6;margin:32px 0 16px">
${footer.join('\n')}
</div>
</body>
</html>
`;
}

/** The same message as plain text, each link written out after its words. */
export function messageText(content: MessageContent): string {
	const link = ({ text, href }: MessageLink) => `${text}:\n${href}`;
	const section = ({ heading, paragraphs, link: more }: MessageSection) => [
		'',
		heading,
		'-'.repeat(Math.min(heading.length, 72)),
		'',
		...paragraphs.flatMap((text) => [text, '']),
		...(more ? [link(more), ''] : [])
	];
	return [
		...(content.webLink ? [link(content.webLink), ''] : []),
		content.heading,
		'',
		...content.paragraphs.flatMap((text) => [text, '']),
		...(content.action ? [link(content.action), ''] : []),
		...(content.sections ?? []).flatMap(section),
		'---',
		...content.footer,
		...(content.footerLinks ?? []).flatMap((each) => ['', link(each)])
	]
		.join('\n')
		.concat('\n');
}
