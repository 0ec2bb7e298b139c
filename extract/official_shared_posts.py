"""Posts written once for several people elected together: a body named after the last of
two parallel posts ("bầu ông A giữ chức Chủ tịch và bà B giữ chức Phó Chủ tịch Hội …"), and
posts given respectively ("ông A và bà B lần lượt giữ chức Chủ tịch, Phó Chủ tịch HĐND xã")."""
from __future__ import annotations

import regex

from .official_mentions import Mention, Role
from .official_parser import RoleParser
from .official_patterns import official_rules


def share_parallel_body(parser: RoleParser, mentions: list[Mention]) -> None:
    """Rule ``parallel_posts_share_body``: "bầu ông A giữ chức Chủ tịch và bà B giữ chức Phó
    Chủ tịch Công đoàn ngành Y tế" → A's bare post is of the body B's names."""
    rule = official_rules().rule("parallel_posts_share_body")
    ordered = sorted(mentions, key=lambda m: m.start)
    for m, nxt in zip(ordered, ordered[1:]):
        bare = [r for r in m.roles if not r.org and "appointment" in m.rule and r.end <= nxt.start]
        named = [r for r in nxt.roles if r.org and r.start >= nxt.end]
        if not bare or not named or not rule.regex.search(parser.norm[bare[-1].end:nxt.start]):
            continue
        r, body = bare[-1], named[0]
        if _post_family(r.title) == _post_family(body.title):
            _take_body(r, body, "parallel_posts_share_body")


def respective_posts(parser: RoleParser, mentions: list[Mention]) -> None:
    """Rule ``respective_posts``: names written together, then "lần lượt" and as many posts,
    the body written once after the last: each name its own post, in order ("ông A và bà B lần
    lượt giữ chức Chủ tịch, Phó Chủ tịch HĐND xã" → A chủ tịch, B phó chủ tịch, both of the
    council). A count that does not match gives nobody anything."""
    rule = official_rules().rule("respective_posts")
    for g in {m.group for m in mentions if m.group >= 0}:
        members = sorted((m for m in mentions if m.group == g), key=lambda m: m.start)
        if any(m.roles for m in members):
            continue
        lead = rule.regex.match(parser.norm, members[-1].span_end)
        if not lead:
            continue
        posts, end = parser.roles_listed(lead.end(), _LIST_JOINT, limit=6)
        if len(posts) != len(members) or not posts[-1].org:
            continue
        for member, post in zip(members, posts):
            if not post.org:
                _take_body(post, posts[-1], "respective_posts")
            post.rule = post.rule or "respective_posts"
            member.roles = [post]
            member.span_end = max(member.span_end, end)


_LIST_JOINT = regex.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)")


def _take_body(r: Role, body: Role, rule: str) -> None:
    r.org, r.org_kind, r.level, r.place = body.org, body.org_kind, body.level, body.place
    r.rule = r.rule or rule


def _post_family(title: str) -> str:
    """A post and its deputy are one family: "phó chủ tịch" → "chủ tịch"."""
    return title.removeprefix("phó ").removesuffix(" thường trực")
