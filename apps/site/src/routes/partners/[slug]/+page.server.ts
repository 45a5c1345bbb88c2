import { createApi, fromApi, pageSlug } from '$lib/server/api';
import type { MapArea } from '@whatworks/domain';
import { boxAround, boxesOverlap, pathBounds, toViewBox } from '@whatworks/ui';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const notFound = 'There is no partner at this address.';
	const slug = pageSlug(params.slug, notFound);
	const api = createApi();
	const [partner, areas, news] = await fromApi(
		Promise.all([
			api.partners.get.query({ slug }),
			api.partners.map.query(),
			api.news.about.query({ kind: 'partners', slug })
		]),
		notFound
	);
	return { partner, map: neighbourhood(areas, partner.gssCode), news };
};

/**
 * The authority among its neighbours: a view at least a county's width across, and only the areas
 * it shows, so the page carries (and keyboard users tab through) no hidden outlines.
 */
function neighbourhood(areas: MapArea[], gssCode: string | null) {
	const area = areas.find((a) => a.gssCode === gssCode);
	if (!area) return null;
	const view = boxAround(pathBounds(area.path), { minSize: 90 });
	return {
		highlight: area.gssCode,
		viewBox: toViewBox(view),
		areas: areas.filter((a) => boxesOverlap(view, pathBounds(a.path)))
	};
}
