# Statements of a value against its target, and targets on their own.

pattern gap.value_side_target
produces: value
description: "33.1% (54 / 163), off target (60%) by 26.9", "91.7% (33/36), above target (90%) by 1.7": value, optional parts, side, target and the stated gap.
regex: (?P<value>{PCT})(?:\s*\(\s*(?P<numerator>{NUM})\s*(?:/|out of)\s*(?P<denominator>{NUM})\s*\))?,?\s+(?:but\s+)?(?P<side>off|below|above|short of|under|over)\s+(?:the\s+)?target\s*\(\s*(?P<target>{PCT})\s*\)(?:\s+by\s+(?P<gap>{NUM}))?
match: stands at 33.1% (54 / 163), off target (60%) by 26.9. => value=33.1% | numerator=54 | denominator=163 | side=off | target=60% | gap=26.9
match: an actual year-to-date of 33.1%, below target (60%) by 26.9 => value=33.1% | side=below | target=60% | gap=26.9
match: 87.2% (82 / 94), short of target (87.5%) but within tolerance => side=short of | target=87.5%
match: 91.7% (33/36), above target (90%) by 1.7. => side=above | gap=1.7
no-match: 33.1% of carers, which is below target

pattern gap.side_target_value
produces: value
description: "remained above the England target (37.85%) at 38.31%": the comparison first, the value after.
regex: (?P<side>above|below|under|over)\s+the\s+(?:(?P<benchmark_label>England|national|regional|statistical neighbour|London|Wales|Scotland)\s+)?(?:target|average)\s*\(\s*(?P<target>{PCT})\s*\)\s+at\s+(?P<value>{PCT})
match: local performance has remained above the England target (37.85%) at 38.31%. => side=above | benchmark_label=England | target=37.85% | value=38.31%
no-match: above the England target (37.85%) in March

pattern target.of
produces: target
description: "the target of 85%", "against a target of 4%", "England target of 34.25%".
regex: (?i:(?:(?P<benchmark_label>England|national|regional)\s+)?target)\s+(?:of|is|was|at)\s+(?P<target>{PCT})
match: remains below the target of 85% though => target=85%
match: reached 8.8% against a target of 4%. => target=4%
match: against the England target of 34.25%. => benchmark_label=England | target=34.25%
no-match: the target was met

pattern target.changed_to
produces: target
description: "The target has been increased to 85% in 2020/21": a revised target, which is the one in force.
regex: (?i:target)\s+(?:(?:has|have|had|is)\s+(?:\w+\s+)?been|was|is\s+being|being)\s+(?:increased|raised|reduced|lowered|changed|updated|revised|set)(?:\s+in\s+{YEAR})?\s+to\s+(?P<target>{PCT})
match: The target has been increased to 85% in 2020/21 from 80%. => target=85%
match: has led to the target being raised in 2020/21 to 85%. => target=85%
match: the 2020/21 target has therefore been updated to 90% to allow => target=90%
no-match: the target has been met

pattern target.labelled
produces: target
description: A form field: "Quarterly Target: 25%", "Annual target: 36".
regex: (?i:(?:quarterly|annual|monthly|year[- ]end|yearly)\s+)?(?i:target)\s*:\s*(?:{BOUNDWORD}\s+)?(?P<target>{NUM}(?:\s?%|\s+{UNITWORD})?)
match: Quarterly Target: 25% => target=25%
match: Quarterly Target: 36 => target=36
match: Target: 9.5 days | Trend => target=9.5 days
no-match: Target 85%

pattern target.named_list
produces: target
description: "annual targets of 3.1% NEET and 2.8% Not Known": targets listed with the measures they belong to; each goes to the indicator whose statement names that measure, or nowhere.
regex: (?:\btargets?\s+of\s+|\band\s+)(?P<target>{PCT})\s+(?:for\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})
match: we have successfully achieved our annual targets of 3.1% NEET and 2.8% Not Known. => target=3.1% | name=NEET
match: and 2.8% Not Known. => target=2.8% | name=Not Known
match: targets of 95% for Timeliness and 90% for Quality => target=95% | name=Timeliness
no-match: targets of 3.1% were met

pattern target.named_limit
produces: target
description: "average caseloads exceeding the upper limit of 22 cases per worker": a limit named for its measure, which goes to the indicator whose statement names that measure, even when it is stated later.
regex: (?P<name>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+(?i:exceeding|exceeded|exceeds?|above|over|within|below|under|breaching|breached)\s+the\s+(?i:(?:agreed|upper|lower|maximum|minimum|set|recommended)\s+)?(?i:limit|maximum|threshold|ceiling|cap)\s+of\s+(?P<target>{NUM}%?)
match: with average caseloads exceeding the upper limit of 22 cases per worker => name=average caseloads | target=22
match: waiting times within the agreed maximum of 18 weeks => name=waiting times | target=18
no-match: exceeding the upper limit
