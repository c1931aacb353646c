"""Templates → text. StrictUndefined: a missing variable fails in tests, never in a parent's inbox."""
from __future__ import annotations

from pathlib import Path

import jinja2

from .errors import TemplateError


def default_templates_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "templates"


def one_line(value: str) -> str:
    """Header-safe: no CR/LF or other control characters can reach an outgoing header."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in str(value)).split())


class Renderer:
    """Each template starts with a 'Subject: …' line, a blank line, then the body."""

    def __init__(self, templates_dir: Path | None = None):
        self.dir = Path(templates_dir or default_templates_dir())
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(self.dir)), undefined=jinja2.StrictUndefined,
            autoescape=False, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
        self.env.filters["one_line"] = one_line

    def exists(self, name: str) -> bool:
        return (self.dir / f"{name}.txt.j2").is_file()

    def names(self) -> list[str]:
        return sorted(str(p.relative_to(self.dir))[: -len(".txt.j2")] for p in self.dir.glob("*/*.txt.j2"))

    def render(self, name: str, **context) -> tuple[str, str]:
        try:
            text = self.env.get_template(f"{name}.txt.j2").render(**context)
        except jinja2.TemplateNotFound:
            raise TemplateError(f"template {name!r} not found in {self.dir}/; add {name}.txt.j2") from None
        except jinja2.TemplateError as exc:   # UndefinedError (StrictUndefined) and syntax errors
            raise TemplateError(f"template {name!r}: {exc}") from exc
        head, _, body = text.lstrip("\n").partition("\n")
        if not head.startswith("Subject:"):
            raise TemplateError(f"template {name!r} must start with a 'Subject: …' line")
        return one_line(head[len("Subject:"):]), body.strip("\n") + "\n"
