# Values stated in running prose (narrative performance reports). Every
# pattern here is anchored on measurement language: a share of a named
# population, a measure's level "at" a percentage, a rate per 10,000, a count
# for a named period, a caseload. Comparators in the same phrase are captured
# as previous/target/benchmark so they do not become indicators of their own.

# A reporting period as prose names it: the PERIOD forms, or a bare month ("in January").
define PPERIOD = (?:{PERIOD}|{MONTH})\b
# A month or quarter only, never a bare financial year (budgets say "increase in 2025/26 to 4.99%").
define SHORTPERIOD = (?:{MONTH}(?:\s+(?:19|20)\d\d)?|Q[1-4](?:\s+{YEAR})?)\b
# What may follow a number that is not a percentage: a lower-case word, a bracket,
# a clause or sentence end. Rules out "3.1.2", "2019/20", "1300-1600", "31 March", "500m".
define NUMTAIL = (?:\s*%|\s+[a-z(]|[.,;:)](?:\s|$)|$)
# Words that judge or qualify a level: "is very high at 98%", "remains excellent at 90.6%".
define JUDGE = (?:very|also|still|now|currently|relatively|slightly|significantly|consistently|much|but|and|high|higher|low|lower|good|excellent|strong|improving|improved|declining|deteriorating|stable|steady|better|worse|poor|positive|outstanding|static|for\s+{PPERIOD})
# The people or things a share is "of": "87.6% of Children in Need", "79.8% of January contacts".
define POPULATION = (?i:children|young\s+people|people|adults|clients|service\s+users|residents|families|households|cases|pupils|students|care\s+leavers|learners|patients|carers|referrals|contacts|assessments|plans|reviews|visits|complaints|applications|enquiries|placements|completions|investigations|conferences|tenants|claimants)
# Respondents are left out on purpose: consultation write-ups are full of "30% of respondents found out via...".
# A survey share is taken only with its verdict (prose.respondents_verdict) or its count in brackets (prose.survey_result).

pattern prose.share_of_population
produces: value
description: "87.6% of Children in Need (CIN)", "71.3% of care leavers were in EET": a share of a named population of people or cases.
regex: (?P<value>{PCT})\s+of\s+(?:(?i:all|the|our|those|eligible|new)\s+)*(?:[A-Za-z][\w'-]*\s+){0,3}?{POPULATION}(?:[\s,.;:)]|$)
match: improving with 87.6% of Children in Need (CIN), 96.9% of Children => value=87.6%
match: 100% of CP cases were reviewed within timescales => value=100%
match: 79.8% of January contacts were in time => value=79.8%
match: In Q2 64% of eligible adults received an annual review. => value=64%
match: and 45.2% of new tenants were satisfied with the letting process => value=45.2%
no-match: 30% of the children's services budget is spent on placements
no-match: a 2.99% increase in council tax for all households
no-match: 5% of the budget was set aside for children

pattern prose.respondents_verdict
produces: value
description: "85% of respondents were satisfied", "92% of service users said they felt safe": a survey share with its verdict.
regex: (?P<value>{PCT})\s+of\s+(?:(?i:all|the)\s+)?(?:[a-z]+\s+){0,2}?(?i:respondents|service\s+users|residents|tenants|customers|parents|carers|users)\s+(?:(?i:were|was|are|felt|feel|said\s+they\s+(?:were|felt|feel)|reported\s+(?:being|feeling)|rated\s+(?:the|their|our)\s+[\w\s]{1,30}?as))\s+(?:(?i:very|fairly|quite|either\s+very\s+or\s+fairly)\s+)?(?i:satisfied|safe|good|excellent|positive|happy|confident|supported|listened)
match: 85% of respondents were satisfied with the service => value=85%
match: 92% of service users said they felt safe => value=92%
match: 78% of tenants rated the repairs service as good or excellent => value=78%
no-match: 30% of respondents found out about the consultation via Facebook

pattern prose.approximate_bound
produces: value
description: Guard, not a value: "more than 96% of children", "over 95%", "above 98%" are bounds, not outturns. It has no value group, so it yields no indicator, and being longer it overrides the value patterns it contains.
regex: (?i:\b(?:more|less|fewer)\s+than|\bover|\babove|\bbelow|\bunder|\bat\s+least|\balmost|\bnearly|\bapproximately|\baround|\babout|\bup\s+to|\bin\s+excess\s+of|\bupwards\s+of)\s+{NUM}\s?%?(?:\s+of\s+(?:(?i:all|the|our|those|eligible|new)\s+)*(?:[A-Za-z][\w'-]*\s+){0,3}?{POPULATION}(?:[\s,.;:)]|$))?
match: more than 96% of children were recently offered their preferred schools
match: performance is relatively stable at above 98%.
no-match: 96% of children were offered their preferred school

pattern prose.of_the_n_share
produces: value
description: "Of the 121 Early Help Assessments required in January, 30% were completed": the base first, then the share.
regex: \b(?i:of)\s+(?:the\s+|these\s+|those\s+)?(?P<denominator>{NUM})\s+[^,.;%£\d]{1,80}?(?:\s+(?:in|during)\s+(?P<period>{PPERIOD}))?,\s*(?P<value>{PCT})\s+(?:were|was|had|have|received|met|achieved|said|are)\b
match: Of the 121 Early Help Assessments required in January, 30% were completed within the standard timeframe => denominator=121 | period=January | value=30%
match: Of the 1,240 households assessed during Q3, 62% were found to be owed a relief duty. => denominator=1,240 | period=Q3 | value=62%
match: Of the 86 complaints received, 91% were responded to within 20 working days => denominator=86 | value=91%
no-match: Of the £12m allocated, 40% was spent on highways
no-match: of the 2024/25 budget, 3% was held back

pattern prose.count_with_share
produces: value
description: "only 1 child (0.3% of cohort)": a count with its share of the base in brackets.
regex: (?:^|[\s(])(?P<numerator>{COUNT})\s+(?:[A-Za-z][\w'-]*\s+){1,3}?\(\s*(?P<value>{PCT})\s+of\s+(?:the\s+)?[^()%]{1,40}\)
match: At the end of January only 1 child (0.3% of cohort) had been subject to a plan => numerator=1 | value=0.3%
match: 42 young people (12.5% of the total) were NEET at the end of March => numerator=42 | value=12.5%
no-match: £1 million (3% of the budget) was moved to reserves
no-match: 42 young people (12.5%) were NEET

pattern prose.there_were_in_period
produces: value
description: "There were nine adoptions in January": a count of events or people in a named period.
regex: (?i:there\s+(?:were|was|have\s+been|had\s+been))\s+(?P<value>{COUNT})\s+(?:[A-Za-z][\w'-]*\s+){1,6}?(?:in|during|(?i:at\s+the\s+end\s+of|as\s+at|by\s+the\s+end\s+of))\s+(?:the\s+)?(?P<period>{PPERIOD})
match: There were nine adoptions in January which is the highest figure => value=nine | period=January
match: there were 1,204 contacts to the front door in Q2 2023/24 => value=1,204 | period=Q2 2023/24
match: There were 312 households in temporary accommodation at the end of December. => value=312 | period=December
no-match: There were 2 apologies for absence.
no-match: There were 3 declarations in the meeting

pattern prose.period_there_were
produces: value
description: "At the end of January there were 482 children in care", "In January there were 403 contacts": the period first, then the count.
regex: (?i:\b(?:in|during|at\s+the\s+end\s+of|by\s+the\s+end\s+of))\s+(?:the\s+)?(?P<period>{PPERIOD}),?\s+(?i:there\s+(?:were|was|had\s+been|have\s+been))\s+(?P<value>{COUNT})\s+[A-Za-z][\w'-]*
match: At the end of January there were 482 children in care => period=January | value=482
match: By the end of January there had been 348 children subject to an ICPC => value=348
match: During Q3 there were 57 households in temporary accommodation => period=Q3 | value=57
no-match: In January there were no complaints
no-match: In March there were 12-15 cases a week

pattern prose.bracket_compared
produces: value
description: "(403 compared to 136 in December)", "(292 in January compared to 400-500 in earlier months)": a bracketed figure with its comparison.
regex: \(\s*(?P<value>{NUM}%?)(?:\s+(?:in|for)\s+(?P<period>{PPERIOD}))?\s+compared\s+(?:to|with)\s+(?:(?P<previous>{NUM}%?)(?:\s+(?:in|for)\s+(?P<previous_period>{PPERIOD}))?\s*\)|[^()]{1,40}\))
match: step down panel (403 compared to 136 in December) => value=403 | previous=136 | previous_period=December
match: less contacts are progressing to referral (292 in January compared to 400-500 in earlier months). => value=292 | period=January
match: rough sleepers (29 compared with 54 in Q2 2021/22) => value=29 | previous=54 | previous_period=Q2 2021/22
no-match: the overspend (£3.2m compared to £2.9m)

pattern prose.count_period_compared
produces: value
description: "1,240 contacts in October compared to 1,102 in September": a count of people or cases for a period, with the earlier count.
regex: (?:^|[\s(])(?P<value>{NUM})\s+(?:[a-z][\w'-]*\s+){0,2}?{POPULATION}\s+(?:in|during)\s+(?P<period>{PPERIOD})\s*,?\s+compared\s+(?:to|with)\s+(?P<previous>{NUM})(?:\s+(?:in|during)\s+(?P<previous_period>{PPERIOD}))?{NUMTAIL}
match: The service received 1,240 contacts in October compared to 1,102 in September. => value=1,240 | period=October | previous=1,102 | previous_period=September
match: 87 new referrals in Q2 2023/24 compared with 64 in Q1 => value=87 | previous=64
no-match: £1,240 contacts in October compared to £1,102
no-match: 87 new referrals in Q2 compared with 2022/23

pattern prose.year_to_date
produces: value
description: "84.4% for the year to date compared to 92.8% 2015/16", "98.3% year to date": a year-to-date figure, with last year's.
regex: (?P<value>{PCT})\s+(?:for\s+)?(?:the\s+)?(?P<period>(?i:year[- ]to[- ]date)|YTD)(?:\s+compared\s+(?:to|with)\s+(?P<previous>{PCT})(?:\s+(?:in\s+|for\s+)?(?P<previous_period>{PERIOD}))?)?
match: 67.7% and 84.4% for the year to date compared to 92.8% 2015/16. => value=84.4% | period=year to date | previous=92.8% | previous_period=2015/16
match: reviewed within timescales, 98.3% year to date. => value=98.3% | period=year to date
match: Performance is 76.5% YTD compared with 80.1% in 2022/23 => value=76.5% | previous=80.1% | previous_period=2022/23
no-match: the year to date spend is 76%

pattern prose.year_to_date_first
produces: value
description: "For the year to date 10.6% of 'concerns not substantiated'": the year-to-date period first, the value after.
regex: (?i:\b(?:for|in|over)\s+the\s+)(?P<period>(?i:year\s+(?:to\s+date|so\s+far)))\s*,?\s+(?P<value>{PCT})
match: For the year to date 10.6% of 'concerns not substantiated' => period=year to date | value=10.6%
match: In the year so far, 91% of calls were answered within 60 seconds => value=91%
no-match: For the year to date the figure is above 90%

pattern prose.judged_at
produces: value
description: "is very high at 98%", "remains excellent at 90.6%", "was low for January at 67.7%": a judged level of a measure.
regex: \b(?i:is|was|are|were|remains|remained|has\s+been)\s+(?:{JUDGE}\s+){1,5}at\s+(?P<value>{PCT})
match: referrals progressing to an assessment is very high at 98%. => value=98%
match: timeliness which for the year so far remains excellent at 90.6%, with => value=90.6%
match: was low for January at 67.7% and => value=67.7%
match: the year to date figure which is slightly lower but good at 96.7%. => value=96.7%
match: Satisfaction with the repairs service remained stable at 88.4% in Q3 => value=88.4%
no-match: monthly performance is relatively stable at above 98%
no-match: Council tax is set at 4.99%

pattern prose.measure_is
produces: value
description: "The number of new assessments started in January was 508", "the proportion of young people ... (NEET) was 3.2%": a named measure, then its level.
regex: (?i:\b(?:proportion|percentage|number|total\s+number|rate)\s+of)\s+[^.;%£]{3,100}?\s+(?:(?i:was|is|were|are|remains|remained|stands\s+at|stood\s+at)\s+(?:{JUDGE}\s+){0,4}(?:at\s+)?|(?:has|have|had)\s+(?:(?:\w+ly|now|also)\s+)?(?:increased|decreased|risen|fallen|dropped|reduced|grown|declined|improved)\s+to\s+|reached\s+)(?P<value>{NUM}%?)(?:\s+(?P<unit>per\s+{RATEBASE}))?{NUMTAIL}
match: The number of new assessments started in January was 508 which is broadly in-line => value=508
match: the proportion of young people not in education, employment or training (NEET) was 3.2% and => value=3.2%
match: The number of Care Leavers is stable at 224. Unfortunately => value=224
match: The percentage of household waste sent for recycling was 43.1% in 2022/23 => value=43.1%
match: The percentage of children seen within 10 working days was 87.5% in March. => value=87.5%
match: The rate of first time entrants to the youth justice system has fallen to 180 per 100,000 young people. => value=180 | unit=per 100,000
no-match: the number of days in the period is 31 March
no-match: the number of paragraphs is 3.1.2
no-match: the number of contacts is approximately 1300-1600

pattern prose.rate_per_population
produces: value
description: "a rate of 58.6 per 10,000 population", "equates to 357.3 per ten thousand population": a population rate.
regex: (?:(?i:rate)\s+of\s+|(?i:equates|equating|equated|converts|converting)\s+to\s+(?:a\s+rate\s+of\s+)?|\b(?:is|was|at|of)\s+)(?P<value>{NUM})\s+(?P<unit>per\s+(?:10,000|ten\s+thousand|100,000|hundred\s+thousand|1,000|thousand))
match: this converts to a rate of 58.6 per 10,000 population => value=58.6 | unit=per 10,000
match: equates to 357.3 per ten thousand population. => value=357.3 | unit=per ten thousand
match: The rate of looked after children is 62 per 10,000 children under 18 => value=62
no-match: costs of £5 per 1,000 residents

pattern prose.rate_per_then_value
produces: value
description: "When converted into a rate per 10,000 population this is 244.0": the rate's base first, the value after.
regex: (?i:rate)\s+(?P<unit>per\s+(?:10,000|ten\s+thousand|100,000|1,000))\s+(?:[a-z]+\s+){0,3}?(?:is|was|of|at|stands\s+at|stood\s+at)\s+(?P<value>{NUM}){NUMTAIL}
match: When converted into a rate per 10,000 population this is 244.0 which is very high => value=244.0 | unit=per 10,000
match: the rate per 10,000 children was 71.2 at the end of Q4 => value=71.2
no-match: the rate per 10,000 population is shown in Table 3.1.2

pattern prose.moved_to
produces: value
description: "has fallen ... to 93%", "has steadily increased to 330", "this drops to 64.7%": the level a measure moved to.
regex: \b(?:(?i:has|have|had)\s+(?:(?:\w+ly|now|also)\s+)?(?:increased|decreased|risen|fallen|dropped|reduced|grown|declined|improved|deteriorated)|(?i:this|it|which|performance)\s+(?:drops|dropped|falls|fell|rises|rose|increases|increased|decreases|decreased|reduces|reduced|improves|improved|declines|declined))\s+(?:[^.;%£\d]{0,50}?\s)?to\s+(?P<value>{NUM}%?)(?:\s+(?P<unit>per\s+{RATEBASE}))?{NUMTAIL}
match: visits has fallen when compared to previous months to 93% but this remains => value=93%
match: plan (CPP) has steadily increased to 330 this converts => value=330
match: For those aged over 18 this drops to 64.7%. => value=64.7%
match: The number of households in temporary accommodation has reduced to 412 since April => value=412
no-match: the budget has increased to £5.2m
no-match: the estimate has increased to 2024/25 levels

pattern prose.change_in_period_to
produces: value
description: "the fall in January to 92.7%": a change in a named month or quarter, then the new level.
regex: \b(?i:fall|drop|rise|increase|decrease|reduction|improvement|decline|dip)\s+in\s+(?P<period>{SHORTPERIOD})\s+to\s+(?P<value>{PCT})
match: it is expected that the fall in January to 92.7% will be linked to data inputting issues => period=January | value=92.7%
match: the improvement in Q3 to 81% reflects the new triage process => period=Q3 | value=81%
no-match: the council tax increase in 2025/26 to 4.99%

pattern prose.period_change_to
produces: value
description: "January's improvement to 50%": a month's or quarter's change, then the new level.
regex: \b(?P<period>{SHORTPERIOD})(?:'s|’s)\s+(?i:fall|drop|rise|increase|decrease|reduction|improvement|decline|dip)\s+to\s+(?P<value>{PCT})
match: It is worth noting that January's improvement to 50% relates to only one IHA out of two. => period=January | value=50%
match: Q2's drop to 61% was caused by staff shortages => period=Q2 | value=61%
no-match: 2025/26's increase to 4.99%

pattern prose.change_to_count
produces: value
description: "a significant drop to 1685 children": a change to a count of people or cases.
regex: \b(?i:drop|fall|reduction|decrease|increase|rise|reduced|dropped|fallen|fell|increased|risen|rose|grew|grown)\s+to\s+(?P<value>{NUM})\s+{POPULATION}\b
match: there now has now been a significant drop to 1685 children. => value=1685
match: a rise to 2,310 households in temporary accommodation => value=2,310
match: Attendance at the hubs rose to 2,400 families in Q3. => value=2,400
no-match: a rise to 2025 levels of children

pattern prose.count_equates_share
produces: value
description: "1 child who has been on a plan for over two years, which equates to 0.3% of the CPP population": a count, then its share.
regex: (?:^|[\s(])(?P<numerator>{COUNT})\s+[A-Za-z][^.;%£\d]{0,100}?,?\s+(?i:which|this|that)\s+(?:equates|equated|represents|represented|is|was)\s+(?:to\s+)?(?P<value>{PCT})\s+of\b
match: At the end of January there was 1 child who has been on a Child Protection Plan (CPP) for over two years, which equates to 0.3% of the CPP population => numerator=1 | value=0.3%
match: 57 households were placed in B&B, which represents 12.4% of all placements => numerator=57 | value=12.4%
no-match: £57 million was spent, which represents 12.4% of the budget

pattern prose.improved_from_to
produces: value
description: "a small improvement from 12.8% to 11.7%": a judged change from an earlier share to the current one.
regex: (?i:improvement|improved|improving|deterioration|deteriorated|deteriorating|decline|declined|declining)\s+(?:[a-z]+\s+){0,3}?from\s+(?P<previous>{PCT})\s+to\s+(?P<value>{PCT})
match: has seen a small improvement from 12.8% to 11.7%. => previous=12.8% | value=11.7%
match: timeliness has improved from 71% to 84% this quarter => previous=71% | value=84%
no-match: council tax will increase from 2.99% to 4.99%

pattern prose.average_caseload
produces: value
description: "an average caseload of 15.8 cases", "average caseloads from 26 to 15", "average number of cases per ... social worker to 12.9".
regex: (?i:average\s+(?:caseloads?|number\s+of\s+cases(?:\s+per\s+[A-Za-z][\w\s]{0,40}?)?))\s+(?:(?:of|is|was|at|now\s+at|stands\s+at)\s+|(?:(?:has\s+)?(?:fallen|reduced|risen|increased|dropped)\s+)?(?:from\s+(?P<previous>{NUM})\s+)?to\s+)(?P<value>{NUM}){NUMTAIL}
match: manageable levels with an average caseload of 15.8 cases. => value=15.8
match: a significant reduction in average caseloads from 26 to 15 within safeguarding teams => previous=26 | value=15
match: a rise in the number of average number of cases per LAC team social worker to 12.9 however => value=12.9
match: The average caseload is 18 per social worker in the assessment teams. => value=18
no-match: average caseloads exceeding the upper limit of 22 cases

pattern prose.measure_of_value
produces: value
description: "January's in month performance of 22.7%", "a Not Known figure of 2.8%": a performance figure named with "of".
regex: (?:(?P<period>{MONTH})(?:'s|’s)\s+)?(?:(?i:in[- ]month|year[- ]to[- ]date|annual|overall|current|latest)\s+)?(?i:performance|figure|outturn)\s+of\s+(?P<value>{PCT})
match: with January's in month performance of 22.7% being the lowest => period=January | value=22.7%
match: was 3.2% and a Not Known figure of 2.8%. This => value=2.8%
match: giving an overall performance of 87.3% for the quarter => value=87.3%
no-match: previous performance of above 71%

pattern prose.in_month
produces: value
description: "with January in-month being 97.6%": the in-month figure beside a year-to-date one.
regex: (?:(?P<period>{MONTH})\s+)?(?i:in[- ]month)\s+(?:(?i:performance|figure|position)\s+)?(?:being|was|is|of|at|stands\s+at)\s+(?P<value>{PCT})
match: remains excellent at 90.6%, with January in-month being 97.6%. => period=January | value=97.6%
match: the in-month figure was 88% against 91% year to date => value=88%
no-match: in-month monitoring is at the heart of

pattern prose.reached
produces: value
description: "in January reached 8.8% against a target of 4%": a level reached, with the target in the same clause.
regex: (?:(?i:in)\s+(?P<period>{PPERIOD})\s+)?\breached\s+(?P<value>{PCT})(?:\s+against\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?target\s+of\s+(?P<target>{PCT}))?
match: has been steadily rising and in January reached 8.8% against a target of 4%. => period=January | value=8.8% | target=4%
match: Recycling reached 46.2% in Q3 => value=46.2%
no-match: reached agreement on 3 March

pattern prose.against_target
produces: value
description: "8.8% against a target of 4%", "91% against the annual target of 95%": a value with its target.
regex: (?P<value>{PCT})\s+against\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,2}?target\s+of\s+(?P<target>{PCT})
match: performance was 91% against the annual target of 95% => value=91% | target=95%
match: stands at 12.1% against a target of 10% => value=12.1% | target=10%
no-match: 12.1% against the England average of 10%

pattern prose.end_of_period_was
produces: value
description: "at the end of the January was 78.7%": a measure's level at the end of a named period.
regex: (?i:at\s+the\s+end\s+of)\s+(?:the\s+)?(?P<period>{PPERIOD})\s+(?i:was|is|stood\s+at|were)\s+(?P<value>{PCT})
match: Performance against National Minimum standards at the end of the January was 78.7% and => period=January | value=78.7%
match: the proportion of calls answered at the end of Q3 was 94.5% => period=Q3 | value=94.5%
no-match: at the end of March was £4.5m

pattern prose.survey_result
produces: value
description: "97% (61 people who responded) rated their overall experience": a survey share with its respondent count in brackets.
regex: (?P<value>{PCT})\s+(?:of\s+)?(?:(?i:respondents|people|parents|carers|residents|those\s+surveyed)\s+)?\(\s*(?P<count>{NUM})\s+[^()]{0,40}\)\s+(?i:said|rated|agreed|felt|reported|stated|strongly|thought|told|were|would)\b
match: 97% (61 people who responded) rated their overall experience as good => value=97% | count=61
match: 98% respondents (70 people) said we delivered the Service they were expecting. => value=98%
match: 84% of parents (212 responses) said they felt listened to => value=84%
no-match: 97% (61 people who responded) of the total

pattern prose.count_of_the_population
produces: value
description: "10 of the young people were not in suitable accommodation": a count out of a named group.
regex: (?:^|[\s(])(?P<value>{COUNT})\s+of\s+(?:the|our)\s+(?:young\s+people|children|families|households|people|adults|clients|care\s+leavers|pupils|tenants)\s+(?:were|was|had|have|are)\b
match: This tracker showed on 1st February 10 of the young people were not in suitable accommodation => value=10
match: 23 of the families were rehoused within eight weeks => value=23
no-match: 4 of which were in custody

pattern prose.count_against_average
produces: value
description: "111 started in January against a 2016/17 monthly average of 109": a count with an average it is compared to.
regex: (?:^|\s)(?P<value>{NUM})\s+(?:[a-z]+\s+){0,2}?(?:in|during)\s+(?P<period>{PPERIOD})\s+against\s+(?:a|an|the)\s+(?P<benchmark_label>(?:{YEAR}\s+)?(?i:monthly|weekly|quarterly|annual|national|regional|England|statistical\s+neighbour)\s+average)\s+of\s+(?P<benchmark>{NUM}%?)
match: with 111 started in January against a 2016/17 monthly average of 109. => value=111 | period=January | benchmark_label=2016/17 monthly average | benchmark=109
match: 46 referrals in Q2 against a monthly average of 38 => value=46 | benchmark=38
no-match: £111 in January against a monthly average of £109

# ---- comparators: previous, benchmark, target ----

pattern prose.previous_year_figure
produces: previous
description: "last year's outturn position of 11.2%", "the 2015/16 year-end position of 76.6", "the 2015/16 total of 330".
regex: (?:(?i:last|previous|prior)\s+year(?:'s|’s)|(?i:the)\s+(?P<previous_period>{YEAR}))\s+(?:(?i:year[- ]end|outturn|annual|final)\s+)?(?i:position|figure|outturn|performance|total|rate|level)\s+of\s+(?P<previous>{NUM}%?){NUMTAIL}
match: an improvement on last year's outturn position of 11.2%. => previous=11.2%
match: compared to the 2015/16 year-end position of 76.6 and => previous_period=2015/16 | previous=76.6
match: a substantial increase on the 2015/16 total of 330. This => previous=330
match: which compares with last year's figure of 84.2% => previous=84.2%
no-match: last year's budget of £4.2m

pattern prose.benchmark_average
produces: benchmark
description: "the statistical neighbour average of 372.4", "the national average of 48%": a comparator average.
regex: (?P<benchmark_label>(?i:statistical\s+neighbours?|national|regional|England|English|London|comparator|similar\s+authorit(?:y|ies)))\s+(?i:average)\s+(?:(?i:of|is|was|at|figure\s+of)\s+)(?P<benchmark>{NUM}%?){NUMTAIL}
match: below the statistical neighbour average of 372.4. => benchmark_label=statistical neighbour | benchmark=372.4
match: compared with the national average of 48% and => benchmark_label=national | benchmark=48%
no-match: the national average of £4.2m

pattern prose.benchmark_figure_is
produces: benchmark
description: "whilst the national figure is 43.1%", "the England rate was 52.4": a comparator's figure stated with a verb, so that it is not read as the measure's own level.
regex: \b(?P<benchmark_label>(?i:statistical\s+neighbours?|national|regional|England|English|London|comparator|similar\s+authorit(?:y|ies)|county|UK|GB|Great\s+Britain))\s+(?i:figure|rate|level|performance|position|value|result)\s+(?i:is|was|stands\s+at|stood\s+at|of)\s+(?P<benchmark>{NUM}%?){NUMTAIL}
match: whilst the national figure is 43.1%. Whereas => benchmark_label=national | benchmark=43.1%
match: the England rate was 52.4 per 10,000 => benchmark_label=England | benchmark=52.4
no-match: the national picture is mixed

pattern prose.benchmark_pct_for
produces: benchmark
description: "50.4% for statistical neighbour and 48% for national average": a comparator figure followed by whose it is.
regex: (?P<benchmark>{PCT})\s+for\s+(?P<benchmark_label>(?i:statistical\s+neighbours?(?:\s+average)?|national\s+average|England(?:\s+average)?|regional\s+average|similar\s+authorities|comparator\s+authorities))
match: benchmarking averages of 50.4% for statistical neighbour and 48% for national average => benchmark=50.4% | benchmark_label=statistical neighbour
match: compared to 45% for England => benchmark=45% | benchmark_label=England
no-match: 5% for national insurance

pattern prose.target_move_to
produces: target
description: "Our target of reducing to less than 10%", "the target is to increase this to 80%": a target stated as a direction and level.
regex: (?i:target)\s+(?:of|is\s+to|was\s+to)\s+(?i:reduc(?:e|ing)|increas(?:e|ing)|improv(?:e|ing)|rais(?:e|ing)|lower(?:ing)?)\s+(?:(?:this|it|performance)\s+)?to\s+(?:(?i:less\s+than|below|under|at\s+least|above|over|more\s+than)\s+)?(?P<target>{PCT})
match: Our target of reducing to less than 10% remains and is still achievable. => target=10%
match: the target is to increase this to 80% by March => target=80%
no-match: the target of reducing costs by £2m

pattern prose.and_against_standard
produces: value
description: "was 78.7% and against local standards 65.8%": a second measure of the same thing against another standard, stated in the same breath.
regex: \band\s+against\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){1,4}?(?:standards?|targets?|measures?|definitions?)\s+(?P<value>{PCT})
match: Performance against National Minimum standards at the end of the January was 78.7% and against local standards 65.8%. => value=65.8%
match: compliance was 91% against the statutory measure and against the local measure 84%. => value=84%
no-match: and against local standards it was poor

pattern prose.low_high_of
produces: value
description: "a low of 67.7% completed within the 45 working day standard (previously achieved 98%)": an extreme reached, with the earlier level when given.
regex: \b(?:a\s+)?(?:low|high|peak)\s+of\s+(?P<value>{PCT})(?:[^()%.]{0,80}?\(\s*previously\s+(?:achieved\s+|at\s+|was\s+)?(?P<previous>{PCT})\s*\))?
match: this impacted on the timeliness with a low of 67.7% completed within the 45 working day standard (previously achieved 98%). => value=67.7% | previous=98%
match: satisfaction reached a high of 94% in March => value=94%
no-match: a low of 12 cases

pattern prose.percent_achievement
produces: value
description: "with 100% achievement for over 6 months", "95% compliance this quarter": a share named by what was achieved.
regex: \b(?P<value>{PCT})\s+(?i:achievement|compliance|completion|attendance|uptake|coverage)\b
match: The excellent performance of CPP reviews has been sustained, with 100% achievement for over 6 months. => value=100%
match: Immunisation reached 95% coverage this quarter => value=95%
no-match: 100% of the achievement
