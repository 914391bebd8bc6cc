# Labelled fields of one-page indicator forms (exception reports, scorecards).

pattern name.indicator_description
produces: name
description: "Indicator Description:" starts a form; the name follows, in the same cell or the next.
regex: (?i:indicator\s+(?:description|name|title))\s*:\s*(?P<name>.*)
match: Indicator Description: => name=
match: Indicator Description: Social care: % of repeat referrals => name=Social care: % of repeat referrals
no-match: a description of the indicator

pattern polarity.good_performance_is
produces: polarity
description: "Good performance is: Low", "Higher is better".
regex: (?i:good\s+performance\s+is)\s*:?\s*(?P<polarity>(?i:high|low|higher|lower))\b
match: Good performance is: Low => polarity=Low
match: Good performance is: High Reason for level of performance: => polarity=High
no-match: Good performance is essential

pattern polarity.is_better
produces: polarity
description: "lower is better", "Higher is better".
regex: \b(?P<polarity>(?i:higher|lower|smaller|bigger))\s+(?i:is\s+better)
match: lower is better => polarity=lower
no-match: lower is worse
