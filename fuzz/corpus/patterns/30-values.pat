# A value stated in prose for a reporting period.

pattern value.period_is
produces: value
description: "The total volume of permanent admissions to care in Q1 is 52": a measure in a named period, then its value.
regex: \b(?:in|for|during)\s+(?P<period>{PERIOD})\s+(?:is|was|stands\s+at|stood\s+at|were)\s+(?P<value>{NUM}(?:\s?%)?)
match: The total volume of permanent admissions to care in Q1 is 52, fractionally lower => period=Q1 | value=52
match: performance for Q1 stands at 91.7% (33/36) => value=91.7%
no-match: in Q1 it was noted

pattern value.stands_at
produces: value
description: "performance stands at 6.56%", "stood at 45%": the current level of a percentage measure.
regex: \b(?:stands|stood|remains|remained|was|is)\s+at\s+(?P<value>{PCT})
match: local performance stands at 6.56%, which relates => value=6.56%
no-match: stands at the top

pattern value.close_of_period
produces: value
description: "at the close of Q1 47.19% of treatment completions were successful".
regex: \b(?i:at\s+the\s+(?:close|end)\s+of)\s+(?P<period>{PERIOD}),?\s+(?P<value>{PCT})
match: at the close of Q1 47.19% of treatment completions were successful => period=Q1 | value=47.19%
no-match: at the close of Q1 performance stands at 45.6%

pattern value.labelled_outturn
produces: value
description: A form field: "2021/22 Q2 outturn: 39%", "Q3 actual: 54".
regex: (?P<period>{PERIOD})\s+(?i:outturn|actual|performance|result|position)\s*:\s*(?P<value>{NUM}%?)
match: 2021/22 Q2 outturn: 39% => period=2021/22 Q2 | value=39%
match: 2021-22 Q2 outturn: 54 => period=2021-22 Q2 | value=54
no-match: Q2 outturn was poor

pattern previous.compared_with
produces: previous
description: "compared with Q1 2019/20 (84%, 353 / 420)", "lower than Q1 2019/20 (56)": an earlier value with its period.
regex: (?:compared\s+(?:with|to)|than|from|on)\s+(?P<previous_period>{PERIOD})\s*\(\s*(?P<previous>{NUM}%?)(?:,\s*(?P<numerator>{NUM})\s*/\s*(?P<denominator>{NUM}))?\s*\)
match: an increase of 8.1 when compared with Q1 2019/20 (84%, 353 / 420). => previous_period=Q1 2019/20 | previous=84% | numerator=353 | denominator=420
match: fractionally lower than Q1 2019/20 (56). => previous=56
no-match: compared with Q1 2019/20 levels

pattern previous.since
produces: previous
description: "a consistent upward trend in performance since December 2019 (80.1%)".
regex: \bsince\s+(?P<previous_period>{MONTH}\s+(?:19|20)\d\d)\s*\(\s*(?P<previous>{PCT})\s*\)
match: upward trend in performance since December 2019 (80.1%), reflective => previous_period=December 2019 | previous=80.1%
no-match: since December 2019 (see above)
