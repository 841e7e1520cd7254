"""Indicators of compromise in what a victim writes: finding, normalising, validating and defanging them."""

# Pure: nothing of ours, no network, no storage; it reads only the data files bundled with iocsearcher and
# publicsuffixlist, once. How the extractor was chosen, what counts as an indicator and what is
# left out: docs/indicators.md.

from __future__ import annotations

import contextlib
import ipaddress
import logging
import re
import sys
import types
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import base58
import bech32m
import phonenumbers
from eth_hash.auto import keccak
from publicsuffixlist import PublicSuffixList
from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError


class _DeferredPubkey:
    """Stands in for solders.pubkey.Pubkey in iocsearcher: imports solders when a Solana address is checked."""

    @staticmethod
    def from_string(value: str) -> Any:
        from solders.pubkey import Pubkey

        return Pubkey.from_string(value)


@contextlib.contextmanager
def _solders_deferred() -> Iterator[None]:
    """iocsearcher imports solders, a 36 MB Rust extension (15 MB resident once loaded), only to check Solana
    addresses, which `_targets` never asks for. While iocsearcher is imported, `solders` is a stand-in module
    whose Pubkey loads the real one on first use; the stand-in leaves sys.modules afterwards, so any other
    `import solders` gets the real thing."""
    if "solders" in sys.modules:
        yield
        return
    package, pubkey = types.ModuleType("solders"), types.ModuleType("solders.pubkey")
    package.__path__ = []
    package.pubkey = pubkey  # type: ignore[attr-defined]
    pubkey.Pubkey = _DeferredPubkey  # type: ignore[attr-defined]
    sys.modules.update({"solders": package, "solders.pubkey": pubkey})
    try:
        yield
    finally:
        for name, stand_in in (("solders", package), ("solders.pubkey", pubkey)):
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


with _solders_deferred():
    from iocsearcher.searcher import Searcher

KINDS = ("url", "domain", "email", "phone", "ipv4", "ipv6", "btc_address", "eth_address", "iban", "tx_hash")
NETWORK_KINDS = frozenset({"url", "domain", "email", "ipv4", "ipv6"})


@dataclass(frozen=True)
class Indicator:
    kind: str  # one of KINDS
    value: str  # normalised (see extract)
    valid: bool  # its checksum holds / it is reachable on the internet; False: worth a look, not proof


# iocsearcher target -> our kind
_TARGETS = {"url": "url", "fqdn": "domain", "email": "email", "ip4": "ipv4", "ip6": "ipv6",
            "bitcoin": "btc_address", "ethereum": "eth_address", "iban": "iban", "sha256": "tx_hash"}
# iocsearcher drops what fails its checks; these we check ourselves, so that an address with a typo or a
# private IP is still shown (valid=False) rather than lost.
_OWN_CHECKS = ("ip4", "ip6", "bitcoin", "ethereum", "iban")
# Real top-level domains that are also common file extensions: "README.md", "invoice.zip" in a sentence are
# files. Such a name counts as a domain only inside a URL or an e-mail address.
_FILE_EXTENSION_TLDS = frozenset({"zip", "mov", "md", "py", "sh"})
# "version 1.2.3.4", "build 10.0.1.2": a version number, not an address.
_VERSION_BEFORE = re.compile(r"\b(?:version|ver|build|firmware|release|rev|v)[.:]?\s*$", re.IGNORECASE)
# Message-ID: <123.456@host> and friends look like e-mail addresses and are not.
_ID_HEADERS = ("message-id:", "in-reply-to:", "references:", "content-id:", "resent-message-id:")
# Pasted headers name the victim as the recipient: their own address is how to reach them, never an indicator.
_RECIPIENT_HEADERS = ("to:", "cc:", "bcc:", "delivered-to:", "x-original-to:", "envelope-to:", "x-envelope-to:",
                      "x-forwarded-to:", "x-apparently-to:", "resent-to:", "resent-cc:")
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_RECEIVED_FOR = re.compile(r"\bfor\s+<?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)  # Received: … for <…>;
_AT_WORD = re.compile(r"[(\[]at[)\]]", re.IGNORECASE)  # user[at]example.com, as iocsearcher reads it
_IPV6_FULL = re.compile(r"(?:[0-9A-Fa-f]{1,4}:){7}")  # eight groups; shorter forms have "::"
_HEX_0X64 = re.compile(r"(?<![0-9A-Za-z])0x[0-9A-Fa-f]{64}(?![0-9A-Za-z])")


@cache
def _searcher() -> Searcher:
    # iocsearcher logs every match *with its value* (a victim's words) at DEBUG; logs hold ids only.
    logging.getLogger("iocsearcher").setLevel(logging.WARNING)
    searcher = Searcher()
    searcher.validate.difference_update(_OWN_CHECKS)
    return searcher


@cache
def _psl() -> PublicSuffixList:
    return PublicSuffixList(accept_unknown=False)  # the bundled list; never fetched


def extract(text: str, *, region: str | None = None) -> list[Indicator]:
    """Every indicator in `text`, each once, in order of first appearance.

    Values: URLs as written (re-fanged: hxxp -> http, [.] -> .); domains and e-mail addresses lower-case;
    phone numbers E.164 (`region`, an ISO country code, reads numbers written without their country code);
    IBANs upper-case without spaces; transaction hashes lower-case. A domain that is the host of a URL or
    e-mail address found in the text is not listed on its own.
    """
    return _finish(_find(text, region))


def extract_all(texts: Iterable[str], *, region: str | None = None) -> list[Indicator]:
    """`extract` over several texts (a case's answers and messages): each indicator once, in order."""
    found: list[Indicator] = []
    for text in texts:
        found.extend(_find(text, region))
    return _finish(found)


def recipients(text: str) -> set[str]:
    """The addresses pasted e-mail headers say the message went to (To, Cc, Delivered-To… and a Received
    header's "for <…>", folded lines included), lower case: the victim's own, to leave out of their indicators.
    `extract` lists them like any address; what to share is the caller's choice."""
    found: set[str] = set()
    header = ""
    for line in text.splitlines():
        if not line[:1].isspace():
            header = line.lower()
        if header.startswith(_RECIPIENT_HEADERS):
            found.update(address.lower() for address in _ADDRESS.findall(line))
        elif header.startswith("received:"):
            found.update(address.lower() for address in _RECEIVED_FOR.findall(line))
    return found


def defang(indicator: Indicator) -> str:
    """The value made unclickable for reports and chats: hxxps://evil[.]example, user[@]evil[.]example."""
    value, kind = indicator.value, indicator.kind
    if kind == "url":
        scheme, sep, rest = value.partition("://")
        if not sep:
            scheme, rest = "", value
        cut = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
        host = rest[:cut].replace(".", "[.]")
        scheme = re.sub(r"^http", "hxxp", scheme, flags=re.IGNORECASE)
        return f"{scheme}{sep}{host}{rest[cut:]}"
    if kind == "domain":
        return value.replace(".", "[.]")
    if kind == "email":
        local, _, host = value.rpartition("@")
        return f"{local}[@]{host.replace('.', '[.]')}"
    if kind == "ipv4":
        head, _, last = value.rpartition(".")
        return f"{head}[.]{last}"
    if kind == "ipv6":
        return value.replace(":", "[:]")
    return value  # phone numbers, wallets, IBANs and hashes are not links


# --- validation -----------------------------------------------------------------------------------------

def valid_iban(value: str) -> bool:
    """ISO 13616: the country's length and format, the mod-97 check digits (and national ones stdnum knows)."""
    try:
        stdnum_iban.validate(value)
    except ValidationError:
        return False
    return True


def valid_btc_address(value: str) -> bool:
    """Base58Check (P2PKH 1…, P2SH 3…) or bech32 / bech32m (bc1…, BIP 173 / 350) with its checksum."""
    if value[:3].lower() == "bc1":
        try:
            bech32m.decode("bc", value)
        except bech32m.DecodeError:
            return False
        return True
    try:
        payload = base58.b58decode_check(value)
    except ValueError:
        return False
    return len(payload) == 21 and payload[0] in (0x00, 0x05)


def valid_eth_address(value: str) -> bool:
    """EIP-55: a mixed-case address carries a checksum that must hold; all lower or all upper case has none."""
    digits = value[2:] if value[:2].lower() == "0x" else value
    if not re.fullmatch(r"[0-9a-fA-F]{40}", digits):
        return False
    if digits == digits.lower() or digits == digits.upper():
        return True
    digest = keccak(digits.lower().encode("ascii")).hex()
    return all(c.isdigit() or c.isupper() == (int(h, 16) >= 8) for c, h in zip(digits, digest[:40], strict=True))


def _global_ip(value: str) -> bool:
    return ipaddress.ip_address(value).is_global


# --- finding --------------------------------------------------------------------------------------------

def _find(text: str, region: str | None) -> list[Indicator]:
    if not text:
        return []
    # iocsearcher reads [.] (dot) [at] hxxp; not a defanged colon: hxxps[:]//…, 2a01[:]4f8[:][:]1
    text = text.replace("[://]", "://").replace("[:]", ":")
    spans: list[tuple[int, int, Indicator]] = []
    taken: list[tuple[int, int]] = []  # every match, kept or not, hidden from the phone number search
    searcher = _searcher()
    matches = searcher.search_matches(text, targets=_targets(text))
    network = searcher.remove_overlaps([m for m in matches if _TARGETS[m.name] in NETWORK_KINDS])
    others = [m for m in matches if _TARGETS[m.name] not in NETWORK_KINDS]
    for match in network + others:
        start, end = match.start_offset, match.start_offset + len(match.raw_value)
        taken.append((start, end))
        indicator = _indicator(_TARGETS[match.name], match, text, start, end)
        if indicator is not None:
            spans.append((start, end, indicator))
    for hit in _HEX_0X64.finditer(text):
        taken.append(hit.span())
        spans.append((hit.start(), hit.end(), Indicator("tx_hash", hit.group().lower(), True)))
    spans.extend(_phones(text, taken, region))
    spans.sort(key=lambda s: (s[0], -s[1]))
    return [indicator for _, _, indicator in spans]


def _targets(text: str) -> list[str]:
    """Skip the costlier patterns where they cannot match: a chat message rarely has an IPv6 address."""
    targets = ["url", "fqdn", "ip4", "bitcoin", "ethereum", "iban", "sha256"]
    if "@" in text or _AT_WORD.search(text):
        targets.append("email")
    if "::" in text or _IPV6_FULL.search(text):
        targets.append("ip6")
    return targets


def _indicator(kind: str, match, text: str, start: int, end: int) -> Indicator | None:
    if kind in ("btc_address", "eth_address", "iban", "tx_hash") and not _standalone(text, start, end):
        return None  # a piece of a longer word: a token, a path, a bigger number
    value = match.rearmed_value
    if kind in ("url", "domain", "email") and "://" not in value[:16] and _cut_word(text, start):
        # the end of a word with letters iocsearcher does not read: "bücher-shop.de" gives "cher-shop.de",
        # "jürgen@evil.example" gives "rgen@evil.example". Never a wrong value; an address's domain stays.
        host = value.rpartition("@")[2].lower() if kind == "email" else ""
        return Indicator("domain", host, True) if host and _registrable(host) else None
    if kind == "url":
        return Indicator("url", value, _url_host_ok(value))
    if kind == "domain":
        domain = value.lower().rstrip(".")
        if not _registrable(domain) or domain.rsplit(".", 1)[-1] in _FILE_EXTENSION_TLDS:
            return None
        return Indicator("domain", domain, True)
    if kind == "email":
        if _in_id_header(text, start):
            return None
        email = value.lower()
        return Indicator("email", email, _registrable(email.rpartition("@")[2]))
    if kind == "ipv4":
        if _VERSION_BEFORE.search(text, max(0, start - 12), start):
            return None
        return Indicator("ipv4", value, _global_ip(value))
    if kind == "ipv6":
        try:
            address = ipaddress.IPv6Address(value)
        except ValueError:
            return None  # a time like 09:14:02
        return Indicator("ipv6", value.lower(), address.is_global)
    if kind == "btc_address":
        if value[:3].lower() == "bc1":
            value = value.lower()  # bech32 is written in one case; lower is its canonical form
        return Indicator("btc_address", value, valid_btc_address(value))
    if kind == "eth_address":
        return Indicator("eth_address", value, valid_eth_address(value))
    if kind == "iban":
        return _iban(value)
    return Indicator("tx_hash", value.lower(), True)


def _cut_word(text: str, start: int) -> bool:
    """Is the character before `start` a letter of the same word? (In alphabetic scripts; Chinese or
    Japanese text runs straight on into a link without a space.)"""
    if start == 0:
        return False
    before = text[start - 1]
    if before.isascii():
        return before.isalnum() or before in "-_"
    return before.isalnum() and unicodedata.name(before, "").split(" ")[0] in ("LATIN", "CYRILLIC", "GREEK")


def _standalone(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def _iban(value: str) -> Indicator | None:
    """An IBAN if its country's format fits (the text may run on into the next words); valid if its
    check digits hold. A shape no country uses is not an IBAN."""
    groups = value.split()
    while groups:
        compact = "".join(groups).upper()
        if valid_iban(compact):
            return Indicator("iban", compact, True)
        try:  # right format, wrong check digits: a typo or a forgery, still worth showing
            fixed = compact[:2] + stdnum_iban.calc_check_digits(compact) + compact[4:]
        except (ValidationError, ValueError, KeyError):
            fixed = None
        if fixed and valid_iban(fixed):
            return Indicator("iban", compact, False)
        groups.pop()
    return None


def _registrable(domain: str) -> bool:
    """A name under a public suffix (the list bundled with publicsuffixlist): not "file.txt", not "co.uk"."""
    return _psl().privatesuffix(domain) is not None


def _url_host_ok(url: str) -> bool:
    host = _host(url)
    try:
        return _global_ip(host)
    except ValueError:
        return _registrable(host)


def _in_id_header(text: str, position: int) -> bool:
    """Inside a Message-ID (or In-Reply-To, References) header of a pasted e-mail, folded lines included."""
    line_start = text.rfind("\n", 0, position) + 1
    while True:
        line = text[line_start:position]
        if not line[:1].isspace():
            return line.lower().startswith(_ID_HEADERS)
        if line_start == 0:
            return False
        line_start = text.rfind("\n", 0, line_start - 1) + 1


def _phones(text: str, taken: list[tuple[int, int]], region: str | None) -> list[tuple[int, int, Indicator]]:
    """Phone numbers by libphonenumber, with everything else found blanked out so that the digits of an
    IBAN, an address or a hash are never read as a number.

    Written with its country code (+44…, 0044…): kept, valid if its country assigns that range (a number
    of the right length in an unassigned range is shown as not valid). Written without (read with
    `region`): kept only if valid and, where the country dials a trunk prefix (0 in most of Europe),
    written with it: "2024-03-12" or "order 4471-2209" are valid German numbers to libphonenumber, and
    nobody writes them as phone numbers."""
    region = region.upper() if region else None
    masked = list(text)
    for start, end in taken:
        masked[start:end] = " " * (end - start)
    home = phonenumbers.country_code_for_region(region) if region else 0
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region) if region else None
    trunk = (metadata.national_prefix or "") if metadata else ""
    found = []
    matcher = phonenumbers.PhoneNumberMatcher("".join(masked), region, leniency=phonenumbers.Leniency.POSSIBLE)
    for match in matcher:
        number, raw = match.number, match.raw_string.lstrip("([ ")
        digits = re.sub(r"\D", "", raw)
        valid = phonenumbers.is_valid_number(number)
        international = raw.startswith("+") or (digits.startswith("00") and number.country_code != home)
        if not international and not (valid and (number.country_code == 1 or digits.startswith(trunk))):
            continue
        value = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        found.append((match.start, match.end, Indicator("phone", value, valid)))
    return found


def _finish(found: Iterable[Indicator]) -> list[Indicator]:
    indicators = list(dict.fromkeys(found))  # each once, where it first appears
    hosts = {_host(i.value) for i in indicators if i.kind == "url"}
    hosts |= {i.value.rpartition("@")[2] for i in indicators if i.kind == "email"}
    return [i for i in indicators if not (i.kind == "domain" and i.value in hosts)]


def _host(url: str) -> str:
    try:
        host = urlsplit(url if "://" in url[:16] else f"//{url}").hostname or ""
    except ValueError:
        return ""
    return host.lower().rstrip(".")
