import type { ArticleContent, AuthorContent } from '@whatworks/domain';

/**
 * Demo authors: the researchers the Centre's news named as writing its blog posts in 2019, and
 * the CASCADE team for the post on Intensive Family Preservation Services, whose author the news
 * did not name. Roles and biographies say only what the Centre's news said of them.
 */
export const seedAuthors: AuthorContent[] = [
	{
		slug: 'lorna-stabler',
		name: 'Lorna Stabler',
		role: 'Researcher, CASCADE, Cardiff University',
		bio: 'Lorna Stabler was one of the researchers on CASCADE’s rapid realist review of shared decision-making meetings, which the Centre published in July 2019.'
	},
	{
		slug: 'david-wilkins',
		name: 'Dr David Wilkins',
		role: 'Researcher, CASCADE, Cardiff University',
		bio: 'David Wilkins leads the Centre’s evaluation of Schwartz Rounds in children’s social care, carried out by CASCADE together with the Point of Care Foundation.'
	},
	{
		slug: 'zoe-bezeczky',
		name: 'Zoe Bezeczky',
		role: 'Researcher, CASCADE, Cardiff University',
		bio: 'Zoe Bezeczky worked on the Evidence Store’s summary of programmes meant to prevent mental illness in children whose parents have mental health problems.'
	},
	{
		slug: 'cindy-corliss',
		name: 'Dr Cindy Corliss',
		role: 'Researcher, CASCADE, Cardiff University',
		bio: 'Cindy Corliss is a CASCADE researcher and co-wrote the Evidence Store summary on preventing mental illness in the children of parents who are mentally unwell.'
	},
	{
		slug: 'cascade-research-team',
		name: 'The CASCADE research team',
		role: 'Children’s Social Care Research and Development Centre, Cardiff University',
		bio: 'CASCADE is the Centre’s research partner at Cardiff University. Its researchers write the technical summaries in the Evidence Store and the Centre’s series of reviews on safely reducing the need for children to enter care.'
	}
];

/**
 * A demo article and when it was first published (an ISO instant, e.g. '2019-07-12T09:00:00+01:00');
 * none has an image, as the sources give none.
 */
export interface SeedArticle extends Omit<ArticleContent, 'image'> {
	firstPublishedAt: string;
}

/** An article's body from its paragraphs, a blank line apart. */
const paragraphs = (...texts: string[]): string => texts.join('\n\n');

const changeProjects = [
	'social-workers-in-schools-lambeth',
	'social-workers-in-schools-southampton',
	'social-workers-in-schools-stockport',
	'devolved-budgets-darlington',
	'devolved-budgets-hillingdon',
	'devolved-budgets-wigan'
];
const changePartners = ['lambeth', 'southampton', 'stockport', 'darlington', 'hillingdon', 'wigan'];
const schwartzRoundsPartners = [
	'haringey',
	'liverpool',
	'nottinghamshire',
	'walsall',
	'warwickshire',
	'west-sussex'
];

/**
 * The Centre's news from July 2018 to July 2019, told in our own words from its news page and
 * e-newsletters: each item is dated the day the Centre announced it, at 09:00 London time (BST
 * from 25 March to 28 October 2018 and from 31 March 2019). Newest first.
 */
export const seedArticles: SeedArticle[] = [
	{
		slug: 'shared-decision-making-review-published',
		type: 'news-story',
		title: 'How to make decision-making meetings work for families: a new review from CASCADE',
		summary:
			'A rapid realist review by CASCADE sets out good practice for meetings where professionals and families make decisions together, with the aim of helping children stay safely at home.',
		body: paragraphs(
			'The Centre has published a rapid realist review, carried out by CASCADE at Cardiff University, on meetings in which professionals and families decide together what should happen for a child. It gathers the evidence on how these meetings can be run so that families take a real part in them, and on how doing so can help children to stay at home safely instead of entering care.',
			'This is the fourth report in a series on safely reducing the need for children to enter care. The series mixes specialist reports with systematic and scoping reviews, all written by CASCADE for the Centre. CASCADE also prepares the technical summaries behind the Evidence Store.',
			'In a blog post for the Centre, Lorna Stabler, who was part of the research team, explains what the review means for practice.'
		),
		themes: ['reducing-need-for-care', 'supervision-and-decision-making'],
		topics: ['family-decision-making'],
		authorSlugs: [],
		interventionSlugs: ['family-group-conferencing'],
		projectSlugs: [],
		partnerSlugs: [],
		publicationSlugs: ['shared-decision-making-rapid-realist-review'],
		firstPublishedAt: '2019-07-12T09:00:00+01:00'
	},
	{
		slug: 'making-meetings-meaningful',
		type: 'blog-post',
		title: 'Making meetings meaningful: good practice in involving families in decisions',
		summary:
			'Lorna Stabler, who worked on CASCADE’s review of shared decision-making, looks at what the evidence says about running meetings in which families have a genuine say.',
		body: paragraphs(
			'When a child may be at risk of entering care, many of the important decisions are taken in meetings that bring professionals and family members together. CASCADE’s rapid realist review, published by the Centre in July 2019, asked what good practice in these meetings looks like, and what it takes for a family’s involvement to be more than a formality.',
			'A realist review asks not only whether an approach works but in what circumstances, for whom and why. For shared decision-making, that means looking at the conditions around a meeting as well as at whether it helps children stay at home.',
			'This post draws on the review to describe good practice in involving families in decisions, so that children can be kept safely at home wherever that is possible. The full review is listed among the Centre’s publications.'
		),
		themes: ['reducing-need-for-care', 'supervision-and-decision-making'],
		topics: ['family-decision-making'],
		authorSlugs: ['lorna-stabler'],
		interventionSlugs: ['family-group-conferencing'],
		projectSlugs: [],
		partnerSlugs: [],
		publicationSlugs: ['shared-decision-making-rapid-realist-review'],
		firstPublishedAt: '2019-07-12T09:00:00+01:00'
	},
	{
		slug: 'intensive-family-preservation-services-review-launched',
		type: 'press-release',
		title:
			'New review: Intensive Family Preservation Services can keep children out of care, but results vary',
		summary:
			'CASCADE’s review and meta-analysis, covering 37 papers, finds that Intensive Family Preservation Services prevent out-of-home placement, though how well they do so differs from one service to another.',
		body: paragraphs(
			'What Works for Children’s Social Care, as the What Works Centre for Children’s Social Care is now known, has published a review of the evidence on Intensive Family Preservation Services (IFPS). The CASCADE research team at Cardiff University carried out the review, a systematic review with a meta-analysis, drawing on 37 papers. The IFPS entry in the Evidence Store has been brought up to date at the same time.',
			'Taken together, the studies show that IFPS succeed in preventing children from being placed away from home. Their effect is not the same everywhere, however, which suggests that the way a service is put into practice matters. Delivered well, IFPS could help to lower the number of children coming into care.',
			'Professor Donald Forrester, Director of CASCADE, welcomed seeing the evidence on intensive social work with families gathered in one place. He pointed out that most of the studies come from the USA and said the next step was to help local authorities in the UK set up or strengthen IFPS. CASCADE is researching effective practice in this country and hopes soon to evaluate services of this kind in England.',
			'The full review is available on the Centre’s website, together with a blog post on what the findings mean.'
		),
		themes: ['reducing-need-for-care'],
		topics: ['children-in-care', 'parenting'],
		authorSlugs: [],
		interventionSlugs: ['intensive-family-preservation-services'],
		projectSlugs: [],
		partnerSlugs: [],
		publicationSlugs: ['intensive-family-preservation-services-review'],
		firstPublishedAt: '2019-06-10T09:00:00+01:00'
	},
	{
		slug: 'can-intensive-family-preservation-keep-families-together',
		type: 'blog-post',
		title: 'Can intensive family preservation keep families together?',
		summary:
			'What CASCADE’s review of 37 papers tells us about Intensive Family Preservation Services, and why the way a service is delivered matters as much as the model.',
		body: paragraphs(
			'Intensive Family Preservation Services offer short, concentrated support at home to families whose children are close to being taken into care. The goal is to help the family make the changes that let the children stay safely with their parents.',
			'Our systematic review and meta-analysis of 37 papers found that these services do prevent children from being placed away from home. The size of the effect differed between services, though, which points to implementation: how a service is set up and run seems to shape how much good it does.',
			'Most of the research was done in the USA. The work ahead is to learn how IFPS operate in the UK, to support local authorities that want to introduce or improve them, and to evaluate services in England. The Evidence Store entry on IFPS now reflects the review.'
		),
		themes: ['reducing-need-for-care'],
		topics: ['children-in-care', 'parenting'],
		authorSlugs: ['cascade-research-team'],
		interventionSlugs: ['intensive-family-preservation-services'],
		projectSlugs: [],
		partnerSlugs: [],
		publicationSlugs: ['intensive-family-preservation-services-review'],
		firstPublishedAt: '2019-06-10T09:00:00+01:00'
	},
	{
		slug: 'schwartz-rounds-partners-announced',
		type: 'news-story',
		title: 'Six authorities to pilot Schwartz Rounds for social care staff',
		summary:
			'Haringey, Liverpool, Nottinghamshire, Walsall, Warwickshire and West Sussex will run Schwartz Rounds so that the Centre can learn whether they support the wellbeing of staff in children’s social care.',
		body: paragraphs(
			'The Centre has chosen six local authorities for its evaluation of Schwartz Rounds in children’s social care: Haringey Council, Liverpool City Council, Nottinghamshire County Council, Walsall Council, Warwickshire County Council and West Sussex County Council. Each will try out the rounds in its social care services.',
			'A Schwartz Round is a regular, structured meeting at which staff talk about the emotional and social side of their work. Across the six authorities, more than 3,000 staff will take part between now and March 2020.',
			'Dr David Wilkins of CASCADE will lead the project, and has written a blog post about it for the Centre.'
		),
		themes: ['workforce-wellbeing'],
		topics: [],
		authorSlugs: [],
		interventionSlugs: [],
		projectSlugs: ['schwartz-rounds-evaluation'],
		partnerSlugs: [...schwartzRoundsPartners],
		publicationSlugs: [],
		firstPublishedAt: '2019-04-05T09:00:00+01:00'
	},
	{
		slug: 'bringing-schwartz-rounds-into-childrens-social-care',
		type: 'blog-post',
		title: 'Bringing Schwartz Rounds into children’s social care',
		summary:
			'David Wilkins introduces the Centre’s pilot of Schwartz Rounds, a forum borrowed from healthcare, and the question it sets out to answer: do the rounds help social workers feel supported?',
		body: paragraphs(
			'Schwartz Rounds began in healthcare. At a round, staff gather to tell stories from their work and their own lives, and to listen while colleagues do the same. A round is not supervision or a case meeting: nobody makes decisions, reviews care plans or sets goals there. It is a separate kind of space, kept for reflection.',
			'Healthcare staff who attend rounds regularly say they feel less stressed and less alone. The Centre’s evaluation asks whether the same is true in children’s social care, and whether rounds give social workers room to think and a stronger sense of being backed up in their jobs.',
			'Six authorities are taking part — Haringey, Liverpool, Nottinghamshire, Walsall, Warwickshire and West Sussex — with more than 3,000 staff involved up to March 2020. The study is a collaboration with the Point of Care Foundation.'
		),
		themes: ['workforce-wellbeing'],
		topics: [],
		authorSlugs: ['david-wilkins'],
		interventionSlugs: [],
		projectSlugs: ['schwartz-rounds-evaluation'],
		partnerSlugs: [...schwartzRoundsPartners],
		publicationSlugs: [],
		firstPublishedAt: '2019-04-05T09:00:00+01:00'
	},
	{
		slug: 'preventing-mental-illness-in-children-of-parents-with-mental-illness',
		type: 'blog-post',
		title: 'Can we prevent mental illness in children whose parents are unwell?',
		summary:
			'Zoe Bezeczky and Dr Cindy Corliss of CASCADE, who wrote the Evidence Store summary on preventing child mental illness, explain what it covers.',
		body: paragraphs(
			'Some interventions are offered to children whose parents have mental health problems, in the hope of stopping the children from developing problems of their own. The Evidence Store’s summary on preventing child mental illness weighs up whether they do.',
			'The summary is one of the Evidence Store’s appraisals: short accounts of how effective a social care intervention is, how strong the evidence for that judgement is, and why it might work. Zoe Bezeczky and Dr Cindy Corliss, researchers at CASCADE, worked on it.',
			'This post goes through what the summary found. The full appraisal is in the Evidence Store entry on preventing mental illness in children of parents with a mental illness.'
		),
		themes: [],
		topics: ['mental-health', 'parenting'],
		authorSlugs: ['zoe-bezeczky', 'cindy-corliss'],
		interventionSlugs: ['child-mental-illness-prevention'],
		projectSlugs: [],
		partnerSlugs: [],
		publicationSlugs: [],
		firstPublishedAt: '2019-04-02T09:00:00+01:00'
	},
	{
		slug: 'working-with-47-local-authorities',
		type: 'news-story',
		title: 'The Centre is now working with 47 local authorities',
		summary:
			'At the end of March 2019 the Centre had live research projects with 47 English local authorities, and its Happier, Healthier Professionals programme was moving into a second phase.',
		body: paragraphs(
			'As the new financial year begins, 47 local authorities in England are working with the Centre on live research projects, and some of them are in more than one. Michael Sanders, the Executive Director, said the best part of the month had been talking with social workers about what they need from the Centre, on visits that took him from Lambeth to Weston-super-Mare and to a discussion at the University of Sussex.',
			'Happier, Healthier Professionals, launched in January with academics from Harvard Business School, University College London and elsewhere, opened with a co-design phase in which partners described the pressures in their own organisations. Drawing on talks with more than 25 partners and on academic research, the Centre designed behavioural interventions to improve social workers’ wellbeing and productivity, dealing with burnout, the balance between work and home life, lack of time, room to grow and whether people feel valued.',
			'A broader call for organisations to help deliver these interventions has now closed, with strong interest from local authorities. In the second phase the interventions will run for nine months, to build evidence quickly on what supports social workers’ wellbeing.',
			'For World Social Work Day the Centre also made a short film explaining how each of its research projects is designed to support social workers and make things better for children. Lambeth and Hillingdon, two of its Change Project partners, helped to make it, and two members of the children and young people’s panel, Lewis and Mariah, appear in it.'
		),
		themes: ['workforce-wellbeing'],
		topics: [],
		authorSlugs: [],
		interventionSlugs: [],
		projectSlugs: [],
		partnerSlugs: ['lambeth', 'hillingdon'],
		publicationSlugs: [],
		firstPublishedAt: '2019-03-28T09:00:00+00:00'
	},
	{
		slug: 'parent-child-interaction-therapy-in-the-evidence-store',
		type: 'news-story',
		title: 'New in the Evidence Store: Parent-Child Interaction Therapy',
		summary:
			'The Evidence Store now covers Parent-Child Interaction Therapy, which evidence of moderate strength from 11 studies links to fewer repeat referrals for child abuse.',
		body: paragraphs(
			'Parent-Child Interaction Therapy (PCIT) began as a way of helping parents cope when their children behave disruptively. Later versions aim to strengthen parenting in families where there are worries about abuse or neglect, and it is the newest entry in the Evidence Store.',
			'Across 11 studies, PCIT tended to reduce the recurrence of child abuse, seen in fewer re-referrals. It helped where the concern was physical abuse, but not in cases of neglect or of violence between parents. It also tended to lower the risk of abuse within families. The evidence behind these findings is of moderate strength.',
			'The full summary is in the Evidence Store.'
		),
		themes: [],
		topics: ['parenting', 'abuse-and-neglect'],
		authorSlugs: [],
		interventionSlugs: ['parent-child-interaction-therapy'],
		projectSlugs: [],
		partnerSlugs: [],
		publicationSlugs: [],
		firstPublishedAt: '2019-03-28T09:00:00+00:00'
	},
	{
		slug: 'evaluation-advisory-panel-applications',
		type: 'news-story',
		title: 'Join the Centre’s new Evaluation Advisory Panel',
		summary:
			'The Centre is recruiting people with a broad range of expertise to a new panel that will advise on how it evaluates evidence in children’s social care. Applications close on 1 April 2019.',
		body: paragraphs(
			'The Centre is setting up an Evaluation Advisory Panel to review, and advise on, the way it evaluates evidence in children’s social care. It wants members who bring many different kinds of expertise.',
			'The panel will meet twice a year. Between meetings, members will also be asked for advice on questions of method in their own fields.',
			'To apply, send the Centre a CV and a cover letter of no more than one page by 1 April 2019.'
		),
		themes: [],
		topics: [],
		authorSlugs: [],
		interventionSlugs: [],
		projectSlugs: [],
		partnerSlugs: [],
		publicationSlugs: [],
		firstPublishedAt: '2019-03-28T09:00:00+00:00'
	},
	{
		slug: 'machine-learning-deliberative-forum',
		type: 'news-story',
		title: 'Machine learning in children’s social care: a deliberative forum',
		summary:
			'On 27 March 2019 the Centre brought people together to debate the benefits and risks of predictive analytics in social work, ahead of its own research on the subject.',
		body: paragraphs(
			'On 27 March the Centre invited people to deliberate together on machine learning and what part, if any, it should play in children’s social care. Giselle Cory of DataKind, Dr Joanna Redden of the Data Justice Lab and Claudia Megele, Co-Chair of the PSW Network, spoke about what predictive analytics could offer social work and what could go wrong.',
			'The discussion that followed picked out issues the Centre’s research will have to address: transparency, bias, the quality of data and co-production. A recording will be put online, and the conversation will carry on as the research project goes forward. Thank you to everyone who came.'
		),
		themes: [],
		topics: [],
		authorSlugs: [],
		interventionSlugs: [],
		projectSlugs: [],
		partnerSlugs: [],
		publicationSlugs: [],
		firstPublishedAt: '2019-03-28T09:00:00+00:00'
	},
	{
		slug: 'first-research-protocols-published',
		type: 'news-story',
		title: 'First research protocols published',
		summary:
			'The Centre has published its first eight research protocols, describing, before the work begins, how it will run six Change Projects, trial Schwartz Rounds and re-analyse more than 80 Education Endowment Foundation evaluations.',
		body: paragraphs(
			'On 14 March the Centre published its first research protocols. Each one describes what a project will do and how it will be evaluated, and each was made public before the work it covers had started.',
			'Eight protocols are out so far. Six are for the Change Projects, run with local authorities in two strands: basing social workers in schools so that fewer children need statutory social work, and letting social workers use budgets creatively so that children can stay safely at home. A seventh is for the CASCADE-led trial of Schwartz Rounds, a structured forum where staff talk through the emotional and social side of children’s social work, as a way to improve the wellbeing of the workforce.',
			'The eighth sets out a re-analysis of more than 80 evaluations commissioned by the Education Endowment Foundation, to see what they reveal about children in need. Every protocol can be downloaded from the research projects pages, and a blog post explains why the Centre commits to publishing its plans in advance.'
		),
		themes: ['reducing-need-for-care', 'workforce-wellbeing'],
		topics: [],
		authorSlugs: [],
		interventionSlugs: [],
		projectSlugs: [
			...changeProjects,
			'schwartz-rounds-evaluation',
			'children-in-need-in-eef-trials'
		],
		partnerSlugs: [...changePartners],
		publicationSlugs: [],
		firstPublishedAt: '2019-03-15T09:00:00+00:00'
	},
	{
		slug: 'evidence-store-launched',
		type: 'press-release',
		title: 'Evidence Store launches with 11 summaries of social care interventions',
		summary:
			'The Centre’s new Evidence Store rates social care interventions on what difference they make and on the quality of the research behind each rating, starting with 11 reviews by CASCADE. It was launched at a practitioner event in Birmingham.',
		body: paragraphs(
			'The Centre launched its Evidence Store today: an online library that shows professionals how well social care interventions work, how strong the evidence behind each rating is, and why an intervention might have the effect it does. It opens with 11 evidence reviews written by CASCADE, the Centre’s research partner, and more are on the way.',
			'The first summaries include support for foster and kinship carers, Family Drug and Alcohol Courts, recovery from sexual abuse, preventing child mental illness, solution-focused brief therapy, kinship care, Intensive Family Preservation Services and Mellow Parenting. Each review collects every available study of an intervention, from the UK and abroad, so that the picture it gives is as complete and as accurate as possible.',
			'Louise Bazalgette, who led the team that built the Evidence Store, said the Centre hoped it would help busy professionals to design their services. She thanked colleagues in Coventry and West Sussex and the practitioner panel for their frank and useful feedback on making it useful, plain and simple to find one’s way around, and said she looked forward to a broader discussion of what the evidence means for social workers.',
			'The store was launched in Birmingham at a day-long event where more than 100 practitioners debated what counts as evidence, why it matters and how they could lead a movement for using it in children’s social work. The day also included a look at how Schwartz Rounds, common in healthcare, might help social workers.'
		),
		themes: [],
		topics: [
			'kinship-and-foster-care',
			'substance-misuse',
			'abuse-and-neglect',
			'mental-health',
			'parenting',
			'children-in-care'
		],
		authorSlugs: [],
		interventionSlugs: [
			'foster-and-kinship-care-support',
			'family-drug-and-alcohol-courts',
			'cbt-for-sexual-abuse-recovery',
			'child-mental-illness-prevention',
			'solution-focused-brief-therapy',
			'kinship-care',
			'intensive-family-preservation-services',
			'mellow-parenting'
		],
		projectSlugs: [],
		partnerSlugs: ['west-sussex'],
		publicationSlugs: [],
		firstPublishedAt: '2019-01-30T09:00:00+00:00'
	},
	{
		slug: 'schwartz-rounds-call-for-partners',
		type: 'news-story',
		title: 'Call for partners: piloting Schwartz Rounds in children’s social care',
		summary:
			'The Centre is looking for authorities to pilot Schwartz Rounds, a reflective forum from healthcare, to find out whether they are good for social workers’ wellbeing. Applications close at midday on 18 February 2019.',
		body: paragraphs(
			'Schwartz Rounds give healthcare staff a forum to reflect together on what their work is like. Their purpose is to support staff wellbeing, to build empathy and compassion across an organisation and, through that, to improve the quality of care.',
			'In healthcare, people who attend regularly report less stress and less isolation. The Centre’s researchers want to know whether rounds could do the same in children’s social care, giving social workers time and space to reflect and helping them feel better supported at work. Dr David Wilkins of CASCADE leads the study, which is a collaboration with the Point of Care Foundation.',
			'Authorities interested in taking part will find details and an application form on the Centre’s website. Applications must arrive by midday on 18 February 2019.'
		),
		themes: ['workforce-wellbeing'],
		topics: [],
		authorSlugs: [],
		interventionSlugs: [],
		projectSlugs: ['schwartz-rounds-evaluation'],
		partnerSlugs: [],
		publicationSlugs: [],
		firstPublishedAt: '2019-01-28T09:00:00+00:00'
	},
	{
		slug: 'change-project-partners-announced',
		type: 'press-release',
		title: 'Six local authorities chosen for Change Projects to reduce the need for care',
		summary:
			'Darlington, Hillingdon and Wigan will test social workers holding budgets, and Lambeth, Southampton and Stockport will base social workers in schools, in two pilots with a combined budget of £2.4 million.',
		body: paragraphs(
			'A third of local authorities in England applied to be Change Project partners, and the Centre has now chosen six of them for its first two project areas, which share a budget of £2.4 million. Lambeth Borough Council, Southampton City Council and Stockport Borough Council will place social workers in schools, where they will work with pupils and their families. Darlington Borough Council, Hillingdon Borough Council and Wigan Council will let social workers make decisions, including about how to spend money, that prevent the need for children to enter care.',
			'Both areas grew out of the Centre’s early engagement and research with the sector. The question is whether putting social work skills where children are, and letting social workers decide there and then, means fewer children referred into statutory processes and less pressure on the front door. The partnerships run to March 2020 and begin once the sub-contracts sent out this month are signed. CASCADE at Cardiff University will help each authority set its project up and will run a rigorous pilot evaluation, in the hope that successful pilots lead to larger evaluations from 2020.',
			'Sir Alan Wood, the Centre’s Chair, pointed to a rise in the care population over the past few years that he called unprecedented and said every family deserved the best chance of avoiding it. The projects, he explained, test whether social workers who can decide for themselves how to support a family, or whether to use statutory procedures, without a further referral, reach decisions sooner, so that help comes earlier and more children stay safely at home.',
			'Michael Sanders, the Centre’s new Executive Director, called the projects a great opportunity to make a difference for social workers and the children they serve and to strengthen the evidence base; CASCADE’s pilot evaluations, he said, would show how to design such programmes to give them the best chance of success, and whether they could work on a larger scale. Professor Donald Forrester, Director of CASCADE, said there had been far more applications, and far better ones, than expected, a sign of the sector’s appetite for new ways of working. The projects were chosen so that different ways of giving social workers and families more say can be compared; first findings will be reported in 2020, and promising approaches are meant to be rolled out and robustly evaluated.',
			'The partners welcomed the news. Southampton, already strengthening locality working with schools, saw a timely chance to go further; Stockport will develop and test its model of basing social work in the borough’s schools; Lambeth will build on its Children at the Heart of Practice model of working alongside families and communities; Wigan described social workers who hold budgets and can quickly buy what a family needs as a new way of working; Hillingdon said the work fitted its restorative models of practice; and Darlington, a small authority, said the funding would give it the confidence to innovate.'
		),
		themes: ['reducing-need-for-care', 'front-door'],
		topics: [],
		authorSlugs: [],
		interventionSlugs: [],
		projectSlugs: [...changeProjects],
		partnerSlugs: [...changePartners],
		publicationSlugs: [],
		firstPublishedAt: '2019-01-25T09:00:00+00:00'
	},
	{
		slug: 'first-publications-reducing-children-in-care',
		type: 'news-story',
		title: 'First publications: safely reducing the number of children in care',
		summary:
			'The Centre’s first publications, researched by CASCADE, include a scoping review, an analysis of care rates across English authorities and a systematic review of Signs of Safety.',
		body: paragraphs(
			'The Centre has published its first research, all on its first priority: how to lower, safely, the number of children and young people who are looked after. CASCADE at Cardiff University did the work.',
			'A scoping review maps the research on what works in this area. Alongside it, an exploratory analysis of the rates of children looked after in English local authorities from 2012 to 2017 suggests that economic conditions and the quality of services both help to explain how many children are in care, and that the Centre’s future studies should take account of both.',
			'A mixed-methods systematic review asks how effective Signs of Safety is at reducing the need for children to be in care, and comes with practice and implementation guides. Summaries of what local authorities said in telephone interviews and in surveys are published alongside.'
		),
		themes: ['reducing-need-for-care'],
		topics: ['practice-frameworks', 'children-in-care'],
		authorSlugs: [],
		interventionSlugs: ['signs-of-safety'],
		projectSlugs: [],
		partnerSlugs: [],
		publicationSlugs: [
			'reducing-children-in-care-scoping-review',
			'looked-after-rates-exploratory-analysis',
			'signs-of-safety-systematic-review',
			'signs-of-safety-practice-guide',
			'local-authority-interviews-and-surveys'
		],
		firstPublishedAt: '2018-11-14T09:00:00+00:00'
	},
	{
		slug: 'michael-sanders-executive-director',
		type: 'news-story',
		title: 'Michael Sanders appointed Executive Director',
		summary:
			'Michael Sanders will lead the What Works Centre for Children’s Social Care as it is set up over the period to 2020, and after that.',
		body: paragraphs(
			'The Centre has appointed Michael Sanders as its new Executive Director. He will take it through its start-up phase, which lasts until 2020, and into the years that follow.',
			'Michael has written about himself and how he sees the role on the Centre’s website.'
		),
		themes: [],
		topics: [],
		authorSlugs: [],
		interventionSlugs: [],
		projectSlugs: [],
		partnerSlugs: [],
		publicationSlugs: [],
		firstPublishedAt: '2018-11-02T09:00:00+00:00'
	},
	{
		slug: 'change-programme-webinar',
		type: 'news-story',
		title: 'Catch up on the Change Programme webinar',
		summary:
			'More than 100 local authorities and children’s services trusts joined the Centre’s webinar on its Change Programme on 15 October 2018, and a recording is available.',
		body: paragraphs(
			'On Monday 15 October the Centre ran a webinar for organisations thinking of applying to its Change Programme. Professor Donald Forrester, Director of CASCADE, presented it, with help from Ewan King, director of business development and delivery at the Social Care Institute for Excellence (SCIE).',
			'Over 100 local authorities and children’s services trusts joined. Anyone who missed it can watch the recording on the Centre’s website. Applications close at midday on 31 October 2018.'
		),
		themes: ['reducing-need-for-care'],
		topics: [],
		authorSlugs: [],
		interventionSlugs: [],
		projectSlugs: [...changeProjects],
		partnerSlugs: [],
		publicationSlugs: [],
		firstPublishedAt: '2018-10-16T09:00:00+01:00'
	},
	{
		slug: 'change-projects-call-for-partners',
		type: 'press-release',
		title: 'Call for partners to test two Change Projects',
		summary:
			'Local authorities and children’s services trusts can apply for funding to test, with the Centre, two ways of bringing services and decisions closer to families: social workers in schools, and budgets devolved to social workers.',
		body: paragraphs(
			'Local authorities and children’s services trusts are invited to join a new programme that will support and evaluate far-reaching change in children’s social care. Funding is available for partners to test two first projects with the Centre, both meant to move help nearer to where children and families are. In one, social workers will be based in schools; in the other, social workers will hold budgets they can spend directly on supporting families, to reduce the need for care.',
			'This focus came out of a wide-ranging engagement with the sector and a review of the existing evidence. Authorities and trusts can apply on their own or together with voluntary sector organisations.',
			'Sir Alan Wood, the Centre’s Chair, said its central task was to give practitioners and service leaders evidence that is relevant, practical and timely, and to spread what works so that good practice becomes the norm. To that end, he said, the Centre wanted to test and evaluate new approaches with practice leaders, and both projects aimed to support the best of social work by encouraging creativity, enthusiasm and working in partnership with families. Professor Donald Forrester, the Centre’s Research Director, described the Change Programme as central to a Centre that exists to try new things and bring about change, and hoped it would draw on the energy and creativity behind great services and share the lessons across the sector.',
			'Applications close at midday on 31 October 2018. Anyone thinking of applying can join a webinar the Centre is running on Monday 15 October.'
		),
		themes: ['reducing-need-for-care', 'front-door'],
		topics: [],
		authorSlugs: [],
		interventionSlugs: [],
		projectSlugs: [...changeProjects],
		partnerSlugs: [],
		publicationSlugs: [],
		firstPublishedAt: '2018-09-27T09:00:00+01:00'
	},
	{
		slug: 'wave-1-partners-announced',
		type: 'news-story',
		title: 'The Centre names its first 21 partners',
		summary:
			'The Centre has named 21 local authorities and children’s trusts as its first partners, to develop research with it and to design and test tools that help practitioners use evidence.',
		body: paragraphs(
			'After a strong response to its call for a first wave of partners, the Centre named 21 local authorities and children’s trusts on 24 July to work with it until December 2018. With these partners the Centre will shape new research and jointly design and trial products and services that make evidence easier to use.',
			'The partners will help shape and try out the tools and services the Centre may offer to put evidence into practice, identify promising local approaches that deserve a closer evaluation, and advise and support one another. Birmingham Children’s Trust has recorded a video about its part in the work, and Walsall Council has written about why the partnership comes at the right time.',
			'The research will follow the Centre’s themes. On the front door, partners will look at how it is run now and how it could meet children’s and families’ needs better and sooner, and at what support makes most difference to the wellbeing, recruitment and retention of social care staff. On safely reducing the need for care, they will examine how current approaches, edge-of-care support among them, are working and what else could help across the whole system. On supervision and decision-making, they will ask what good supervision is, what difference it makes to children and families and how it can support well-informed decisions.',
			'The projects taking shape include masterclasses in using evidence (Buckinghamshire, Bristol and Calderdale), tools for diagnosing how an organisation uses evidence (Walsall, Greenwich, the tri-borough authorities of Hammersmith and Fulham, Kensington and Chelsea and Westminster, Oxfordshire, Leeds and Doncaster Children’s Services Trust) and a self-evaluation tool for practice change in Wigan. The Centre plans to call for more partners, a second wave, later in 2018.'
		),
		themes: [
			'front-door',
			'reducing-need-for-care',
			'supervision-and-decision-making',
			'workforce-wellbeing'
		],
		topics: [],
		authorSlugs: [],
		interventionSlugs: [],
		projectSlugs: [
			'evidence-masterclasses',
			'evidence-use-diagnostic',
			'practice-self-evaluation-tool'
		],
		partnerSlugs: [
			'buckinghamshire',
			'bristol-city-of',
			'calderdale',
			'walsall',
			'greenwich',
			'hammersmith-and-fulham',
			'kensington-and-chelsea',
			'westminster',
			'oxfordshire',
			'leeds',
			'doncaster-childrens-services-trust',
			'wigan',
			'birmingham-childrens-trust'
		],
		publicationSlugs: [],
		firstPublishedAt: '2018-07-25T09:00:00+01:00'
	},
	{
		slug: 'sir-alan-wood-founding-chair',
		type: 'news-story',
		title: 'Sir Alan Wood named founding Chair',
		summary:
			'Sir Alan Wood, a former president of the Association of Directors of Children’s Services, becomes the Centre’s founding Chair, and a new report sets out what stakeholders told the Centre.',
		body: paragraphs(
			'Sir Alan Wood has been appointed founding Chair of the What Works Centre for Children’s Social Care. He is a former president of the Association of Directors of Children’s Services (ADCS).',
			'The innovation charity Nesta is setting the Centre up with the Social Care Institute for Excellence, and Cardiff University is its research partner. The Department for Education is funding this start-up period until March 2020, when the Centre is expected to stand on its own. It joins a network of What Works Centres that aim to improve the way research informs public policy and practice.',
			'The Centre has also published a report on the views of its stakeholders.'
		),
		themes: [],
		topics: [],
		authorSlugs: [],
		interventionSlugs: [],
		projectSlugs: [],
		partnerSlugs: [],
		publicationSlugs: [],
		firstPublishedAt: '2018-07-05T09:00:00+01:00'
	}
];
