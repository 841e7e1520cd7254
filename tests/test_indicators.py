"""Indicators of compromise found in what victims write: realistic samples, look-alikes, checksums, defanging."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.indicators import (
    KINDS,
    Indicator,
    defang,
    extract,
    extract_all,
    recipients,
    valid_btc_address,
    valid_eth_address,
    valid_iban,
)
from tests.fresh_process import printed_lines

DATA = Path(__file__).parent / "data" / "indicators"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


def _found(name: str) -> list[tuple[str, str, bool]]:
    spec = EXPECTED[name]
    return [(i.kind, i.value, i.valid) for i in extract((DATA / name).read_text(encoding="utf-8"),
                                                          region=spec["region"])]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_samples_give_exactly_the_expected_indicators_in_order(name):
    assert _found(name) == [tuple(row) for row in EXPECTED[name]["expect"]]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_look_alikes_in_the_samples_are_not_indicators(name):
    values = {value.lower() for _, value, _ in _found(name)}
    for absent in EXPECTED[name]["absent"]:
        assert absent.lower() not in values, absent


def test_every_kind_is_covered_by_the_samples():
    kinds = {row[0] for spec in EXPECTED.values() for row in spec["expect"]}
    assert kinds == set(KINDS)


@pytest.mark.parametrize("text", [
    "version 1.2.3.4", "Version: 1.2.3.4", "firmware v1.2.3.4", "v2.10.3", "Python 3.14", "12.03.2024",
    "2024-03-12", "03/12/2024",
    "1.299,00 €", "€1,299.00", "14.30", "3.30 a.m.", "file.txt", "invoice.pdf", "setup.exe", "README.md",
    "invoice.zip", "e.g.", "i.e.", "z.B.", "etc.", "U.S.", "Mr.Smith", "No.5", "version.2", "co.uk",
    "error 0x80070057", "order 4471-2209", "code 123456", "10.0.19045.3803", "09:14:02", "1.5:1",
    "Message-ID: <20240312081358.5512@invoice-portal.top>",
])
def test_look_alikes_alone(text):
    assert extract(text, region="DE") == []


def test_the_recipients_of_pasted_headers_are_the_victims_own_addresses():
    headers = (DATA / "fake_invoice.eml").read_text(encoding="utf-8")
    assert recipients(headers) == {"anna.keller@example.net"}  # To:, and the Received header's "for <…>"
    folded = "To: Jane <jane@mail.example.com>,\n\tBob <BOB@mail.example.com>\nFrom: x@evil.example.com\nCc: c@a.com"
    assert recipients(folded) == {"jane@mail.example.com", "bob@mail.example.com", "c@a.com"}
    assert recipients("Write to: jane@mail.example.com please") == set()  # a header starts its line


def test_defanged_writing_is_read_back():
    found = extract("go to hxxps://evil[.]example.com/login?x=1, mail boss[@]evil[.]com, server 1.2.3[.]4")
    assert found == [Indicator("url", "https://evil.example.com/login?x=1", True),
                     Indicator("email", "boss@evil.com", True),
                     Indicator("ipv4", "1.2.3.4", True)]


def test_a_domain_that_hosts_a_url_or_an_address_is_listed_once():
    found = extract("open evil-shop.com, then https://evil-shop.com/pay, write to help@other-shop.net or "
                    "other-shop.net, and see www.evil-shop.com")
    assert [(i.kind, i.value) for i in found] == [("url", "https://evil-shop.com/pay"),
                                                  ("email", "help@other-shop.net"),
                                                  ("domain", "www.evil-shop.com")]


def test_normalisation():
    found = extract("Mail From: Boss@Evil-Corp.COM at EVIL-CORP.COM; IBAN de89 … no, DE89 3704 0044 0532 0130 00; "
                    "wallet BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4; call +44 20 7946 0958; "
                    "tx 0x88DF016429689C079F3B2F6AD39FA052532C56795B733DA78A91EBE6A713944B")
    assert [(i.kind, i.value) for i in found] == [
        ("email", "boss@evil-corp.com"),
        ("iban", "DE89370400440532013000"),
        ("btc_address", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),
        ("phone", "+442079460958"),
        ("tx_hash", "0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b"),
    ]


def test_private_and_reserved_addresses_are_kept_but_not_valid():
    found = {i.value: i.valid for i in extract("from 192.168.1.10, 127.0.0.1, 10.0.0.1, 8.8.8.8, fe80::1, "
                                               "2001:db8::1 and 2a00:1450:4001:82b::200e")}
    assert found == {"192.168.1.10": False, "127.0.0.1": False, "10.0.0.1": False, "8.8.8.8": True,
                     "fe80::1": False, "2001:db8::1": False, "2a00:1450:4001:82b::200e": True}


def test_phone_numbers_need_their_country_code_or_a_region():
    text = "call 030 1234567 or +44 20 7946 0958"
    assert [i.value for i in extract(text)] == ["+442079460958"]
    assert [i.value for i in extract(text, region="DE")] == ["+49301234567", "+442079460958"]
    assert [i.value for i in extract("call 1-888-555-0199 or (844) 555-0123", region="US")] == [
        "+18885550199", "+18445550123"]


def test_a_number_with_its_country_code_in_no_assigned_range_is_shown_not_valid():
    assert extract("call +44 7700 900123") == [Indicator("phone", "+447700900123", False)]


def test_digits_of_other_indicators_are_not_phone_numbers():
    text = "IBAN DE89 3704 0044 0532 0130 00, hash e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert [i.kind for i in extract(text, region="DE")] == ["iban", "tx_hash"]


def test_wallets_and_hashes_inside_explorer_links_are_found_too():
    found = extract("see https://blockchair.com/bitcoin/address/bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert [i.kind for i in found] == ["url", "btc_address"]


# --- checksums ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "valid"), [
    ("DE89370400440532013000", True),
    ("GB82WEST12345698765432", True),
    ("FR1420041010050500013M02606", True),
    ("DE89370400440532013001", False),  # one digit off
    ("GB82WEST12345698765433", False),
    ("DE8937040044053201300", False),  # too short for Germany
    ("XX89370400440532013000", False),  # no such country
])
def test_iban_checksum(value, valid):
    assert valid_iban(value) is valid


@pytest.mark.parametrize(("value", "valid"), [
    ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", True),  # P2PKH, base58check
    ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", True),  # P2SH
    ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", False),  # last character changed
    ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz", False),
    ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", True),  # BIP 173 segwit v0, bech32
    ("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", True),
    ("bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297", True),  # BIP 350 taproot, bech32m
    ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", False),  # checksum
    ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", False),  # v0 with a bech32m checksum (BIP 350)
    ("bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3298", False),
])
def test_bitcoin_checksum(value, valid):
    assert valid_btc_address(value) is valid


@pytest.mark.parametrize(("value", "valid"), [
    ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", True),  # EIP-55 test vectors
    ("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", True),
    ("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", True),
    ("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", True),
    ("0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359", True),  # one case: no checksum to check
    ("0xFB6916095CA1DF60BB79CE92CE3EA74C37C5D359", True),
    ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", False),  # one letter's case changed
    ("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5D359", False),
    ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA", False),  # too short
])
def test_ethereum_checksum(value, valid):
    assert valid_eth_address(value) is valid


def test_bad_checksums_are_found_and_marked_not_valid():
    found = extract("send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3 or 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD, "
                    "IBAN DE89 3704 0044 0532 0130 01")
    assert [(i.kind, i.valid) for i in found] == [("btc_address", False), ("eth_address", False), ("iban", False)]


def test_shapes_no_country_uses_are_not_ibans():
    assert extract("ticket AB12 CDEF GHIJ KLMN and XX89 3704 0044 0532 0130 00") == []


# --- defanging, several texts, speed --------------------------------------------------------------------

@pytest.mark.parametrize(("indicator", "defanged"), [
    (Indicator("url", "https://evil.example/a.b/c?d=e.f", True), "hxxps://evil[.]example/a.b/c?d=e.f"),
    (Indicator("url", "http://185.220.101.34:8080/panel", True), "hxxp://185[.]220[.]101[.]34:8080/panel"),
    (Indicator("url", "ftp://files.evil.example/x.exe", True), "ftp://files[.]evil[.]example/x.exe"),
    (Indicator("url", "t.me/scammer123", True), "t[.]me/scammer123"),
    (Indicator("domain", "evil.example", True), "evil[.]example"),
    (Indicator("email", "user@evil.example", True), "user[@]evil[.]example"),
    (Indicator("ipv4", "1.2.3.4", True), "1.2.3[.]4"),
    (Indicator("ipv6", "2a01:4f8::1", True), "2a01[:]4f8[:][:]1"),
    (Indicator("phone", "+442079460958", True), "+442079460958"),
    (Indicator("iban", "DE89370400440532013000", True), "DE89370400440532013000"),
])
def test_defang(indicator, defanged):
    assert defang(indicator) == defanged


def test_defanged_values_are_found_again_as_the_same_indicators():
    text = (DATA / "fake_invoice.eml").read_text(encoding="utf-8")
    found = extract(text, region="DE")
    again = extract(" \n".join(defang(i) for i in found), region="DE")
    assert again == found


def test_extract_all_keeps_the_first_appearance_across_texts():
    found = extract_all(["visit evil-shop.com now", "I paid on https://evil-shop.com/pay",
                         "call +44 20 7946 0958", "again +44 20 7946 0958 and evil-shop.com"])
    assert [(i.kind, i.value) for i in found] == [("url", "https://evil-shop.com/pay"),
                                                  ("phone", "+442079460958")]


def test_empty_and_plain_texts():
    assert extract("") == []
    assert extract_all([]) == []
    assert extract("He said he loves me and I sent him money. Now he does not answer.") == []


def test_a_word_with_letters_outside_ascii_is_never_cut_into_a_wrong_value():
    found = extract("visit https://bücher-shop.de/x or bücher-shop.de, mail jürgen@evil-shop.com")
    assert found == [Indicator("domain", "evil-shop.com", True)]


def test_a_link_right_after_chinese_text_is_found():
    found = extract("请访问evil-shop.com/login 或 https://evil.com")
    assert [i.value for i in found] == ["evil-shop.com/login", "https://evil.com"]


def test_no_victim_words_in_the_logs(caplog):
    with caplog.at_level("DEBUG"):
        extract("send to bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 or https://evil-shop.com/pay")
    assert "evil-shop" not in caplog.text and "bc1q" not in caplog.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdefxyz0123456789 .:@/[]()-+_#&?=\nüé€0xbc1qDE")), max_size=300))
def test_any_text_gives_well_formed_indicators(text):
    found = extract(text, region="DE")
    assert len(found) == len(set(found))
    for indicator in found:
        assert indicator.kind in KINDS and indicator.value and isinstance(indicator.valid, bool)
        assert defang(indicator)


def test_finding_indicators_leaves_the_solana_library_unloaded() -> None:
    """iocsearcher imports solders (15 MB of a worker's memory) for Solana addresses, which are never searched for;
    it is loaded only if one is checked, and then checks as the library itself does."""

    script = (
        "import sys\n"
        "from bot.indicators import extract\n"
        "found = extract('pay 1BoatSLRHtKNngkdXEeobR76b53LETtpyT, see hxxps://evil-bank[.]com/login')\n"
        "assert [i.kind for i in found] == ['btc_address', 'url'], found\n"
        "print('solders' in sys.modules)\n"
        "from iocsearcher.searcher import Searcher\n"
        "addresses = ['11111111111111111111111111111111', 'So11111111111111111111111111111111111111112', 'abc']\n"
        "print([Searcher.is_valid_solana(a) for a in addresses])\n"
    )
    assert printed_lines(script)[:2] == ["False", "[True, True, False]"]
