# Claims the reconciler recomputes: changes against an earlier value and
# counts of measures by status.

pattern change.percent_then_values
produces: change
description: "a 51% increase in January of the number of contacts ... (403 compared to 136 in December)": a stated change, then the two values it compares.
regex: (?P<change>{PCT})\s+(?P<direction>(?i:increase|decrease|rise|fall|reduction|drop|growth|decline))\b[^()%]{0,200}?\(\s*(?P<value>{NUM}%?)(?:\s+(?:in|for)\s+(?P<period>{PPERIOD}))?\s+compared\s+(?:to|with)\s+(?P<previous>{NUM}%?)(?:\s+(?:in|for)\s+(?P<previous_period>{PPERIOD}))?\s*\)
match: There was a 51% increase in January of the number of contacts made to Early Help via the First Response, integrated front door and step down panel (403 compared to 136 in December) => change=51% | direction=increase | value=403 | previous=136 | previous_period=December
match: a 12% fall in the number of rough sleepers (29 compared with 33 in Q1 2021/22) => change=12% | direction=fall | value=29 | previous=33
no-match: a 12% fall in rough sleeping since the summer (see table 3)

pattern change.amount_compared_with
produces: change
description: "an increase of 8.1 when compared with Q1 2019/20 (84%)": the change of the value just stated against an earlier period's value.
regex: \b(?P<direction>(?i:increase|decrease|rise|fall|reduction|drop|improvement|deterioration))\s+of\s+(?P<change>{NUM}(?:\s?%)?)(?:\s+(?P<change_unit>percentage\s+points?|pp|points?))?\s+(?:when\s+)?(?:compared\s+(?:with|to)|on|from)\s+(?P<previous_period>{PERIOD})\s*\(\s*(?P<previous>{NUM}%?)
match: 92.1% (129 / 140), an increase of 8.1 when compared with Q1 2019/20 (84%, 353 / 420). => direction=increase | change=8.1 | previous_period=Q1 2019/20 | previous=84%
match: a decrease of 2.5 percentage points on Q3 2022/23 (61.0%) => change=2.5 | change_unit=percentage points | previous=61.0%
no-match: an increase of 8.1 when compared with the national average

pattern change.value_then_change_on_previous
produces: change
description: "This count was 29, a reduction of 25 on the previous count of 54; down 46%": the new value, the change and the earlier value in one sentence.
regex: \b(?:was|is|were|stood\s+at|stands\s+at)\s+(?P<value>{NUM}%?),\s+(?:an?\s+)?(?P<direction>(?i:reduction|increase|decrease|rise|fall|drop))\s+of\s+(?P<change>{NUM}%?)\s+(?:on|from|compared\s+(?:with|to))\s+the\s+previous\s+(?:[\w']+\s+){0,2}?(?:of\s+)?(?P<previous>{NUM}%?)(?:[;,]\s*(?:down|up)\s+(?P<change_relative>{PCT}))?
match: This count was 29, a reduction of 25 on the previous count of 54; down 46%. => value=29 | direction=reduction | change=25 | previous=54 | change_relative=46%
match: The waiting list was 412, an increase of 37 on the previous month's figure of 375. => value=412 | change=37 | previous=375
no-match: This count was 29, a reduction on the previous count

pattern change.difference_with_percent
produces: change
description: "This is a difference of 136 cases (51%) from the previous month": an absolute and a relative change of the value just stated, with the earlier value left to derive.
regex: \b(?i:difference|change|increase|decrease|reduction|rise|fall)\s+of\s+(?P<change>{NUM})\s+(?:[a-z]+\s+)?\(\s*(?P<change_relative>{PCT})\s*\)\s+(?:from|on|compared\s+(?:with|to))\s+the\s+previous\s+(?:month|quarter|year|period)
match: In January there were 403 contacts. This is a difference of 136 cases (51%) from the previous month in December 2016. => change=136 | change_relative=51%
match: an increase of 40 referrals (12%) on the previous quarter => change=40 | change_relative=12%
no-match: a difference of 136 cases from the previous month

pattern change.up_down_points
produces: change
description: "down 2.1 percentage points on Q2", "up 3% on last year": a change of the value just stated against a named earlier period.
regex: \b(?P<direction>(?i:up|down))\s+(?P<change>{NUM}(?:\s?%)?)(?:\s+(?P<change_unit>percentage\s+points?|pp|points?))?\s+(?:on|from|compared\s+(?:with|to))\s+(?P<previous_period>{PERIOD}|last\s+(?:year|month|quarter)|the\s+previous\s+(?:year|month|quarter))
match: performance was 71.3%, down 2.1 percentage points on Q2 => direction=down | change=2.1 | change_unit=percentage points | previous_period=Q2
match: 4,120 visits, up 3% on last year => direction=up | change=3%
no-match: down 2.1 percentage points overall

pattern total.measures_rated
produces: total
description: "the 28 measures that were identified as red or amber": a count of measures by RAG status, recounted from the document's scorecards.
regex: \b(?P<count>{COUNT})\s+(?:other\s+)?(?i:measures|indicators|kpis|performance\s+indicators|targets)\s+(?:that\s+|which\s+)?(?:were|are|have\s+been|had\s+been)\s+(?:identified|rated|reported|classified|assessed|flagged)\s+as\s+(?P<statuses>(?i:red|amber|green|'on\s+track'|on\s+track)(?:\s*(?:,|or|and|/)\s*(?i:red|amber|green|'on\s+track'|on\s+track))*)
match: only shows the 28 measures that were identified as red or amber. => count=28 | statuses=red or amber
match: 44 other measures were identified as green or 'on track'. => count=44 | statuses=green or 'on track'
match: Twelve indicators are rated as Red => count=Twelve | statuses=Red
no-match: 28 measures were identified as priorities

pattern total.breakdown
produces: total
description: "Of the 12 measures reported this quarter, 7 are on target, 3 are slightly below target and 3 are off target": a count of measures and the counts it breaks into, which must add up.
regex: \b(?i:of\s+the|of\s+our|of\s+these|of\s+all\s+(?:the\s+)?)\s+(?P<count>{COUNT})\s+(?:[\w-]+\s+){0,2}?(?i:measures|indicators|kpis|pis|targets|performance\s+indicators|actions|milestones)\b[^,.;:]{0,80}[,:]\s*(?P<parts>{COUNT}\s+(?i:are|were|have|had|is|was)\b[^.;]*)
match: Of the 12 measures reported this quarter, 7 are on target, 3 are slightly below target and 3 are off target. => count=12 | parts=7 are on target, 3 are slightly below target and 3 are off target
match: Of our 40 indicators: 25 are green, 10 are amber and 5 are red. => count=40
no-match: Of the 12 measures reported this quarter, most are on target.

pattern total.breakdown_of_count
produces: total
description: "Of the 214 patients waiting more than 65 weeks, 131 were at A, 58 at B and 25 at C": a count of anything and the counts it breaks into; parts falling short of the whole prove nothing, since a breakdown may leave some out.
regex: \b(?i:of\s+the|of\s+these|of\s+those|of\s+all\s+(?:the\s+)?)\s+(?P<count>{NUM})\s+[a-z][^,.;:%]{0,100}[,:]\s*(?P<parts>{COUNT}\s+(?i:were|was|are|is|had|have|came|went|lived)\b[^.;]*)
match: Of the 214 patients waiting more than 65 weeks at the end of January, 131 were at Lindmoor Teaching Hospitals, 58 at Ousebridge and 25 at Harrowgate. => count=214 | parts=131 were at Lindmoor Teaching Hospitals, 58 at Ousebridge and 25 at Harrowgate
no-match: Of the 214 patients, most were seen

pattern total.comprising
produces: total
description: "reached 1,146 in the first nine months, comprising Arndale 412, Kelby 298, Tarnside 251 and Wrexley 195": a count and the parts it is said to be made of.
regex: (?P<count>\d{1,3}(?:,\d{3})+|\d{2,})\b[^.;%\d]{0,60}?,?\s+(?i:comprising|comprised(?:\s+of)?|made\s+up\s+of|consisting\s+of|consisted\s+of|split\s+between|broken\s+down\s+as)\s+(?P<parts>[^.;]*\d[^.;]*)
match: At 31 December the 63 households in temporary accommodation comprised 38 in hostels, 17 in leased properties and 8 in bed and breakfast => count=63 | parts=38 in hostels, 17 in leased properties and 8 in bed and breakfast
match: The 347 comprised trauma and orthopaedics (164), gynaecology (98), ENT (61) and other specialties (24). => count=347 | parts=trauma and orthopaedics (164), gynaecology (98), ENT (61) and other specialties (24)
match: Homes started reached 1,146 in the first nine months of the year, comprising Arndale 412, Kelby 298, Tarnside 251 and Wrexley 195. => count=1,146 | parts=Arndale 412, Kelby 298, Tarnside 251 and Wrexley 195
no-match: 1,146 homes, comprising several sites

pattern total.this_is_made_up_of
produces: total
description: "There were 412,650 visits... This is made up of 268,400 at X, 97,150 at Y and 47,100 at Z": the parts of the value stated just before.
regex: \b(?i:this|which|these|the\s+total)\s+(?i:is|are|was|were)\s+(?i:made\s+up\s+of|comprised\s+of|split\s+between|broken\s+down\s+as)\s+(?P<parts>[^.;]*\d[^.;]*)
match: This is made up of 268,400 visits at Stourleigh Leisure Centre, 97,150 at Westbury Pool and 47,100 at the Riverside Centre. => parts=268,400 visits at Stourleigh Leisure Centre, 97,150 at Westbury Pool and 47,100 at the Riverside Centre
no-match: This is made up of several parts
