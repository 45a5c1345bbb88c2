import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const attribute = (element: Element, name: string) =>
	element.attrs.find((attr) => attr.name === name)?.value;

const textIn = (node: Node): string =>
	'value' in node && node.nodeName === '#text'
		? node.value
		: 'childNodes' in node
			? node.childNodes.map(textIn).join('')
			: '';

/**
 * What a browser would send for the forms in rendered HTML: every named, enabled input, ticked
 * box, textarea and select's chosen option, in document order.
 */
export function formOfHtml(html: string): FormData {
	const form = new FormData();
	const visit = (node: Node) => {
		if (!('tagName' in node)) {
			if ('childNodes' in node) node.childNodes.forEach(visit);
			return;
		}
		const name = attribute(node, 'name');
		const enabled = name !== undefined && attribute(node, 'disabled') === undefined;
		if (enabled && node.tagName === 'input') {
			const type = attribute(node, 'type') ?? 'text';
			const ticked = attribute(node, 'checked') !== undefined;
			if (!['checkbox', 'radio'].includes(type) || ticked) {
				form.append(name, attribute(node, 'value') ?? (ticked ? 'on' : ''));
			}
		} else if (enabled && node.tagName === 'textarea') {
			form.append(name, textIn(node));
		} else if (enabled && node.tagName === 'select') {
			const options = node.childNodes.filter((child): child is Element => 'tagName' in child);
			const chosen = options.find((o) => attribute(o, 'selected') !== undefined) ?? options[0];
			if (chosen) form.append(name, attribute(chosen, 'value') ?? textIn(chosen));
		}
		if (node.tagName === 'template') return;
		node.childNodes.forEach(visit);
	};
	visit(parse(html));
	return form;
}
