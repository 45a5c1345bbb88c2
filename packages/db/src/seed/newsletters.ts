import type { NewsletterContent } from '@whatworks/domain';

/** An introduction from its paragraphs, a blank line apart. */
const paragraphs = (...texts: string[]): string => texts.join('\n\n');

/**
 * The Centre's e-newsletters no.13 (1 February 2019) and no.16 (28 March 2019), told in our own
 * words from the issues. Items bring in the demo's published pages where it has them (news articles
 * and programmes); the practitioners' event, the first weeks of Happier,
 * Healthier Professionals and the World Social Work Day film, which have no page, are written
 * here without a link. The sources' contact addresses are left out. Oldest first.
 */
export const seedNewsletters: NewsletterContent[] = [
	{
		slug: '13',
		title:
			'The Evidence Store opens, six Change Project partners, and two projects on social workers’ wellbeing',
		issuedOn: '2019-02-01',
		introduction: paragraphs(
			'I joined the What Works Centre as Executive Director three weeks ago, and it has been a busy start. I have met our family and practitioner panels and our advisory council, and I have been working through everything the Centre has done so far. As my first blog said, we are now announcing several new research programmes, and you can read about them below.',
			'Our team is growing too. Our research team has started, along with a new Operations Director and a Head of Programmes, and I hope to name our new Head of Practice within a few weeks.',
			'This is a big year for us. We must prove ourselves as useful to the profession as possible, and lead the way in producing evidence and putting it to work for social workers, children and families. There is plenty to do, and we can’t wait to get going.',
			'Michael Sanders, Executive Director'
		),
		items: [
			{
				source: 'written',
				heading: 'Practitioners to lead a movement for using evidence',
				text: paragraphs(
					'More than 100 practitioners spent 30 January together in Birmingham, working out how to build a movement for using evidence across children’s social work. Over the day they debated what counts as evidence and why it matters, and looked at what the evidence in our new Evidence Store, launched at the event, says about practice today. Practitioners led the discussion and chose how the movement should go forward.',
					'There was time for networking, and a session on how Schwartz Rounds, common in healthcare, might help social workers as well. Stephen Rice has blogged about why the Centre wants to help the sector engage more with evidence-based practice, and we will share more from the day in the coming weeks.'
				),
				link: null
			},
			{ source: 'published', path: '/news/evidence-store-launched' },
			{ source: 'published', path: '/news/change-project-partners-announced' },
			{
				source: 'written',
				heading: 'Social workers’ wellbeing: strong interest in Happier, Healthier Professionals',
				text: paragraphs(
					'Over the past month we have started two projects on how best to support social workers’ wellbeing. For the first, in December we invited organisations to tell us if they would like to help develop studies, with academics from Harvard Business School, University College London and elsewhere, on keeping social workers in England healthy, happy and productive.',
					'Applications came from organisations across the UK, and there were many good ones. In the coming months our researchers will design behavioural interventions for social workers’ health and happiness together with the prospective partners, whose advice and experience will shape them. The second project, on Schwartz Rounds, follows below.'
				),
				link: null
			},
			{ source: 'published', path: '/news/schwartz-rounds-call-for-partners' },
			{ source: 'published', path: '/programmes/eef-trials-reanalysis' }
		]
	},
	{
		slug: '16',
		title:
			'Our first eight research protocols, the next phase of Happier, Healthier Professionals and a new Evaluation Advisory Panel',
		issuedOn: '2019-03-28',
		introduction: paragraphs(
			'March has been a busy month, and we go into the new financial year with real momentum. We now have live research projects with 47 local authorities in England, and some of them are taking part in more than one.',
			'The best moments of my month were not the equations in our new research protocols, nor planning interventions and trials for Happier, Healthier Professionals. They were the times I spent listening to social workers: hearing what they make of our work and what they need from us. That took me to Lambeth, a short Tube ride away, to Weston-super-Mare, where I was born, to a lively discussion at the University of Sussex, and to last night’s deliberative forum on machine learning. Each conversation taught me something new and reminded me why we are here.',
			'Michael Sanders, Executive Director'
		),
		items: [
			{ source: 'published', path: '/programmes/happier-healthier-professionals' },
			{ source: 'published', path: '/news/first-research-protocols-published' },
			{ source: 'published', path: '/news/parent-child-interaction-therapy-in-the-evidence-store' },
			{
				source: 'written',
				heading: 'A film for World Social Work Day',
				text: 'We marked World Social Work Day this month with a short film on our research projects, showing how each is designed to support social workers and make life better for children and young people. Lambeth and Hillingdon, two of our Change Project partners, helped us make it, and Lewis and Mariah from our children and young people’s panel appear in it. Thank you to them both.',
				link: null
			},
			{ source: 'published', path: '/news/evaluation-advisory-panel-applications' },
			{ source: 'published', path: '/news/machine-learning-deliberative-forum' }
		]
	}
];
