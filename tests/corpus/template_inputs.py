"""Templates: unknown keys, wrong types, aliases, nesting, sizes, margins and font files."""

from corpus import TEMPLATES, expect, write


def write_all():
    """Writes the template inputs."""
    # ---- Templates --------------------------------------------------------------------------------------------------

    SECTIONS = "sections:\n  - cover: { key-figures: true }\n"


    def template(name, text, **outcome):
        expect(write(TEMPLATES, name, text), command="template", **outcome)


    template("unknown-keys.yaml", "colours:\n  accent: '#000000'\n" + SECTIONS, exit=1, code="TPL002", where=":1:1",
             message="unknown key 'colours'")
    template("wrong-types.yaml", "page-budget: lots\ntable-of-contents: maybe\n" + SECTIONS, exit=1, code="TPL003",
             where=":1:14", message="expected a whole number")
    template("many-unknown-keys.yaml", "".join(f"key{i}: 1\n" for i in range(500)) + SECTIONS, exit=1, code="TPL002",
             message="300 more TPL002 errors")
    aliases = "base: &s { cover: { key-figures: true } }\nsections:\n" + "  - *s\n" * 1001
    template("alias-bomb.yaml", aliases, exit=1, code="TPL007", message="--limit yaml-aliases=N")
    laughs = ["a: &a [x, x, x, x, x, x, x, x, x]"] + [
        f"{chr(97 + i)}: &{chr(97 + i)} [" + ", ".join([f"*{chr(96 + i)}"] * 9) + "]" for i in range(1, 9)]
    template("billion-laughs.yaml", "\n".join(laughs) + "\n" + SECTIONS, exit=1, code="TPL002", message="unknown key 'i'")
    template("nested-100000.yaml", SECTIONS + "x: " + "[" * 100_000 + "]" * 100_000 + "\n", exit=1, code="TPL007",
             where=":3:35", message="--limit yaml-depth=N")
    template("too-large.yaml", "description: " + "x" * 2000 + "\n" + SECTIONS, exit=1, code="TPL007",
             message="--limit template-bytes=N", args="--limit template-bytes=1000")
    template("margins-wider-than-page.yaml", "page:\n  margins: 400mm\n" + SECTIONS, exit=1, code="TPL003", where=":2:12",
             message="the margins leave 0 by 0 pt")
    template("margins-leave-no-room.yaml", "page:\n  margins: { left: 100mm, right: 100mm }\n" + SECTIONS, exit=1,
             code="TPL003", message="a brief needs at least 72 pt")
    write(TEMPLATES, "not-a-font.ttf", "This is text, not a font.\n")
    template("missing-font.yaml", "fonts:\n  files: [no-such-font.ttf]\n" + SECTIONS, exit=1, code="TPL003",
             where=":2:11", message="no such file")
    template("not-a-font.yaml", "fonts:\n  files: [not-a-font.ttf]\n" + SECTIONS, exit=1, code="TPL003",
             message="not a TrueType or OpenType font")
    template("font-outside-repository.yaml", "fonts:\n  files: [" + "../" * 24 + "etc/passwd]\n" + SECTIONS,
             exit=1, code="TPL003", message="not a TrueType or OpenType font")
    template("font-is-a-folder.yaml", "fonts:\n  files: [.]\n" + SECTIONS, exit=1, code="TPL003", message="a folder")
