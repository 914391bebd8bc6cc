# Percentages stated with their numerator and denominator.

pattern ratio.percent_with_parts
produces: value
description: "82.9% (819 / 988)", "8.3% (7 out of 84)": the share followed by its parts in brackets.
regex: (?P<value>{PCT})\s*\(\s*(?P<numerator>{NUM})\s*(?:/|out of|of)\s*(?P<denominator>{NUM})(?:\s+[A-Za-z][\w'-]*){0,4}\s*\)
match: within tolerance for the measure at 82.9% (819 / 988). => value=82.9% | numerator=819 | denominator=988
match: remains low with 8.3% (7 out of 84) completed => value=8.3% | numerator=7 | denominator=84
match: this measure was at 26.4% (38/144), off target => value=26.4% | numerator=38 | denominator=144
match: stands at 1,234.5% (1,000 / 81) => numerator=1,000
match: was 71.4% (1,216 of 1,703 tenants surveyed) => value=71.4% | numerator=1,216 | denominator=1,703
no-match: up to the 30 July 2020 (2020/21)
no-match: 82.9% in 2019/20

pattern ratio.parts_then_percent
produces: value
description: "7 out of 84 (8.3%)": the parts first, the share in brackets.
regex: (?P<numerator>{COUNT})\s+(?:out of|of)\s+(?P<denominator>{COUNT})\s*\(\s*(?P<value>{PCT})\s*\)
match: only 7 out of 84 (8.3%) were completed => numerator=7 | denominator=84 | value=8.3%
no-match: 7 out of 84 were completed

pattern parts.relates_to
produces: parts
description: The parts of a share stated just before: "6.56%, which relates to 17 completions ... out of 259 clients".
regex: \b(?:relates?|related|relating|equates?|equated|represents?|represented)\s+to\s+(?:only\s+)?(?P<numerator>{COUNT})\b[^.;%]{0,80}?\bout\s+of\s+(?P<denominator>{COUNT})\b
match: local performance stands at 6.56%, which relates to 17 completions without re-presentation out of 259 clients => numerator=17 | denominator=259
match: at 38.31%. This relates to 77 completions without re-presentation out of 201 clients in treatment => numerator=77 | denominator=201
match: January's improvement to 50% relates to only one IHA out of two => numerator=one | denominator=two
match: satisfaction was 91%, which equated to 212 residents out of 233 surveyed => numerator=212 | denominator=233
no-match: 6.56%, which relates to the 17 cases closed last year
