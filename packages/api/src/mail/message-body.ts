/** A link in a message, worded to make sense on its own. */
export interface MessageLink {
	text: string;
	href: string;
}

/** What a message says, before it is written out as HTML and as plain text. */
export interface MessageContent {
	subject: string;
	heading: string;
	paragraphs: readonly string[];
	/** The one thing the message asks the reader to do, shown as a button-like link. */
	action?: MessageLink;
	/** Below a rule: why the reader got it, and links such as "Unsubscribe from all emails". */
	footer: readonly string[];
	footerLinks?: readonly MessageLink[];
}

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
<h1 style="margin:0 0 24px;font-size:27px;line-height:1.2">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map(paragraph).join('\n')}
${action}
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
	return [
		content.heading,
		'',
		...content.paragraphs.flatMap((text) => [text, '']),
		...(content.action ? [link(content.action), ''] : []),
		'---',
		...content.footer,
		...(content.footerLinks ?? []).flatMap((each) => ['', link(each)])
	]
		.join('\n')
		.concat('\n');
}
