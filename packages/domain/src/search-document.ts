import type { Topic } from './intervention.js';
import { topicLabels } from './intervention.js';
import { outcomeDomainLabels, type OutcomeDomain } from './outcome.js';

/**
 * The words of the topics and outcomes an intervention is filed under, as search reads them
 * beside its summary: the topics' labels, the outcomes' names and their domains' labels, once each.
 * @example filedUnderWords({ topics: ['substance-misuse'], outcomes: [{ outcome: 'Family reunification', domain: 'permanence-and-reunification' }] })
 *   // 'Parental substance misuse. Family reunification. Permanence and reunification'
 */
export function filedUnderWords({
	topics,
	outcomes
}: {
	topics: readonly Topic[];
	outcomes: readonly { outcome: string; domain: OutcomeDomain }[];
}): string {
	const labels = [
		...topics.map((topic) => topicLabels[topic]),
		...outcomes.flatMap(({ outcome, domain }) => [outcome, outcomeDomainLabels[domain]])
	];
	return [...new Set(labels)].join('. ');
}
