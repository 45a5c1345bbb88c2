import type { MapArea, PartnerSummary, ProgrammeSummary } from '@whatworks/domain';
import type { MapAreaView } from '@whatworks/ui';

/**
 * The map's areas for the partners shown: each area links to its authority's page and, when it is
 * among `shown` (the filtered list), is shaded by the programme in `focus` (the programme filter)
 * or else by the first of its programmes in `programmes` order. Shade numbers are positions in
 * `programmes`, so a programme keeps its colour whatever the filters.
 */
export function toMapAreas(
	areas: readonly MapArea[],
	programmes: readonly ProgrammeSummary[],
	shown: readonly PartnerSummary[],
	focus: string | null,
	href: (slug: string) => string
): MapAreaView[] {
	const shownSlugs = new Set(shown.map((partner) => partner.slug));
	const order = programmes.map((programme) => programme.slug);
	const names = new Map(programmes.map((programme) => [programme.slug, programme.name]));
	return areas.map((area) => {
		const inView = area.partnerSlug !== null && shownSlugs.has(area.partnerSlug);
		const ownProgrammes = area.programmes
			.filter((slug) => order.includes(slug))
			.sort((a, b) => order.indexOf(a) - order.indexOf(b));
		const shadeBy = focus && ownProgrammes.includes(focus) ? focus : ownProgrammes[0];
		return {
			gssCode: area.gssCode,
			name: area.name,
			path: area.path,
			href: area.partnerSlug ? href(area.partnerSlug) : null,
			shade: inView && shadeBy ? order.indexOf(shadeBy) : null,
			description:
				ownProgrammes.length > 0
					? ownProgrammes.map((slug) => names.get(slug)).join(', ')
					: 'not in a programme'
		};
	});
}
