#!/usr/bin/python3
"""Validate outturn JSON output against a JSON Schema.

Usage: validate_schema.py SCHEMA JSON...

Prints "FILE: ok" or one "FILE: PATH: ERROR" line per violation, where PATH
is a JSON pointer into the document ("/indicators/3/value/number").

Exit status: 0 all valid, 1 some file is invalid (including not being JSON
at all, since that is a broken output), 2 usage error, unreadable file or a
schema that is itself invalid.

The shebang names /usr/bin/python3 on purpose: jsonschema comes from the
Debian package python3-jsonschema, which a pyenv or venv python earlier on
PATH would not see.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("validate_schema.py: the jsonschema module is missing "
             "(apt-get install python3-jsonschema)")


def pointer(error):
    # JSON pointer escaping so keys containing "/" or "~" stay unambiguous.
    parts = [str(p).replace("~", "~0").replace("/", "~1")
             for p in error.absolute_path]
    return "/" + "/".join(parts)


def main(argv):
    if len(argv) < 3:
        print("usage: validate_schema.py SCHEMA JSON...", file=sys.stderr)
        return 2

    try:
        with open(argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        # The schema's own "$schema" picks the draft, so the tool keeps
        # working if the schema file moves to another draft.
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as e:
        print(f"{argv[1]}: bad schema: {e}", file=sys.stderr)
        return 2
    validator = cls(schema)

    status = 0
    for name in argv[2:]:
        try:
            with open(name, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            print(f"{name}: cannot read: {e.strerror}", file=sys.stderr)
            status = 2
            continue
        try:
            doc = json.loads(text)
        except ValueError as e:
            print(f"{name}: /: not valid JSON: {e}")
            status = max(status, 1)
            continue

        # Sorted by location (array indices numerically) so repeated runs
        # diff cleanly.
        errors = sorted(validator.iter_errors(doc),
                        key=lambda e: [(isinstance(p, str), p)
                                       for p in e.absolute_path])
        if not errors:
            print(f"{name}: ok")
            continue
        status = max(status, 1)
        for e in errors:
            print(f"{name}: {pointer(e)}: {e.message}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
