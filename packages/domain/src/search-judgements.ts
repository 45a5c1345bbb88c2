import { heldOutJudgements } from './search-judgements-held-out.js';
import { tuningJudgements } from './search-judgements-tuning.js';

/**
 * The judged search set: what readers type, and the Evidence Store entry a good search puts in
 * its first three results. Written before search was tuned (issue 16). Half is kept aside:
 * `tuning` may be looked at while improving search; `heldOut` never is — it only measures.
 *
 * Each `why` starts with the kind of query: acronym or other name, everyday word, topic or
 * outcome, typo or prefix, phrase. Every entry is the answer three or four times in each half; of
 * each kind, the halves take turns from one entry to the next, so each kind is split evenly to
 * within one and neither half is easier. The queries issue 16 itself names (PCIT, FDAC, neglect,
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

/** The judged queries: the half search may be tuned on, and the half kept aside to measure it. */
export const searchJudgements = { tuning: tuningJudgements, heldOut: heldOutJudgements };
