import { heldOutJudgements } from './search-judgements-held-out.js';
import { tuningJudgements } from './search-judgements-tuning.js';
import { validationJudgements } from './search-judgements-validation.js';

/**
 * The judged search set: what readers type, and the Evidence Store entry a good search puts in
 * its first three results. `tuning` and `validation` were written before search was tuned (issue
 * 16): `tuning` was looked at while improving search; `validation` was kept aside but its score
 * was read after each change, so it guided the work. `heldOut` was written after the tuning and
 * measured once: it is the honest figure, and nobody may improve search while looking at it.
 *
 * Each `why` starts with the kind of query: acronym or other name, everyday word, topic or
 * outcome, typo or prefix, phrase. Every entry is the answer three or four times in each half; of
 * each kind, the first two halves take turns from one entry to the next, so each kind is split
 * evenly to within one and neither is easier; `heldOut` follows the same mix. The queries issue 16 itself names (PCIT, FDAC, neglect,
 * foster care) are in `tuning`: whoever tunes has read them already.
 */
export interface SearchJudgement {
	/** The words as a reader types them. */
	query: string;
	/** The slug of the entry a good search puts in its first three results. */
	slug: string;
	/** The kind of query, and why it is realistic or where its wording comes from. */
	why: string;
}

/** The judged queries: the set search was tuned on, the one that guided it, and the one kept aside. */
export const searchJudgements = {
	tuning: tuningJudgements,
	validation: validationJudgements,
	heldOut: heldOutJudgements
};
