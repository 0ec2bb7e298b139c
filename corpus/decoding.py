"""Bytes to text: UTF-8 (with or without a byte-order mark), UTF-16 with or without one, and
for anything else one line naming the likely legacy code page."""
from __future__ import annotations

import regex

from govfacts.extraction.text import CONTROL_RE

UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode(data: bytes) -> tuple[str | None, str]:
    """UTF-8 (with or without BOM) or UTF-16 (with a BOM, or without one when the zero bytes
    say so); anything else is refused with a reason naming the likely encoding."""
    if not data.strip():
        return None, "empty file"
    if data[:2] in UTF16_BOMS:
        try:
            return data.decode("utf-16"), "UTF-16 text, decoded (store files as UTF-8 to silence this)"
        except UnicodeDecodeError:
            return None, "not valid UTF-16 despite its byte-order mark"
    if b"\x00" in data[:4096]:
        order = _utf16_order(data)
        if order:
            return data.decode(f"utf-16-{order}"), (f"UTF-16 text without a byte-order mark ({order.upper()}), "
                                                    "decoded (store files as UTF-8 to silence this)")
        return None, "binary file, not text"
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 text (invalid byte at offset {exc.start}){legacy_hint(data)}"


def _utf16_order(data: bytes) -> str | None:
    """"le" or "be" when ``data`` reads as UTF-16 text without a BOM: zero bytes on one side of
    the pairs only (ASCII letters, digits and spaces), and no control character once decoded."""
    head = data[:4096]
    if len(data) % 2 or len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    for order, highs, lows in (("le", odd, even), ("be", even, odd)):
        if lows.count(0) == 0 and highs.count(0) >= len(highs) * 0.3:
            try:
                text = data.decode(f"utf-16-{order}")
            except UnicodeDecodeError:
                return None
            return order if not CONTROL_RE.search(text) else None
    return None


# Letters only Vietnamese has, and the combining tones Windows-1258 writes after a letter.
_VIETNAMESE = regex.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]")


def legacy_hint(data: bytes) -> str:
    """Which legacy code page the bytes look like, with the command that converts them."""
    for codec, name, looks in (("cp1258", "WINDOWS-1258", True), ("cp1252", "WINDOWS-1252", False)):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if bool(_VIETNAMESE.search(text)) == looks:
            return f"; it looks like {name.title()}: convert it with iconv -f {name} -t UTF-8"
    return ""
