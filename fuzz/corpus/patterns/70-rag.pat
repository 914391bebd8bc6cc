# How a report says it rates RAG. Without such a statement outturn does not
# judge a RAG status (the verdict is unverifiable), because councils differ.

pattern rag_rule.key
produces: rag_rule
description: A RAG key: "GREEN target achieved", "AMBER floor achieved but target not met", "Red - outside tolerance".
regex: \b(?P<rag>(?i:red|amber|green))\b\s*(?:[:=(-]\s*)?(?P<rule>(?i:(?:on\s+)?target\s+(?:has\s+been\s+)?(?:met|achieved|reached|exceeded)|on\s+target|(?:floor|minimum)\s+(?:standard\s+)?achieved\s+but\s+target\s+not\s+(?:met|achieved)|(?:floor|minimum)\s+(?:standard\s+)?not\s+(?:met|achieved)|(?:within|inside)\s+(?:the\s+)?tolerance|(?:outside|beyond|not\s+within)\s+(?:the\s+)?tolerance))
match: GREEN target achieved, AMBER floor achieved but target not met, RED floor not achieved => rag=GREEN | rule=target achieved
match: Key: Green - on target; Amber - within tolerance; Red - outside tolerance => rag=Green | rule=on target
match: AMBER floor achieved but target not met => rag=AMBER | rule=floor achieved but target not met
match: Red: outside tolerance => rag=Red | rule=outside tolerance
no-match: the green target was met in March
no-match: Red (Needs improvement)

pattern rag_rule.permissible_variance
produces: rag_rule
description: "the tolerance thresholds narrowed to a permissible variance of 5 from the target": the width of the amber band.
regex: (?i:permissible\s+variance|tolerance(?:\s+threshold)?)\s+of\s+(?P<tolerance>{NUM}(?:\s?%)?)\s+(?:(?:percentage\s+)?points?\s+)?(?:from|of|around|either\s+side\s+of)\s+(?:the\s+)?target
match: the tolerance thresholds narrowed to a permissible variance of 5 from the target => tolerance=5
match: a tolerance of 2.5 percentage points from the target => tolerance=2.5
no-match: a permissible variance of opinion
