# General forms of a measure's value, target and earlier value, for phrasings
# the narrower patterns of 50-prose.pat do not foresee. Each is still anchored
# on measurement language (a level verb, a unit, "target", "standard"), and
# the guards at the end hide the financial and economic rates that budget
# papers state in the same grammar ("council tax will rise by 4.99%").
# This file loads after 50-prose.pat, so on a tie the narrower pattern wins.

# Words that state a measure's level.
define LEVELVERB = (?i:is|was|were|are|remains|remained|(?:waited|took)\s+(?:an\s+average\s+of|on\s+average)|stands\s+at|stood\s+at|reached|achieved|averaged|averages|totalled|totaled|accounted\s+for|accounts\s+for|(?:has|have|had)\s+(?:\w+ly\s+|now\s+|also\s+)?(?:risen|fallen|increased|decreased|improved|reduced|dropped|declined|grown|deteriorated|moved|eased|jumped|recovered|dipped|worsened)\s+to|(?:rose|fell|increased|decreased|improved|reduced|dropped|declined|deteriorated|moved|climbed|slipped|eased|edged\s+(?:up|down)|jumped|crept\s+(?:up|down)|recovered|dipped|grew|worsened)(?:\s+(?:again|further|slightly|sharply|steadily|back),?)?\s+to)
# What may sit between the verb and the value: "is 9.2 days", "remained high at 94%", "was an average of 19 days".
define LEVELFILL = (?:(?:{JUDGE})\s+){0,3}(?:at\s+)?(?:(?i:an?\s+average\s+of|a\s+total\s+of)\s+)?
# Past participles that say what happened to the things counted.
define DONE = (?i:abandoned|satisfied|reported|recorded|received|completed|delivered|processed|issued|approved|started|opened|removed|collected|answered|visited|housed|placed|supported|assessed|reviewed|seen|admitted|referred|investigated|logged|determined|granted|resolved|closed|inspected|rehoused|prevented|helped|recruited|trained|vaccinated|screened|treated|discharged|adopted|made|carried\s+out|paid|returned|registered|enrolled|booked|attended|offered|repaired|built|let|relieved|found|waiting|living|receiving|accessing|prepared|recycled|composted|reused|diverted|sent|offered|allocated|cleared|cleaned|fixed|made\s+safe)

pattern general.level
produces: value
description: "Performance this quarter is 9.2 days", "Staff turnover for the year was 13.2%", "fell to 18.9% in September": a level verb, then a value with a unit.
regex: \b{LEVELVERB}\s+{LEVELFILL}(?P<value>{NUM}(?:\s?%|\s+(?P<unit>{UNITWORD})(?:\s+(?:and\s+)?\d{1,2}\s+(?i:seconds?|minutes?))?))
match: Performance this quarter is 9.2 days, which is better than the target => value=9.2 days | unit=days
match: Staff turnover for the year was 13.2%, compared with 12.1% in 2021/22. => value=13.2%
match: Repeat referrals to children's social care fell to 18.9% in September => value=18.9%
match: The rolling re-referral rate eased to 22.1% in January from 23.4% in December => value=22.1%
match: The proportion rose again, to 28.6% at the end of December => value=28.6%
match: Residual household waste was 96.4 kg per household for the quarter => value=96.4 kg per household | unit=kg per household
match: Tenants waited an average of 8.4 days for non-emergency repairs to be completed => value=8.4 days | unit=days
match: Average re-let time for council homes was 32 days in Q4 => value=32 days | unit=days
match: The current performance is 71.3% against the 95% standard. => value=71.3%
match: Sickness absence rose to 4.9% in the month => value=4.9%
match: Satisfaction remained high at 94% => value=94%
match: Processing times averaged 17.4 days this quarter => value=17.4 days | unit=days
match: Handovers over 60 minutes accounted for 14.2% of all handovers. => value=14.2%
no-match: At the end of February 347 patients had waited 52 weeks or more
no-match: the deadline is 31 March
no-match: the budget was £4.2m
no-match: Council tax was 2019 levels

pattern general.level_over_period
produces: value
description: "Staff turnover was 14.2% over the rolling 12 months to September": a level over a span of time, which the relative-change guard would otherwise take for "14.2% over target".
regex: \b{LEVELVERB}\s+{LEVELFILL}(?P<value>{NUM}(?:\s?%|\s+(?P<unit>{UNITWORD})))\s+(?i:over|across|during|in)\s+the\s+(?:(?i:rolling|last|past|previous|latest)\s+)+(?:\d{1,2}|{WORDNUM})\s+(?i:months?|years?|weeks?|quarters?)\b
match: Staff turnover was 14.2% over the rolling 12 months to September (target below 12%). => value=14.2%
no-match: Sickness absence was 9.8 days, which is 1.1 days over target.

pattern general.measure_dash_value
produces: value
description: "Recycling rate (provisional) – 44.6% compared with 45.2%", "Percentage of EHCPs issued within 20 weeks – 58.3% (Q1), target 60%": a measure named by a word only measures use, a dash, then its value set against a comparator (a bare "– 44%" after a name is too often a consultation's share).
regex: \b(?i:rate|percentage|proportion|average|ratio|number\s+of)\b[^.;:%\x{2013}\x{2014}]{0,80}?\s[\x{2013}\x{2014}-]\s+(?P<value>{NUM}(?:\s?%|\s+(?P<unit>{UNITWORD})))(?:\s*\([^()]{1,20}\))?,?\s+(?i:compared|against|target|versus|vs\b)
match: Recycling rate (provisional) – 44.6% compared with 45.2% for the same period last year. => value=44.6%
match: Percentage of EHCPs issued within 20 weeks (excluding exceptions) – 58.3% (Q1), target 60%. => value=58.3%
no-match: Agree with the proposal – 44%
no-match: Recycling rate – 44.6%

pattern general.share_rate_noun
produces: value
description: "We achieved an 89.6% satisfaction rate", "a 97.2% collection rate": a share set before the rate or score it is.
regex: \b(?i:achieved|recorded|reached|maintained|delivered|returned|had|has|have|with)\s+(?:an?|the|its|our)\s+(?P<value>{PCT})\s+(?:[A-Za-z-]+\s+){0,2}?(?i:rate|score)\b
match: We achieved an 89.6% satisfaction rate with the contact centre. => value=89.6%
no-match: a 4.9% increase in the budget
no-match: the Department's consultation on a 55% rate by 2025

pattern general.count_then_gap
produces: value
description: "Affordable housing completions reached 312 units, 88 short of the 400 target": a count after a level verb, then its gap to a target whose figure stands before the word.
regex: \b{LEVELVERB}\s+{LEVELFILL}(?P<value>{NONYEAR})(?:\s+[a-z]+){0,4}?,\s+(?P<gap>{NUM}|{WORDNUM})\s+(?:[a-z]+\s+)?(?P<side>(?i:short\s+of|below|above|ahead\s+of|behind|under|over|more\s+than|fewer\s+than))\s+(?:the|its|our|a)\s+(?:[\w-]+\s+){0,2}?(?P<target>{NONYEAR})\s+(?i:target|plan|profile|trajectory)\b
match: Affordable housing completions reached 312 units, 88 short of the 400 target. => value=312 | gap=88 | side=short of | target=400
no-match: Completions reached 312 units in the year.

pattern general.count_then_gap_target_of
produces: value
description: "At 31 March there were 9,214 direct debit members, 286 short of the target of 9,500": a count after a level verb, then its gap to the target and the target's figure.
regex: \b{LEVELVERB}\s+{LEVELFILL}(?P<value>{NONYEAR})(?:\s+[a-z]+){0,4}?,\s+(?P<gap>{NUM}|{WORDNUM})\s+(?:[a-z]+\s+)?(?P<side>(?i:short\s+of|below|above|ahead\s+of|behind|under|over|more\s+than|fewer\s+than))\s+(?:the|its|our|a)\s+(?:[\w-]+\s+){0,2}?(?i:target|plan|profile|trajectory)\s+of\s+(?P<target>{NONYEAR})
match: At 31 March there were 9,214 direct debit members, 286 short of the target of 9,500 => value=9,214 | gap=286 | side=short of | target=9,500
no-match: Completions reached 312 units in the year.

pattern general.from_to
produces: value
description: "fell from 93% to 89% this quarter": the earlier level, then the one reached.
regex: (?i:fell|rose|fallen|risen|increased|decreased|improved|dropped|declined|reduced|deteriorated|moved|changed|went|gone|climbed)\s+from\s+(?P<previous>{NUM}%?)(?:\s+(?:in|at)\s+(?P<previous_period>{PERIOD}))?\s+to\s+(?P<value>{NUM}(?:\s?%|\s+(?P<unit>{UNITWORD})(?:\s+(?:and\s+)?\d{1,2}\s+(?i:seconds?|minutes?))?))
match: The percentage of invoices paid on time fell from 93% to 89% this quarter => previous=93% | value=89%
match: waiting times improved from 14 to 11 days => previous=14 | value=11 days | unit=days
no-match: rose from 2023 to 2024

pattern general.to_from
produces: value
description: "has fallen to 3.1% from 3.6% in Q2": the level reached, then the earlier one.
regex: \bto\s+(?P<value>{NUM}(?:\s?%|\s+(?P<unit>{UNITWORD})(?:\s+(?:and\s+)?\d{1,2}\s+(?i:seconds?|minutes?))?))\s+(?i:from|compared\s+with|compared\s+to)\s+(?P<previous>{NUM}%?)(?:\s+(?:in|at|for)\s+(?:the\s+)?(?P<previous_period>{PERIOD}|(?i:last\s+year|the\s+previous\s+(?:quarter|month|year))))?
match: NEET has fallen to 3.1% from 3.6% in Q2 => value=3.1% | previous=3.6% | previous_period=Q2
no-match: to 3.1% of the budget

pattern general.labelled_value
produces: value
description: "Business rates collected: 82.3% (target 83.0%)", "removed within 5 working days: 96.5% against a 95% target": a measure's name, a colon, its value.
regex: [A-Za-z)]\s*:\s*(?P<value>{NUM}(?:\s?%|\s+(?P<unit>{UNITWORD})(?:\s+(?:and\s+)?\d{1,2}\s+(?i:seconds?|minutes?))?))
match: Business rates collected: 82.3% (target 83.0%). => value=82.3%
match: Planning appeals allowed as a percentage of decisions: 1.2% (target: less than 10%). => value=1.2%
match: Average time to re-let: 28 days => value=28 days | unit=days
no-match: Ratio: 3:1

pattern general.share_of_done
produces: value
description: "92% of calls were answered within 60 seconds", "67.5% of EHCPs had been issued within 20 weeks": a share of the things counted, and what was done to them.
regex: (?P<value>{PCT}){INTERVAL}?\s+of\s+(?:[\w'&/-]+\s+){1,6}?(?:(?i:were|was|had\s+been|have\s+been|has\s+been|are|is)\s+(?:(?i:\w+ly|not|still|all)\s+)?{DONE}|(?i:met|meet|achieved|passed|failed)\s+(?:the|a|an|their|its)\s+[\w\s-]{0,30}?(?i:standard|target|criteria|test|threshold))\b
match: In the 12 months to December 2024, 78.2% (±2.9%) of victims were satisfied with the whole experience => value=78.2%
match: In Q2, 92% of calls were answered within 60 seconds => value=92%
match: 67.5% of EHCPs had been issued within 20 weeks => value=67.5%
match: 88% of repairs were completed right first time => value=88%
match: At 31 March 2024, 72.5% of council homes met the Decent Homes Standard => value=72.5%
match: In Q4, 7.9% of calls were abandoned compared to a target of no more than 5% => value=7.9%
no-match: 92% of calls answered

pattern general.achieved_share
produces: value
description: "The service achieved 99.2% of bins collected on the scheduled day": a share achieved.
regex: \b(?i:achieved|delivered|recorded|reported|collected|answered|completed|processed|resolved|sold|filled|occupied|let)\s+(?P<value>{PCT})(?:\s+of\s+[a-z])?
match: The Corn Exchange sold 61.8% of available seats across its 214 performances => value=61.8%
match: The service achieved 99.2% of bins collected on the scheduled day => value=99.2%
no-match: achieved 99.2 points

pattern general.count_done
produces: value
description: "1,204 missed bins were reported in the quarter", "A total of 2,841 library visits were recorded in January": a count of things, and what was done to them.
regex: (?:^|[\s(])(?P<value>{NONYEAR})\s+(?:[a-z][\w'&/-]*|[A-Z]{2,}s?)\s+(?:[A-Za-z][\w'&/-]*\s+){0,5}?(?i:were|was|have\s+been|had\s+been|has\s+been)\s+(?:(?i:successfully|also|safely|newly|now)\s+)?{DONE}\b(?:[^.;]{0,60}?\b(?:in|during|for)\s+(?:the\s+)?(?P<period>{PPERIOD}))?
match: 1,204 missed bins were reported in the quarter => value=1,204
match: A total of 2,841 library visits were recorded in January, 12% above target. => value=2,841 | period=January
match: 37 households were prevented from becoming homeless in Q2 => value=37 | period=Q2
match: 18,312 patients were waiting more than 18 weeks at the end of October. => value=18,312
no-match: In 2023 residents were consulted
no-match: three families were housed
no-match: 11.3 The investment strategy has been reviewed

pattern general.there_were_period
produces: value
description: "There were 37 new admissions to residential and nursing care for people aged 65 and over in Q1": a count for a period, the noun phrase long.
regex: (?i:there\s+(?:were|was|have\s+been|had\s+been))\s+(?P<value>{NONYEAR})\s+[a-z][^.;%£]{2,120}?\s(?:in|during|on|at|as\s+at|over|between)\s+(?:the\s+)?(?P<period>{MONTH}(?:\s+(?:19|20)\d\d)?\s+and\s+{MONTH}(?:\s+(?:19|20)\d\d)?|{PPERIOD}|\d{1,2}(?:st|nd|rd|th)?\s+{MONTH}(?:\s+(?:19|20)\d\d)?|(?i:(?:first|last|past|latest)\s+)?(?i:(?:three|six|nine|twelve|\d{1,2})\s+)?(?i:months?|quarter|year\s+to\s+date|period|weeks?))
match: There were 37 new admissions to residential and nursing care for people aged 65 and over in Q1, against a quarterly target of 40. => value=37 | period=Q1
match: There were 412 accidental dwelling fires in the nine months, 18 below => value=412 | period=nine months
match: There were 31 cases of infection attributed to the ICB between April and January, four above => value=31 | period=April and January
match: There were 47 households living in temporary accommodation on 31 December, up from 41 => value=47 | period=31 December
no-match: There were 3 options considered

pattern general.average_of
produces: value
description: "processed new claims in an average of 19 days", "took an average of 6.2 weeks": a time measure stated as an average.
regex: (?i:\ban?\s+average\s+(?:time\s+)?of)\s+(?P<value>{NUM})\s+(?P<unit>{UNITWORD})
match: We processed new housing benefit claims in an average of 19 days (target 22 days). => value=19 | unit=days
match: an average of 7.4 days per full-time equivalent employee were lost to sickness => value=7.4 | unit=days
no-match: an average of 19 complaints

pattern general.parts_then_share
produces: value
description: "1,432 of 1,580 invoices (90.6%) were paid", "54 of the 80 affordable homes planned were completed in the year (67.5%)": the parts, a few words, then the share in brackets.
regex: (?:^|[\s(,])(?P<numerator>{COUNT})\s+(?:out\s+of|of)\s+(?:the\s+|a\s+total\s+of\s+)?(?P<denominator>{NONYEAR})(?:\s+(?:[\w'&/-]+\s+){0,12}?[\w'&/-]+)?\s*\(\s*(?P<value>{PCT})\s*\)
match: Overall, 1,432 of 1,580 invoices (90.6%) were paid within 30 days. => numerator=1,432 | denominator=1,580 | value=90.6%
match: Only 54 of the 80 affordable homes planned were completed in the year (67.5%). => numerator=54 | denominator=80 | value=67.5%
match: In December 94 of the 101 (93.1%) plans were issued => numerator=94 | denominator=101 | value=93.1%
match: 4,905 of the 7,214 people aged 14 and over on GP learning disability registers (70.3%) => numerator=4,905 | denominator=7,214 | value=70.3%
match: At the end of January 61 of the 118 care leavers aged 19 to 21 (53.5%) were in education => numerator=61 | denominator=118 | value=53.5%
no-match: 54 of the 80 homes were completed.

pattern general.count_then_of_these_share
produces: value
description: "The Council closed 2,148 complaints ... during 2023/24. Of these, 1,771 (82.4%) were responded to within five days": a count, then in the next sentence the part of it with its share.
regex: (?:^|[\s(])(?P<denominator>\d{1,3}(?:,\d{3})+|\d+)\s+[A-Za-z][^.;%]{0,120}?\.\s+(?i:of\s+(?:these|those|them|which)),?\s+(?P<numerator>{NONYEAR})\s*\(\s*(?P<value>{PCT})\s*\)
match: The Council closed 2,148 complaints at the frontline stage during 2023/24. Of these, 1,771 (82.4%) were responded to within five working days => denominator=2,148 | numerator=1,771 | value=82.4%
match: 5.2 The annual customer survey received 1,993 responses. Of these, 1,734 (87%) said they were satisfied => denominator=1,993 | numerator=1,734 | value=87%
no-match: The Council closed 2,148 complaints. Most were answered on time, and 1,771 (82.4%) within five days

pattern general.of_n_count_rate
produces: value
description: "Of 1,020 reported potholes, 918 were repaired within 28 days, a rate of 90.0%": the base, the part, then the share they make.
regex: \b(?i:of)\s+(?:the\s+)?(?P<denominator>{NONYEAR})\s+[^,.;%£]{1,80}?,\s*(?P<numerator>{NONYEAR})\s+[^.;%£]{1,80}?,\s*(?i:a\s+rate\s+of|or|which\s+is|representing)\s+(?P<value>{PCT})
match: Of 1,020 reported potholes, 918 were repaired within 28 days, a rate of 90.0%. => denominator=1,020 | numerator=918 | value=90.0%
no-match: Of 1,020 reported potholes, 918 were repaired within 28 days.

pattern general.count_then_share_of_base
produces: value
description: "We carried out 412 food hygiene inspections, 94% of the 438 due": a count of work done, then the share it is of the base.
regex: (?:^|[\s(])(?P<numerator>{NONYEAR})\s+(?:[A-Za-z][\w'&/-]*\s+){0,5}?[A-Za-z][\w'&/-]*,\s+(?P<value>{PCT})\s+of\s+(?:the|all|those)\s+(?P<denominator>{NONYEAR})\b
match: We carried out 412 food hygiene inspections, 94% of the 438 due. => numerator=412 | value=94% | denominator=438
no-match: We carried out 412 food hygiene inspections, 94% of them on time.

pattern general.count_then_of_them_share
produces: value
description: "126 enforcement cases were concluded, 90 of them (71.4%) within 39 weeks": a count of things done, then the part of them with its share.
regex: (?:^|[\s(])(?P<denominator>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[A-Za-z][\w'-]*\s+){1,6}?(?i:were|was|have\s+been|had\s+been|are)\s+[a-z]+(?:\s+[a-z]+){0,4}?,\s+(?P<numerator>\d{1,3}(?:,\d{3})+|\d+)\s+(?i:of\s+(?:them|these|those|which))\s*\(\s*(?P<value>{PCT})\s*\)
match: In the third quarter 126 enforcement cases were concluded, 90 of them (71.4%) within 39 weeks. => denominator=126 | numerator=90 | value=71.4%
no-match: 126 cases were concluded, 90 of them within 39 weeks.

pattern general.of_the_n_count_then_rate
produces: value
description: "Of the 4,611 burglaries recorded, 412 were solved, giving a solved rate of 8.9%", "Of the 426 plans issued, 204 were issued within 20 weeks, and performance has therefore improved to 47.9%": the whole, the part, then the share they make.
regex: \b(?i:of)\s+(?:the\s+)?(?P<denominator>\d{1,3}(?:,\d{3})+|\d+)\s+[^,.;%£]{1,100}?,\s*(?P<numerator>\d{1,3}(?:,\d{3})+|\d+)\s+(?i:were|was|had\s+been|have\s+been)\s+[^.;%£]{1,80}?,?\s+(?:(?i:and\s+(?:performance|the\s+rate|this|the\s+share|the\s+proportion)\s+(?:has\s+)?(?:therefore\s+)?(?:improved|risen|fallen|increased|decreased|moved|stands|stood|is|was)\s+(?:to|at))|(?i:giving|making|which\s+gives)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?i:rate|share|proportion)\s+of)\s+(?P<value>{PCT})
match: Of the 4,611 residential burglaries recorded in the year, 412 were solved, giving a solved rate of 8.9%, compared to 7.2% => denominator=4,611 | numerator=412 | value=8.9%
match: Of the 426 new plans issued in the quarter, 204 were issued within 20 weeks, and performance has therefore improved to 47.9% => denominator=426 | numerator=204 | value=47.9%
no-match: Of the 426 new plans issued in the quarter, 204 were issued within 20 weeks.

pattern general.count_and_verb_of_them_share
produces: value
description: "The Council closed 613 requests in the quarter and answered 559 of them (91.2%) within 20 working days": a count, then the part of it done, with its share.
regex: (?:^|[\s(])(?P<denominator>\d{1,3}(?:,\d{3})+|\d+)\s+[A-Za-z][^.;%£\d]{0,80}?\s+(?i:and)\s+[a-z]+\s+(?P<numerator>\d{1,3}(?:,\d{3})+|\d+)\s+(?i:of\s+(?:them|these|those))\s*\(\s*(?P<value>{PCT})\s*\)
match: The Council closed 613 Freedom of Information requests in the quarter and answered 559 of them (91.2%) within 20 working days => denominator=613 | numerator=559 | value=91.2%
no-match: The Council closed 613 requests and answered 559 of them within 20 working days

pattern general.of_the_n_count_share
produces: value
description: "Of the 245 requests received, 231 (94.3%) were answered within 20 working days": the base, then the part with its share.
regex: \b(?i:of)\s+(?:the\s+|these\s+|those\s+)?(?P<denominator>{NONYEAR})\s+[^,.;%£]{1,140}?,\s*(?P<numerator>{NONYEAR})(?:\s+[^,.;%()£\d]{1,60}?)?\s*\(\s*(?P<value>{PCT})\s*\)
match: Of the 510 people referred by GPs and physiotherapists who started the 12-week Active Health programme during the year, 318 (62.4%) completed it => denominator=510 | numerator=318 | value=62.4%
match: Out of 56 schools inspected, 49 were judged good or outstanding (87.5%). => denominator=56 | numerator=49 | value=87.5%
match: Of the 245 Freedom of Information requests received, 231 (94.3%) were answered within 20 working days. => denominator=245 | numerator=231 | value=94.3%
match: Of the 19,480 eligible residents offered a check in 2022/23, 8,356 (42.9%) received one => denominator=19,480 | numerator=8,356 | value=42.9%
no-match: Of the 245 requests, most were answered

pattern general.gap_to_target
produces: value
description: "74.6%, short of the 80% target by 5.4 percentage points": the value, then the gap to a target named before the gap.
regex: (?P<value>{PCT})[^.;%]{0,40}?,?\s+(?P<side>(?i:short\s+of|below|above|under|over|exceeding|missing|behind|ahead\s+of))\s+(?:the|a|its|our)\s+(?:[\w-]+\s+){0,2}?(?P<target>{PCT})\s+(?i:target|standard)\s+by\s+(?P<gap>{NUM})
match: The year-end outturn for this measure is 74.6%, short of the 80% target by 5.4 percentage points. => value=74.6% | side=short of | target=80% | gap=5.4
no-match: 74.6%, short of the target

pattern general.gap_target_of
produces: value
description: "88.0%, 2.0 points below the target of 90%": the value, then the gap, then the target.
regex: (?P<value>{PCT})[^.;%]{0,40}?,?\s+(?P<gap>{NUM}){POINTS}?\s+(?P<side>(?i:below|above|under|over|short\s+of|ahead\s+of|behind))\s+(?:the|a|its|our)\s+(?:[\w-]+\s+){0,2}?(?i:target|standard)\s+(?:of\s+)?(?P<target>{PCT})
match: Performance was 88.0%, 2.0 percentage points below the target of 90%. => value=88.0% | gap=2.0 | side=below | target=90%
no-match: 88.0%, below the target of 90%

pattern general.gap_after_previous
produces: value
description: "79.5% ..., down from 86.0% in the previous quarter and 5.5 percentage points below the target of 85%": the value, the earlier figure it moved from, then the gap to the target; the gap is the value's, not the earlier figure's.
regex: (?P<value>{PCT})[^.;%]{0,60}?,?\s+(?:down|up)\s+from\s+(?P<previous>{PCT})(?:\s+(?:in|at)\s+(?P<previous_period>(?i:the\s+)?(?i:previous|last|same)\s+(?:quarter|month|year|period)(?:\s+last\s+year)?))?[^.;%]{0,40}?\s+(?:and|but)\s+(?:is\s+|remains\s+|still\s+)*(?P<gap>{NUM}){POINTS}?\s+(?P<side>(?i:below|above|under|over|short\s+of|ahead\s+of|behind))\s+(?:the|a|its|our)\s+(?:[\w-]+\s+){0,2}?(?i:target|standard)\s+(?:of\s+)?(?P<target>{PCT})
match: 79.5% were still living at home 91 days later, down from 86.0% in the previous quarter and 5.5 percentage points below the target of 85% => value=79.5% | previous=86.0% | previous_period=the previous quarter | gap=5.5 | side=below | target=85%
no-match: 79.5% were still at home, 5.5 percentage points below the target of 85%

pattern general.figure_target_then_gap
produces: value
description: "71.3% against the 85% standard, a gap of 12.7 percentage points": the value, a target whose figure stands before the word, then the gap named as such.
regex: (?P<value>{PCT})[^.;%]{0,60}?(?i:against|compared\s+(?:with|to))\s+(?:a|an|the|our|its)\s+(?:[\w-]+\s+){0,2}?(?P<target>{PCT})\s+(?:(?i:local|national|interim|operational|constitutional)\s+)?(?i:target|standard|ambition),?\s+(?:a|an)\s+(?P<side>(?i:shortfall|gap|variance|difference))\s+of\s+(?P<gap>{NUM})
match: Performance against the 62-day standard was 71.3% against the 85% standard, a gap of 12.7 percentage points => value=71.3% | target=85% | side=gap | gap=12.7
no-match: 71.3% against the 85% standard

pattern target.figure_before
produces: target
description: "slightly below the 48% target", "against the 95% standard", "within the 20% target": the target's figure before the word.
regex: (?i:\b(?:the|a|an|our|its|this|their)\s+(?:[\w/-]+\s+){0,2}?)(?P<target>{NONYEAR}(?:\s?%)?)(?:(?:\s+|-)(?i:minutes?|hours?|days?|weeks?|working\s+days?))?\s+(?:(?i:local|national|corporate|annual|quarterly|monthly|profiled|stretch|constitutional|operational|statutory|interim)\s+)?(?i:target|standard|ambition|trajectory|ceiling|maximum|minimum)\b
match: Household waste sent to landfill was 6.1%, well within the 10% maximum. => target=10%
match: remained at 31% in Q2, above the 28% ceiling agreed by the Board => target=28%
match: Household waste recycled reached 46.2% in Q3, slightly below the 48% target. => target=48%
match: The current performance is 71.3% against the 95% standard. => target=95%
match: answered within 60 seconds, exceeding the 90% target. => target=90%
match: 76.4% of patients were seen within four hours, against the 78% interim ambition => target=78%
match: re-let in 32 days, against a 28 day target => target=28
match: was 13 minutes 48 seconds, inside the 15-minute national standard => target=15
no-match: the 2024/25 target
no-match: the target of 85%

pattern target.bracketed
produces: target
description: "(target 83.0%)", "(target: 280)", "(standard 92%)", "(target: less than 10%)", "(target 22 days)": a target in brackets after the value.
regex: \(\s*(?i:(?:local\s+|national\s+|annual\s+|quarterly\s+|monthly\s+)?(?:target|standard|goal))\s*(?:[:=-]\s*|(?i:of|is)\s+)?(?:{BOUNDWORD}\s*)?(?P<target>{NONYEAR}(?:\s?%)?)(?:\s*{UNITWORD})?(?:\s+per\s+[A-Za-z]+)?\s*[);,]
match: Business rates collected: 82.3% (target 83.0%). => target=83.0%
match: was 62.1% in October (standard 92%). => target=92%
match: 1.2% (target: less than 10%). => target=10%
match: in an average of 19 days (target 22 days). => target=22
match: stands at 5.2 days per FTE (target 2.5 days per quarter). => target=2.5
no-match: (target date 2025)

pattern target.after_comma
produces: target
description: "58.3% (Q1), target 60%", "18.2 days; target: 20 days": a target set after its value with a comma or semicolon and no verb.
regex: [,;]\s*(?i:(?:annual\s+|quarterly\s+|monthly\s+)?(?:target|standard))\s*:?\s+(?:{BOUNDWORD}\s+)?(?P<target>{NONYEAR}(?:\s?%)?)(?:\s+{UNITWORD})?(?:[.;,)]|\s*$)
match: Percentage of EHCPs issued within 20 weeks – 58.3% (Q1), target 60%. => target=60%
match: Processing time 18.2 days; target: 20 days. => target=20
no-match: 58.3%, target to be set

pattern target.of_amount
produces: target
description: "against a target of 10 days", "a quarterly target of 40", "the national standard of 92%": a target that is a count or a time, or a standard.
regex: (?i:\b(?:(?:quarterly|annual|monthly|profiled|year[- ]end|local|national|stretch|weekly)\s+)?(?:target\s+(?:for\s+(?:the\s+)?(?:year|quarter|month|period|{YEAR})\s+)?(?:of|is|was|at|set\s+at)|(?:standard|expectation)\s+(?:of|set\s+at)|(?:profile|trajectory|threshold|ceiling|limit|ambition|maximum|minimum)\s+of))\s+(?:{BOUNDWORD}\s+)?(?P<target>{NONYEAR}(?:\s?%)?)(?:\s+{UNITWORD}|{NUMTAIL})
match: improved to 93%, above the statutory expectation of 90%. => target=90%
match: fell to 64% this quarter, below the national threshold of 60%. => target=60%
match: which is better than the target of 10 days. => target=10
match: in Q1, against a quarterly target of 40. => target=40
match: against the national standard of 92% => target=92%
match: The target for the year is 3.5%. => target=3.5%
match: stood at 214 at the end of March, against a profile of 180 for the year => target=180
no-match: the target of 2025/26
no-match: a target date of 31 March
no-match: the referral to treatment standard was 62.1%

pattern previous.compared_with_period
produces: previous
description: "compared with 12.1% in 2021/22", "up from 84%", "compared to 23 in the same period last year": an earlier figure after the value.
regex: (?i:compared\s+(?:with|to)|up\s+from|down\s+from|an?\s+(?:increase|decrease|rise|fall|improvement|reduction)\s+from)\s+(?P<previous>{NONYEAR}%?)(?:\s+(?:in|for|at|during)\s+(?:the\s+)?(?P<previous_period>{PERIOD}|(?i:(?:same\s+)?(?:period|quarter|month|time)\s+last\s+year|last\s+year|previous\s+(?:quarter|month|year))))?{NUMTAIL}
match: Staff turnover was 13.2%, compared with 12.1% in 2021/22. => previous=12.1% | previous_period=2021/22
match: was 87% in the latest survey, up from 84%. => previous=84%
no-match: compared with 2021/22

# Guards: no value group, so they yield nothing, and being longer they hide the
# level patterns inside them.

pattern general.guard_relative_change
produces: value
description: Guard, not a value: "was 5% higher than", "is 12% above target", "were 16% fewer than": a relative difference, not a level.
regex: \b{LEVELVERB}\s+{LEVELFILL}(?:(?i:some|about|around|nearly|almost|roughly|just)\s+)?{NUM}(?:\s?%|\s+{UNITWORD}|\s+(?i:percentage\s+points?|points?|pp))\s+(?i:higher|lower|more|less|fewer|greater|smaller|better|worse|above|below|up|down|over|under|ahead|behind|short)\b
match: Demand was 5% higher than last year
match: Visits were 16% fewer than the same period
match: but is still 0.4 days above the target of 9.0 days
no-match: Demand was 5% in June

pattern general.guard_money_rate
produces: value
description: Guard, not a value: council tax, inflation, interest, pay and budget rates are finance, not performance ("the council tax increase is 4.99%", "CPI inflation fell to 2.6%").
regex: \b(?i:council\s+tax\s+(?:increases?|rises?|uplifts?|referendum\s+limits?|precepts?|charges?|levels?|bills?)|precepts?|inflation|CPI|RPIX?|interest(?:\s+rates?)?|bank\s+rate|base\s+rate|gilts?|yields?|coupons?|pay\s+(?:awards?|offers?|rises?)|(?:national\s+)?(?:living|minimum)\s+wages?|budgets?|spend(?:ing)?|expenditure|funding|grants?|reserves?|borrowing|savings?|levy|referendum\s+limits?|uplifts?|GDP|GVA|debt|turnout|earnings|wages?|salar(?:y|ies)|house\s+prices?|rents?\s+(?:increases?|rises?)|unemployment(?:\s+rate)?|mortgages?)\b[^.;%£]{0,60}?\b(?i:is|was|were|are|remains|remained|stands\s+at|stood\s+at|rose\s+to|fell\s+to|increased\s+to|decreased\s+to|reduced\s+to|(?:has|have|had)\s+(?:risen|fallen|increased|decreased)\s+to)\s+(?:(?i:expected\s+to\s+be|forecast\s+to\s+be|projected\s+to\s+be|at)\s+)?{NUM}\s?%
match: the council tax increase is 4.99% for 2025/26
no-match: Council tax collection stands at 84.1%
no-match: Rent collected as a proportion of rent due was 98.7%
match: CPI inflation fell to 2.6% in November
match: The Bank Rate was 5.25%
match: Turnout at the General Election in the South East was 64%, the lowest since 2001
no-match: Staff turnover was 13.2%
no-match: The current performance is 71.3%

pattern general.guard_share_of_money
produces: value
description: Guard, not a value: "40% of the budget was spent on placements" is a share of money, not a measure's level.
regex: {PCT}\s+of\s+(?:(?i:the|our|its|total|all|this|overall)\s+)*(?:[\w-]+\s+){0,2}?(?i:budget|spend|spending|expenditure|funding|income|costs?|savings?|grants?|reserves?|council\s+tax\s+(?i:is|was|goes|funds|pays|requirement|base|bills?|income|precepts?)|revenue|capital|allocation)\b[^.;]{0,80}
no-match: The council collected 97.8% of council tax due in 2023/24
match: 40% of the budget was spent on placements
match: 12% of the total savings were delivered
no-match: 92% of calls were answered

pattern general.guard_survey_volume
produces: value
description: Guard, not a value: "10 exit surveys were completed", "412 responses were received": how many answered a survey is its sample, not a measure (the survey's results are).
regex: (?:^|[\s(])(?:{NONYEAR})\s+(?:[A-Za-z][\w'&/-]*\s+){0,3}?(?i:surveys?|questionnaires?|responses?|respondents|submissions|comments|representations|objections|nominations|petitions|questions|amendments|motions|signatures)\s+(?i:were|was|have\s+been|had\s+been|has\s+been)\s+(?:(?i:\w+ly|also|now)\s+)?{DONE}\b[^.;]*(?:[.;]|$)
match: During January, 10 exit surveys were completed, bringing the total to date to 181
match: 412 responses were received to the consultation
match: 58 representations were received during the consultation.
no-match: 1,204 missed bins were reported

pattern general.guard_target_definition
produces: value
description: Guard, not a value: "The Government's designation threshold for major decisions is 60% over two years", "The target for 2024/25 is 85%": a sentence about the target itself states no level of the measure.
regex: (?:^|[.;:]\s+)(?i:the|our|its|this|a)\s+(?:(?i:government's|government’s|national|local|council's|council’s|annual|new|statutory|designation|quarterly|monthly|year-end|overall|corporate|stretch|minimum|maximum|agreed|revised|interim)\s+){0,3}(?i:threshold|target|standard|ambition|benchmark|trajectory)\s+(?:[\w/'’-]+\s+){0,8}?(?i:is|was|remains|will\s+be|has\s+been\s+set\s+at)\s+{NUM}(?:\s?%)?
match: The Government’s designation threshold for the speed of major decisions is 60% over two years.
match: The target for 2024/25 is 85%.
no-match: Performance against target is 82%.

pattern general.guard_comparator_level
produces: value
description: Guard, not a value: "The Northern Ireland average for the same quarter last year was 39.7 weeks", "the England rate is 31.2%": a comparator's level is a benchmark of the measure, not the measure's own.
regex: \b(?i:England|English|national|regional|Northern\s+Ireland|Scottish|Scotland|Welsh|Wales|London|UK|statistical\s+neighbours?|comparators?|family\s+group|peer\s+group|CIPFA)\s+(?i:average|median|mean|figure|rate|benchmark)\b[^.;%]{0,60}?\b{LEVELVERB}\s+{NUM}(?:\s?%|\s+{UNITWORD})?
match: The Northern Ireland average for the same quarter last year was 39.7 weeks.
no-match: Our average for the year was 39.7 weeks.

pattern general.guard_age
produces: value
description: Guard, not a value: "the figures were 12 months old", "is 3 weeks late": an age or a delay of something, not a measure's level.
regex: \b{LEVELVERB}\s+(?:(?i:some|about|around|nearly|almost|over|more\s+than)\s+)?{NUM}\s+(?i:days?|weeks?|months?|years?)\s+(?i:old|ago|late|early|overdue|out\s+of\s+date|behind)\b
match: the adoption figures within the report were 12 months old
no-match: the average wait was 12 weeks

pattern general.moved_to_count
produces: value
description: "Delayed discharges rose to 187 in the month": a count a measure moved to.
regex: \b(?i:(?:rose|fell|increased|decreased|reduced|dropped|declined|climbed|grew)\s+to|(?:has|have|had)\s+(?:\w+ly\s+|now\s+|also\s+)?(?:risen|fallen|increased|decreased|reduced|dropped|declined|grown)\s+to)\s+(?P<value>{NONYEAR}){NUMTAIL}
match: Delayed discharges rose to 187 in the month, compared with a target of 120. => value=187
no-match: the budget rose to £187m
no-match: costs rose to 2025 levels

pattern target.versus
produces: target
description: "64.5% vs 85% standard", "against 95% target": a target's figure after "vs" or "against", without an article.
regex: \b(?i:vs\.?|versus|against|compared\s+(?:with|to))\s+(?P<target>{NONYEAR}(?:\s?%)?)(?:\s+(?i:days?|weeks?))?\s+(?:(?i:local|national|corporate|annual|quarterly|monthly|profiled|stretch|constitutional|operational)\s+)?(?i:target|standard)\b
match: Cancer 62-day performance: 64.5% vs 85% standard. => target=85%
match: 96.5% against 95% target => target=95%
no-match: vs the target

pattern general.share_of_base
produces: value
description: "answered 88.0% of the 24,615 calls it received": a share of a stated base, which is the denominator.
regex: (?P<value>{PCT})\s+of\s+(?:the|all|its|our|their)\s+(?P<denominator>{NONYEAR})\s+[a-z]
match: The Customer Contact Centre answered 88.0% of the 24,615 calls it received => value=88.0% | denominator=24,615
no-match: 88.0% of the calls

pattern general.gap_shortfall
produces: value
description: "stood at 84.6% ..., against a profiled target of 86.0%, a shortfall of 1.2 percentage points": value, target, then the gap named as a shortfall.
regex: (?P<value>{PCT})[^.;%]{0,60}?(?i:against|compared\s+(?:with|to))\s+(?:a|an|the|our|its)\s+(?:[\w-]+\s+){0,2}?(?i:target|standard)\s+of\s+(?P<target>{PCT}),?\s+(?:a|an)\s+(?P<side>(?i:shortfall|gap|variance|difference))\s+of\s+(?P<gap>{NUM})
match: collection stood at 84.6% at the end of December, against a profiled target of 86.0%, a shortfall of 1.2 percentage points => value=84.6% | target=86.0% | side=shortfall | gap=1.2
no-match: 84.6% against a target of 86.0%

pattern gap.amount_side_figure_target
produces: target
description: "11 percentage points below the 75% target", "3.4 points short of the 90% target": a gap to a target whose figure stands before the word, stated after the value it is of.
regex: (?P<gap>{NUM})(?:{POINTS}|\s(?i:days?|weeks?))?\s+(?P<side>(?i:below|above|under|over|short\s+of|ahead\s+of|behind|higher\s+than|lower\s+than|worse\s+than|better\s+than|longer\s+than|shorter\s+than|slower\s+than|faster\s+than|outside|within))\s+(?:the|its|our|a)\s+(?:[\w-]+\s+){0,2}?(?P<target>{NONYEAR}(?:\s?%)?)(?:(?:\s+|-)(?i:days?|weeks?|working\s+days?))?\s+(?i:target|standard)\b
match: Major applications took an average of 44.2 weeks, 14.8 weeks longer than the 30-week target => gap=14.8 | side=longer than | target=30
match: Local applications averaged 15.3 weeks, 0.3 weeks outside the 15-week standard => gap=0.3 | side=outside | target=15
match: Performance of 64.0% is 11 percentage points below the 75% target. => gap=11 | side=below | target=75%
match: The rate was 86.6%, 3.4 points short of the 90% target. => gap=3.4 | side=short of | target=90%
match: which is 2.7pp above the 90% target => gap=2.7 | side=above | target=90%
match: which jumped to 24.3%, 4.3 percentage points worse than the 20% target => gap=4.3 | side=worse than | target=20%
no-match: 11 percentage points below target

pattern gap.amount_side_target
produces: target
description: "2.4 days above the target of 8 days", "1.9 percentage points below the target of 97%", "which is 146 below target": a gap to the target, stated after the value.
regex: (?P<gap>{NUM}|{WORDNUM})\s*(?:%|\s(?i:percentage\s+points?|points?|pp|days?|weeks?)|\s+[a-z]+)?\s+(?P<side>(?i:below|above|under|over|short\s+of|ahead\s+of|behind|higher\s+than|lower\s+than|more\s+than|fewer\s+than|less\s+than|longer\s+than|shorter\s+than|slower\s+than|faster\s+than|quicker\s+than|worse\s+than|better\s+than))\s+(?:(?:the|its|our)\s+)?(?:(?i:annual|quarterly|monthly|profiled|local|national|statutory|corporate|service|stretch|council|year-to-date|full-year)\s+)?(?i:target|standard|ceiling|limit|threshold|maximum|trajectory|profile|plan|ambition)\b(?:\s+(?:of\s+)?(?P<target>{NONYEAR}(?:\s?%)?))?
match: Sickness absence was 10.4 days per FTE, 2.4 days above the target of 8 days. => gap=2.4 | side=above | target=8
match: against a target of 1,350, which is 146 below target. => gap=146 | side=below
match: 412 fires, 18 below the ceiling of 430 set for the year => gap=18 | side=below | target=430
match: which is 0.1 percentage points below the statutory target of 64% => gap=0.1 | side=below | target=64%
match: against a profile of 180 for the year, 34 ahead of profile => gap=34 | side=ahead of
match: down from 382 at the end of January but 57 above the plan of 290 agreed => gap=57 | side=above | target=290
match: leaving delivery 23 homes behind profile => gap=23 | side=behind
match: four above the year-to-date threshold of 27 => gap=four | side=above | target=27
match: We attended 104 accidental dwelling fires, nine more than the target of 95 => gap=nine | side=more than | target=95
match: Tenants waited an average of 8.4 days for repairs, 1.4 days longer than our target of 7.0 days => gap=1.4 | side=longer than | target=7.0
no-match: 146 below the line

pattern gap.side_target_by
produces: target
description: "exceeded its target of 90% by 2.3 percentage points": the side, the target, then the gap.
regex: (?P<side>(?i:exceeded|exceeding|exceeds|missed|missing|beat|beating|below|above|short\s+of))\s+(?:the|its|our|a)\s+(?:[\w-]+\s+){0,2}?(?i:target|standard)\s+(?:of\s+)?(?P<target>{NONYEAR}(?:\s?%)?)\s+by\s+(?P<gap>{NUM})
match: At 92.3% the measure exceeded its target of 90% by 2.3 percentage points. => side=exceeded | target=90% | gap=2.3
no-match: exceeded its target of 90%

pattern change.amount_than_previous
produces: change
description: "2.1 percentage points lower than the previous year (78.4%)": a change in points or per cent against an earlier period's figure.
regex: (?P<change>{NUM}(?:\s?%)?)\s+(?:(?P<change_unit>(?i:percentage\s+points?|points?|pp))\s+)?(?P<direction>(?i:lower|higher|down|up))\s+(?:than|on|from|compared\s+(?:with|to))\s+(?:the\s+)?(?P<previous_period>(?i:previous\s+(?:year|quarter|month)|last\s+(?:year|quarter|month)|same\s+period\s+last\s+year)|{PERIOD})\s*(?:\(\s*(?P<previous>{NUM}%?)\s*\))?
match: Victim satisfaction stands at 76.3%, 2.1 percentage points lower than the previous year (78.4%). => change=2.1 | change_unit=percentage points | direction=lower | previous=78.4%
no-match: 2.1 percentage points lower

pattern change.by_to_compared
produces: change
description: "fell by 4.2% to 51,372 offences, compared with 53,620 last year": the change, the new value, the earlier one.
regex: (?P<direction>(?i:fell|rose|increased|decreased|dropped|grew|reduced|declined|went\s+up|went\s+down))\s+by\s+(?P<change>{NUM}(?:\s?%)?)(?:\s+(?P<change_unit>percentage\s+points?|points?))?\s+to\s+(?P<value>{NUM}%?)[^.;%]{0,40}?(?i:compared\s+(?:with|to)|from|against)\s+(?P<previous>{NUM}%?)
match: Recorded crime fell by 4.2% to 51,372 offences, compared with 53,620 last year. => direction=fell | change=4.2% | value=51,372 | previous=53,620
no-match: fell by 4.2% to 51,372 offences

pattern change.from_to_amount
produces: change
description: "rose from 71.2% to 74.5%, an increase of 3.3 percentage points", "fell from 412 to 377, a reduction of 8.5%": both values and the stated change.
regex: (?i:rose|fell|risen|fallen|increased|decreased|improved|dropped|declined|reduced|grew|grown|went\s+up|went\s+down)\s+from\s+(?P<previous>{NUM}%?)\s+to\s+(?P<value>{NUM}%?),?\s+(?:(?:an?|which\s+is\s+an?|representing\s+an?)\s+)?(?P<direction>(?i:increase|decrease|reduction|rise|fall|drop|improvement|deterioration|decline))\s+of\s+(?P<change>{NUM}(?:\s?%)?)(?:\s+(?P<change_unit>percentage\s+points?|points?|pp))?
match: The figure rose from 71.2% to 74.5%, an increase of 3.3 percentage points. => previous=71.2% | value=74.5% | change=3.3 | change_unit=percentage points
match: Admissions fell from 412 to 377, a reduction of 8.5%. => previous=412 | value=377 | change=8.5%
no-match: rose from 71.2% to 74.5%

pattern general.parts_then_rate
produces: value
description: "We completed 1,093 of 1,287 annual reviews, a rate of 84.9%": the parts, then the share they make.
regex: (?:^|[\s(,])(?P<numerator>{COUNT})\s+(?:out\s+of|of)\s+(?:the\s+|a\s+total\s+of\s+)?(?P<denominator>{NONYEAR})(?:\s+(?:[A-Za-z][\w'&/-]*\s+){0,6}?[A-Za-z][\w'&/-]*)?,?\s+(?i:a\s+rate\s+of|which\s+is|which\s+represents|representing|equating\s+to|equivalent\s+to|or|i\.e\.)\s+(?P<value>{PCT})
match: answered within 10 working days: 812 of 901, or 90.1%, against a target of 95% => numerator=812 | denominator=901 | value=90.1%
match: We completed 1,093 of 1,287 annual reviews, a rate of 84.9%. => numerator=1,093 | denominator=1,287 | value=84.9%
no-match: 1,093 of 1,287 reviews were completed

pattern general.at_value_opening
produces: value
description: "At 92.3% the measure exceeded its target", "At 86%, performance remains below": a sentence that opens with the level.
regex: (?:^|[.;:]\s+)(?i:at)\s+(?P<value>{NUM}(?:\s?%|\s+(?P<unit>{UNITWORD})(?:\s+(?:and\s+)?\d{1,2}\s+(?i:seconds?|minutes?))?))\s*,?\s+(?i:the|this|our|it|performance|we)\b
match: At 92.3% the measure exceeded its target of 90% by 2.3 percentage points. => value=92.3%
match: Sickness is high. At 10.4 days, performance remains above target. => value=10.4 days | unit=days
no-match: the meeting at 10% of the

pattern gap.amount_points_short
produces: target
description: "against the service target of 90%, 6.4 percentage points short": a gap in points after the target, with no target word after it.
regex: ,\s*(?P<gap>{NUM}){POINTS}\s+(?P<side>(?i:short|below|under|above|over|ahead|behind))(?:\s+of\s+(?:the\s+)?(?i:target|standard))?(?:[.;,)]|$)
match: against the service target of 90%, 6.4 percentage points short. => gap=6.4 | side=short
no-match: 6.4 percentage points short of what was hoped

pattern general.by_to
produces: value
description: "Total recorded crime fell by 4.2% to 51,372 offences": the change, then the level it reached.
regex: (?i:fell|rose|increased|decreased|dropped|grew|reduced|declined|went\s+up|went\s+down|improved|climbed)\s+by\s+{NUM}(?:\s?%)?(?:\s+(?i:percentage\s+points?|points?))?\s+to\s+(?P<value>{NONYEAR}(?:\s?%|\s+(?P<unit>{UNITWORD}))?)(?:[\s,.;)]|$)
match: Total recorded crime fell by 4.2% to 51,372 offences in the nine months => value=51,372
match: Satisfaction rose by 3 points to 84% => value=84%
no-match: the budget rose by 4% to £51m

pattern general.verb_count
produces: value
description: "Officers dealt with 14,208 reported incidents", "Crews completed 6,940 Safe and Well visits": a count of work done, its verb first. Verbs of demand ("received 1,318 new claims") are left out: such counts mostly explain a measure.
regex: \b(?i:dealt\s+with|handled|responded\s+to|completed|carried\s+out|delivered|processed|answered|attended|resolved|inspected|repaired|removed|collected|rehoused|housed|supported|helped|assisted|vaccinated|screened|treated|trained|recruited|registered|issued|determined|installed|planted)\s+(?P<value>{NONYEAR})\s+(?:[a-z][\w'-]*|[A-Z][\w'-]*\s+(?:and\s+)?[A-Z][\w'-]*)(?:\s+[A-Za-z][\w'-]*){0,5}?(?:[\s,.;)]|$)
match: Officers and staff dealt with 14,208 reported incidents of anti-social behaviour over the period => value=14,208
match: Crews and prevention advocates completed 6,940 Safe and Well visits => value=6,940
no-match: completed 2024 works

pattern general.guard_verb_count_of_papers
produces: value
description: Guard, not a value: "received 58 representations", "made 3 recommendations", "considered 12 amendments": counts of papers and comments, not of work done.
regex: \b(?i:received|made|considered|agreed|approved|submitted|issued|recorded)\s+{NONYEAR}\s+(?:[\w-]+\s+){0,2}?(?i:responses|representations|comments|questions|recommendations|amendments|motions|petitions|submissions|objections|nominations|bids|reports|papers|decisions)\b[^.;]*(?:[.;]|$)
match: The council received 58 representations during the consultation.
no-match: Officers dealt with 14,208 reported incidents

pattern general.performance_label_count
produces: value
description: "Performance: 112 | Target: 180": a labelled performance figure that is a count.
regex: \b(?i:performance|outturn|actual|result|current\s+performance|latest|position|achieved)\s*:\s*(?P<value>{NONYEAR}(?:\s?%|\s+(?P<unit>{UNITWORD}))?)(?:\s*[|;,)]|\s*$|\s+[a-z(])
match: Affordable homes delivered (year to date) Performance: 112 | Target: 180 | Trend => value=112
no-match: Performance: 2024/25

pattern general.measure_in_brackets
produces: value
description: "staff turnover (12.8%)", "sickness absence (4.1%)": a measure named by a word that only measures use, its level in brackets after it. "The proportion of ... (47.3%)" is left out: budgets write shares of money that way.
regex: (?i:\b(?:turnover|absence|sickness|satisfaction|attendance|vacancy\s+rate|vacancies|collection(?:\s+rate)?|recycling(?:\s+rate)?|occupancy|uptake|coverage|compliance|completion\s+rate|response\s+rate))\s*\(\s*(?P<value>{PCT})\s*\)
match: staff turnover (12.8%) and agency spend as a share of the pay bill (6.1 %). => value=12.8%
no-match: the proportion of core funded spending growth (47.3%)
no-match: turnover (see below)

pattern general.rate_of
produces: value
description: "a response rate of 45 %", "a collection rate of 97.2%": a named rate stated with "of".
regex: \b(?i:response|satisfaction|collection|recycling|attendance|vacancy|turnover|absence|sickness|occupancy|completion|success|pass|uptake|coverage|compliance|achievement|employment|conversion|return|participation|engagement)\s+rate\s+(?:of|was|is|stood\s+at|at)\s+(?P<value>{PCT})
match: The staff survey closed on 27 September with a response rate of 45 %, down from 52 % in 2023 => value=45 %
no-match: an interest rate of 5%

pattern general.labelled_count_target
produces: value
description: "Visits to council leisure centres: 312,460 (target 295,000)", "Tree planting: 14,500 trees planted against a target of 12,000": a labelled count followed by its target or an earlier figure it is set against.
regex: (?:[A-Za-z)]|\d{1,3},\d{3})\s*:\s*(?P<value>{NONYEAR})(?:\s*\(\s*(?i:target|standard|goal)\b|(?:\s+[a-z]+){0,3}?,?\s+(?i:against|compared\s+(?:with|to))\s+(?:(?i:a|an|the|our)\s+)?(?:[\w-]+\s+){0,2}?(?:(?i:target|standard|goal|profile|plan)\b|{NONYEAR}\s+(?i:in|at|for)\b))
match: Tree planting: 14,500 trees planted against a target of 12,000. => value=14,500
match: Ambulance handover delays over 60 minutes: 214, compared with 301 in the same month last year. => value=214
match: Missed bin collections per 100,000: 52 (target 60). => value=52
match: Visits to council leisure centres: 312,460 (target 295,000) - Green => value=312,460
no-match: Visits: 312,460 in total

pattern general.of_group_share
produces: value
description: "Of young people who left Year 11 in summer 2023, 1.9% were not in education": the group first, then the share of it.
regex: (?:^|[.;]\s+)(?i:of)\s+(?:the\s+|those\s+|these\s+|all\s+)?[a-z][^,.;%£]{3,80},\s*(?P<value>{PCT})\s+(?i:were|was|had|have|are|received|achieved|met|reached|remained)\b
match: Of young people who left Year 11 in summer 2023, 1.9% were not in education, employment or training => value=1.9%
no-match: Of the 12 measures, 7 are on target

pattern general.guard_share_of_respondents
produces: value
description: Guard, not a value: "Of the consultees responding, 2% were from Swale": shares of a consultation's or survey's respondents describe who answered, not a measure (a survey's result is read with its verdict, see prose.respondents_verdict).
regex: (?:^|[.;]\s+)(?i:of)\s+(?:the\s+|those\s+|these\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?i:respondents|consultees|responses|those\s+who\s+responded|people\s+who\s+responded|participants)\b[^,.;%]{0,40},\s*{PCT}[^.;]*(?:[.;]|$)
match: Of the consultees responding, 2% were from Swale.
no-match: Of young people who left Year 11 in summer 2023, 1.9% were not in education

pattern gap.shortfall_against_figure
produces: target
description: "a shortfall of 11.7 percentage points against the 85% target": a gap named as a shortfall or surplus, then the target with its figure first.
regex: \b(?:a|an)\s+(?P<side>(?i:shortfall|gap|surplus|overachievement|underachievement))\s+of\s+(?P<gap>{NUM})(?:{POINTS}|\s(?i:days?|weeks?))?\s+(?i:against|on|from|to|compared\s+with)\s+(?:(?:the|a|its|our)\s+)?(?P<target>{NONYEAR}(?:\s?%)?)\s+(?:(?i:annual|quarterly|monthly|profiled|local|national|statutory)\s+)?(?i:target|standard)\b
match: On-call fire engines were available for 72.3% of the time, a shortfall of 11.7 percentage points against the 85% target. => side=shortfall | gap=11.7 | target=85%
no-match: a shortfall of staff

pattern gap.shortfall_against_target
produces: target
description: "a shortfall of 2 against the target of 40": a gap named as a shortfall or surplus, then the target word and its figure.
regex: \b(?:a|an)\s+(?P<side>(?i:shortfall|gap|surplus|overachievement|underachievement))\s+of\s+(?P<gap>{NUM})(?:{POINTS}|\s(?i:days?|weeks?))?\s+(?i:against|on|from|to|compared\s+with)\s+(?:(?:the|a|its|our)\s+)?(?:(?i:annual|quarterly|monthly|profiled|local|national|statutory)\s+)?(?i:target|standard)\s+(?:of\s+)?(?P<target>{NONYEAR}(?:\s?%)?)
match: a shortfall of 2 against the target of 40 => side=shortfall | gap=2 | target=40
no-match: a shortfall of staff against the target

pattern general.share_of_time
produces: value
description: "On-call fire engines were available for 72.3% of the time", "met in 91% of cases": a level stated as a share of the time or of the cases.
regex: \b(?i:for|in|on)\s+(?P<value>{PCT})\s+of\s+(?:the\s+|all\s+)?(?i:time|occasions|cases|calls|incidents|shifts|journeys|attendances)\b
match: On-call fire engines were available for 72.3% of the time, a shortfall => value=72.3%
no-match: for 72.3% of the budget

pattern general.count_against_target
produces: value
description: "Performance for the quarter was 2,314 against a target of 2,500", "stands at 132 against an annual target of 250": a count after a level verb, known for a level by the target it is set against.
regex: \b{LEVELVERB}\s+{LEVELFILL}(?P<value>{NONYEAR})(?:\s+[a-z]+){0,3}?(?:\s+(?i:at\s+the\s+end\s+of|by\s+the\s+end\s+of|in|at|by|for)\s+(?:the\s+)?(?:{MONTH}|[a-z]+)(?:\s+(?:19|20)\d\d)?)?,?\s+(?i:against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?i:a|an|the|our|its)\s+)?(?:[\w-]+\s+){0,2}?(?i:target|profile|plan|trajectory|standard)\b
match: Enrolment reached 3,872 children at the end of March against a target of 3,600 => value=3,872
match: Performance for the quarter was 2,314 against a target of 2,500. => value=2,314
match: Delivery of affordable homes stands at 132 against an annual target of 250. => value=132
match: The figure for the year to date is 412, against a profile of 390. => value=412
no-match: The budget was 2024 against a target

pattern general.totalled
produces: value
description: "Attendance at the leisure centres totalled 184,000 visits in Q3": a count stated as a total.
regex: \b(?i:totalled|totaled|totals|numbered)\s+(?P<value>{NONYEAR})(?:\s+[a-z][\w'-]*)?(?:[\s,.;)]|$)
match: Attendance at the leisure centres totalled 184,000 visits in Q3. => value=184,000
no-match: totalled £4.2m

pattern general.there_are_currently
produces: value
description: "There are currently 24 children subject to a child protection plan": a count stated as the position now.
regex: (?i:there\s+(?:are|is)\s+(?:currently|now|presently)\s+)(?P<value>{NONYEAR})\s+[a-z]
match: There are currently 24 children subject to a child protection plan for a second or subsequent time. => value=24
no-match: There are currently no vacancies
