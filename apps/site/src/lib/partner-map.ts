import type { MapArea, PartnerSummary, ProgrammeSummary } from '@whatworks/domain';
import type { MapAreaView } from '@whatworks/ui';

/**
 * The map's areas for the partners shown: each area links to its authority's page and is shaded by
 * the first of its programmes in `legend` order — when it is among `shown` (the filtered list).
 */
export function toMapAreas(
	areas: readonly MapArea[],
	legend: readonly ProgrammeSummary[],
	shown: readonly PartnerSummary[],
	href: (slug: string) => string
): MapAreaView[] {
	const shownSlugs = new Set(shown.map((partner) => partner.slug));
	const order = legend.map((programme) => programme.slug);
	const names = new Map(legend.map((programme) => [programme.slug, programme.name]));
	return areas.map((area) => {
		const inView = area.partnerSlug !== null && shownSlugs.has(area.partnerSlug);
		const programmes = area.programmes
			.filter((slug) => order.includes(slug))
			.sort((a, b) => order.indexOf(a) - order.indexOf(b));
		const first = programmes[0];
		return {
			gssCode: area.gssCode,
			name: area.name,
			path: area.path,
			href: area.partnerSlug ? href(area.partnerSlug) : null,
			shade: inView && first ? order.indexOf(first) : null,
			description:
				programmes.length > 0
					? programmes.map((slug) => names.get(slug)).join(', ')
					: 'not in a programme'
		};
	});
}
