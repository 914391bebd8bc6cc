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
# The base of a population rate.
define RATEBASE = (?:10,000|ten\s+thousand|100,000|hundred\s+thousand|1,000|thousand)\b
# Units a non-percentage value is measured in.
define UNITWORD = (?:(?:working|calendar|school)\s+days?|days?|weeks?|months?|hours?|minutes?|seconds?|per\s+{RATEBASE}|per\s+(?:day|week|month|year|annum)|kg(?:\s+per\s+(?:household|head|person|resident))?|kilograms?|tonnes)
# A number that is not a bare year: "2,841", "312", "9.2", but not "2024".
define NONYEAR = (?:\d{1,3}(?:,\d{3})+|\d{1,3}|(?:1[0-8]|2[1-9]|[3-9]\d)\d\d|\d{5,})(?:\.\d+)?
# Words that bound a target: "Target: less than 10%".
define BOUNDWORD = (?i:less\s+than|fewer\s+than|no\s+more\s+than|no\s+less\s+than|more\s+than|at\s+least|at\s+most|below|under|above|over|up\s+to|within)
# The unit of a gap in points: "2.1 percentage points", "2.7pp", "1.6 points", "3%".
define POINTS = (?:\s*%|\s?(?i:pp)\b|\s(?i:percentage\s+points?|points?))
# A survey estimate's confidence interval after its share: "78.2% (±2.9%)".
define INTERVAL = (?:\s*\(\s*(?:\x{00B1}|\+/-)\s*{NUM}\s*%?\s*\))
