import type { ContentKind } from '@whatworks/domain';
import { articleStore } from './article.js';
import { authorStore } from './author.js';
import type { ContentStore } from './content-store.js';
import { interventionStore } from './intervention.js';
import { newsletterStore } from './newsletter.js';
import { partnerStore } from './partner.js';
import { programmeStore } from './programme.js';
import { projectStore } from './project.js';
import { publicationStore } from './publication.js';

/** Where each kind of content lives once published. */
export const contentStores: { [K in ContentKind]: ContentStore<K> } = {
	intervention: interventionStore,
	publication: publicationStore,
	project: projectStore,
	programme: programmeStore,
	partner: partnerStore,
	article: articleStore,
	author: authorStore,
	newsletter: newsletterStore
};

/** The store of a kind, typed loosely enough to take any kind's content. */
export function storeOf(kind: ContentKind): ContentStore<ContentKind> {
	return contentStores[kind];
}
