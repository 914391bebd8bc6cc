# Shared fragments. A regex elsewhere writes {NAME} and gets this text as a
# non-capturing group. Files load in name order, so fragments come first.

# A number as printed: thousands commas, optional decimals ("4,469", "82.9").
define NUM = (?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?
# A percentage; some producers put a space before the sign.
define PCT = {NUM}\s?%
# Small counts are often spelled out ("one IHA out of two", "nine adoptions").
define WORDNUM = (?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)
define COUNT = (?:{NUM}|{WORDNUM})
define MONTH = (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)
# Reporting periods: "Q1", "Q1 2019/20", "2021/22 Q2", "December 2019", "2015/16".
define YEAR = (?:(?:19|20)\d\d(?:[/-](?:\d\d|(?:19|20)\d\d))?)
define PERIOD = (?:Q[1-4](?:\s+{YEAR})?|{YEAR}\s+Q[1-4]|{MONTH}\s+(?:19|20)\d\d|{YEAR})
