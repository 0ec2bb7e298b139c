"""Stored text on a terminal: control characters are shown escaped, never obeyed.

Text read since the input cleaning (extract/text.py ``clean_text``) holds none, but a store
written before it, a file name or a typed query may: an escape code would set the window
title, clear the screen or hide the text that follows; a carriage return or a bidi override
would make a line say something else than it holds.
"""
from __future__ import annotations

import regex

_UNSAFE = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def shown(text: str) -> str:
    """``text`` with each control character written as ``\\u001b`` (valid in JSON too)."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def echo(message: object = "", **kwargs) -> None:
    """``click.echo`` of a line shown safely."""
    import click

    click.echo(shown(str(message)), **kwargs)
